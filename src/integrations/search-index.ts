/**
 * The Pagefind search index, built in bundles of at most {@link SOURCES_PER_BUNDLE} source pages.
 *
 * Pagefind holds every page it indexes until it has written the index (≈ 300 KB per source page,
 * doubled while writing): one index over 10,000 articles peaked at 3 GB. So the site's pages go into
 * several bundles, each built by a Pagefind process of its own (two at a time, one per core): the main
 * bundle (/pagefind/) holds every
 * page that is not a source page plus the first share of the source pages, and each further bundle
 * (/pagefind/sources-<n>/) another share. Starlight's search merges them at query time
 * (`pagefind.mergeIndex`, from {@link searchSettings}); its UI is unchanged. A site of up to
 * {@link SOURCES_PER_BUNDLE} articles has one bundle, like Starlight's own run (the same pages and fragments).
 *
 * The number of bundles is fixed when the config is read (the client's search settings are bundled
 * before any page exists), from the number of article files; the source pages are split evenly
 * between the bundles when the build is done. This integration replaces Starlight's Pagefind run.
 */
import { availableParallelism } from 'node:os';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { pageKind } from '../lib/search-ranking.ts';
import { searchCopy } from './search-anchors.ts';

/**
 * Source pages per bundle, at most. Pagefind's peak grows with the pages of its bundle (10,000 articles
 * in 3 bundles: 1.05 GB each; in 4: 0.79–0.86 GB), and each further bundle adds its metadata and a chunk
 * of its word index to a first search (≈ 20 + 37 KB for "DeepSeek" at 10,000 articles).
 */
export const SOURCES_PER_BUNDLE = 3500;

/**
 * Bundles built at once, each by its own Pagefind process: Pagefind parses pages
 * on one thread, so on two cores two bundles take the time of one. A constant, not the machine's core
 * count: the number of bundles (below) is rounded to a multiple of it, and the site must not depend on
 * the machine that built it. On one core the bundles are built one after another (the same files).
 */
export const BUNDLES_AT_ONCE = 2;

/**
 * Bundles for a site of `articles` article files: one up to `perBundle` articles; above, enough for at
 * most `perBundle` source pages each, rounded up to a multiple of {@link BUNDLES_AT_ONCE} so that the
 * last round of bundles built at once is full (10,005 articles: 4 bundles of ≈ 2,500, in two rounds of
 * two, rather than 3 of ≈ 3,335 in a round of two and a round of one).
 */
export function bundleCount(articles: number, perBundle = SOURCES_PER_BUNDLE): number {
  const needed = Math.max(1, Math.ceil(articles / perBundle));
  return needed === 1 ? 1 : Math.ceil(needed / BUNDLES_AT_ONCE) * BUNDLES_AT_ONCE;
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

type Pagefind = typeof import('pagefind');

/**
 * A Pagefind module instance of its own for each of the {@link BUNDLES_AT_ONCE} lanes. Pagefind's Node
 * API keeps one Pagefind process per module instance, and Node loads a module again for another URL
 * (a query string), so each lane drives its own process. The processes stay children of this thread,
 * which waits for each when it ends (a worker thread that ended first would leave it unwaited, and its
 * CPU time out of the build's).
 */
async function pagefindLane(lane: number): Promise<Pagefind> {
  return lane === 0 ? import('pagefind') : (import(`${import.meta.resolve('pagefind')}?lane=${lane}`) as Promise<Pagefind>);
}

/** Pages sent to Pagefind before waiting for its answer to the first of them. */
const IN_FLIGHT = 8;

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

/**
 * One bundle, by a Pagefind process of its own (closed after, so its memory is returned before the
 * lane's next bundle). Pages are sent several at a time: awaiting each before reading the next left
 * Pagefind idle while Node read a file, and Node idle while Pagefind parsed one. Pagefind takes the
 * pages in the order they are sent, so the bundle is the same byte for byte either way.
 */
async function writeBundle(pagefind: Pagefind, out: string, files: readonly string[], outputPath: string): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex(), 'create index');
    const pending = new Set<Promise<void>>();
    let pages = 0;
    for (const file of files) {
      const content = await readFile(join(out, file), 'utf8');
      // Starlight marks each searchable page's text with data-pagefind-body, and Pagefind then leaves
      // out every page without it; such pages (not indexed, e.g. later entity pages) are not sent at all.
      if (!content.includes('data-pagefind-body')) continue;
      const added: Promise<void> = index!.addHTMLFile({ sourcePath: file, content: searchCopy(content) }).then((r) => {
        check(r, file);
        pending.delete(added);
      });
      // Awaited below (race, all); this handler only keeps a later failure, after the first one
      // stopped the bundle, from being reported as unhandled.
      added.catch(() => undefined);
      pending.add(added);
      pages++;
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
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
  // The further bundles live inside the main one's directory, so it is emptied once, before any is written.
  await rm(join(out, bundleDir(0)), { recursive: true, force: true });
  // BUNDLES_AT_ONCE lanes take the bundles in turn; each bundle's files are its own whatever the order.
  const queue = [...bundles.entries()];
  const lane = async (n: number) => {
    const pagefind = await pagefindLane(n);
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [i, list] = next;
      const pages = await writeBundle(pagefind, out, list, join(out, bundleDir(i)));
      logger.info(`/${bundleDir(i)}: ${pages} pages indexed.`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BUNDLES_AT_ONCE, availableParallelism(), bundles.length) }, (_, n) => lane(n)));
  const ms = performance.now() - start;
  // The benchmark reads this line (scripts/bench/run.ts); it is Starlight's.
  logger.info(`Finished building search index in ${ms < 750 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`}.`);
}
