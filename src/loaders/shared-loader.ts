/**
 * The articles loader's module, handed from the config to the content config in `astro build`.
 *
 * Astro imports astro.config.mjs with Node and src/content.config.ts through Vite's module runner,
 * which evaluates every project file it imports again, as modules of its own. The config's remark
 * plugins already load the ingest (scripts/citations/corpus.ts reads cited articles through it), so
 * the loader's own import of it was a second copy: ≈ 1 s of CPU to load and compile, and its code
 * and patterns compiled and warmed up a second time, in every build, whatever the site's size. In a
 * build the config's copy is put here ({@link shareLoaderModule}, src/integrations/loader-once.ts) and
 * the content config takes it. `astro dev` and `astro sync` do not share it: there the runner's copy
 * is the one that follows edits to the ingest's code.
 */
export type ArticlesLoaderModule = typeof import('./articles-loader.ts');

const KEY = Symbol.for('articles-loader:module');
const store = globalThis as { [KEY]?: ArticlesLoaderModule };

export function shareLoaderModule(module: ArticlesLoaderModule): void {
  store[KEY] = module;
}

/** The module the config shared, if any (only in `astro build`). */
export const sharedLoaderModule = (): ArticlesLoaderModule | undefined => store[KEY];
