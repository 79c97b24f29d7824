/**
 * The Pagefind search index, built in bundles of at most {@link SOURCES_PER_BUNDLE} source pages.
 *
 * Pagefind holds every page it indexes until it has written the index (≈ 300 KB per source page,
 * doubled while writing): one index over 10,000 articles peaked at 3 GB. So the site's pages go into
 * several bundles, each built by a Pagefind process of its own: the main bundle (/pagefind/) holds every
 * page that is not a source page plus the first share of the source pages, and each further bundle
 * (/pagefind/sources-<n>/) another share. Starlight's search merges them at query time
 * (`pagefind.mergeIndex`, from {@link searchSettings}); its UI is unchanged. A site of up to
 * {@link SOURCES_PER_BUNDLE} articles has one bundle, like Starlight's own run (the same pages and fragments).
 *
 * The number of bundles is fixed when the config is read (the client's search settings are bundled
 * before any page exists), from the number of article files; the source pages are split evenly
 * between the bundles when the build is done. This integration replaces Starlight's Pagefind run.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { pageKind } from '../lib/search-ranking.ts';

/**
 * Source pages per bundle. Pagefind's peak grows with the pages of its bundle (10,000 articles in 3
 * bundles: 1.05 GB each; in 5: 0.66 GB), and each further bundle adds ≈ 80 KB to a first search (its
 * metadata, word index chunk and filter chunks): 3,500 keeps Pagefind well under the build's 2 GB.
 */
export const SOURCES_PER_BUNDLE = 3500;

/** Bundles for a site of `articles` article files (at least one), at most `perBundle` source pages each. */
export function bundleCount(articles: number, perBundle = SOURCES_PER_BUNDLE): number {
  return Math.max(1, Math.ceil(articles / perBundle));
}

/** Directory of bundle `i` under the output directory; 0 is Pagefind's default, the main bundle. */
function bundleDir(i: number): string {
  return i === 0 ? 'pagefind/' : `pagefind/sources-${i}/`;
}

/**
 * Starlight's `pagefind` settings: `ranking`, and `mergeIndex` with the bundles after the main one,
 * each ranked alike (a site with one bundle has no `mergeIndex`, so its client is Starlight's as is).
 */
export function searchSettings<R>(bundles: number, base: string, ranking: R): { ranking: R; mergeIndex?: { bundlePath: string; baseUrl: string; ranking: R }[] } {
  const root = base.replace(/\/?$/, '/');
  const merged = Array.from({ length: bundles - 1 }, (_, i) => ({ bundlePath: `${root}${bundleDir(i + 1)}`, baseUrl: root, ranking }));
  return merged.length > 0 ? { ranking, mergeIndex: merged } : { ranking };
}

/** URL path (without base) of an HTML file of the output, from its path relative to it: `sources/a/index.html` → `/sources/a/`. */
function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Which bundle each HTML file goes to: pages that are not source pages to the main one; source pages,
 * in path order, in `count` shares of equal size (±1), the first share to the main bundle.
 */
export function assignBundles(files: readonly string[], count: number): string[][] {
  const sorted = files.toSorted();
  const sources = sorted.filter((f) => pageKind(pagePath(f)) === 'source');
  if (count > 1 && sources.length < count) {
    throw new Error(`search index: ${sources.length} source pages for ${count} search bundles (counted from the article files): most article files under content/articles gave no page; fix the errors the ingest reported above, or remove files that are not articles.`);
  }
  const bundles: string[][] = Array.from({ length: count }, (_, i) => sources.slice(Math.floor((i * sources.length) / count), Math.floor(((i + 1) * sources.length) / count)));
  const sourceSet = new Set(sources);
  bundles[0] = [...sorted.filter((f) => !sourceSet.has(f)), ...bundles[0]!].toSorted();
  return bundles;
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

/** One bundle, by a Pagefind process of its own (closed after, so its memory is returned before the next). */
async function writeBundle(out: string, files: readonly string[], outputPath: string): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex(), 'create index');
    let pages = 0;
    for (const file of files) {
      const content = await readFile(join(out, file), 'utf8');
      // Starlight marks each searchable page's text with data-pagefind-body, and Pagefind then leaves
      // out every page without it; such pages (not indexed, e.g. later entity pages) are not sent at all.
      if (!content.includes('data-pagefind-body')) continue;
      check(await index!.addHTMLFile({ sourcePath: file, content }), file);
      pages++;
    }
    await rm(outputPath, { recursive: true, force: true });
    check(await index!.writeFiles({ outputPath }), 'write files');
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * The integration, for `bundles` bundles (as given to {@link searchSettings}); list it after Starlight,
 * whose `pagefind` option keeps the search UI and its settings.
 */
export function searchIndex(bundles: number): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const starlight = config.integrations.find((i) => i.name === '@astrojs/starlight');
        if (!starlight?.hooks['astro:build:done']) throw new Error('search index: Starlight’s integration (and its Pagefind run) was not found; list starlight() before searchIndex()');
        // Starlight's run indexes the whole output in one Pagefind process; this integration's replaces it.
        delete starlight.hooks['astro:build:done'];
      },
      'astro:build:done': async ({ dir, logger }) => buildIndex(fileURLToPath(dir), bundles, logger),
    },
  };
}

async function buildIndex(out: string, count: number, logger: AstroIntegrationLogger): Promise<void> {
  const start = performance.now();
  logger.info(`Building search index with Pagefind in ${count} bundle${count === 1 ? '' : 's'}...`);
  const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(sep).join('/'));
  const bundles = assignBundles(files, count);
  // The further bundles live inside the main one's directory: write the main one first.
  for (const [i, list] of bundles.entries()) {
    const pages = await writeBundle(out, list, join(out, bundleDir(i)));
    logger.info(`/${bundleDir(i)}: ${pages} pages indexed.`);
  }
  const ms = performance.now() - start;
  // The benchmark reads this line (scripts/bench/run.ts); it is Starlight's.
  logger.info(`Finished building search index in ${ms < 750 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`}.`);
}
