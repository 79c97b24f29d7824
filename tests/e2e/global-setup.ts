import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../helpers/preview.ts';
import { buildSite, ROOT } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site, built once for the browser tests and served by `astro preview`. */
    previewSite: { dir: string; dist: string; origin: string };
  }
}

/**
 * Builds the seed site into a temporary copy and serves it on 127.0.0.1 until the run ends.
 * The copy is moved out of `.cache/sites/` (which other runs may clear) into `.cache/e2e/`; it
 * stays inside the project so that `astro preview` resolves packages from its node_modules.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, and buildSite() passes the environment on: Astro then builds with
  // import.meta.env.DEV true, and Starlight replaces search with "only available in production
  // builds". Build as `npm run build` does on a clean shell.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const site = await buildSite().finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  if (site.code !== 0) throw new Error(`The site did not build:\n${site.output}`);
  await mkdir(join(ROOT, '.cache/e2e'), { recursive: true });
  const dir = join(ROOT, '.cache/e2e', basename(site.dir));
  await rename(site.dir, dir);
  const server = await startPreview(dir);
  project.provide('previewSite', { dir, dist: join(dir, 'dist'), origin: server.origin });
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
