/**
 * One search bundle, written by a Pagefind process of its own, in a worker thread
 * (src/integrations/search-index.ts starts it). Pagefind's Node API keeps one Pagefind process per
 * module instance, so each worker thread, which loads the module afresh, drives its own: two bundles
 * can then be built at once, one on each core.
 *
 * Pages are sent to Pagefind several at a time: awaiting each page before reading the next left
 * Pagefind idle while this thread read a file, and this thread idle while Pagefind parsed one. Pagefind
 * takes the pages in the order they are sent, so the bundle is the same byte for byte either way.
 *
 * Plain TypeScript (types only are stripped) with no imports from the project: Node runs this file
 * as it is, inside or outside Vite.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** What the integration gives the worker. */
export interface BundleJob {
  /** The build's output directory. */
  out: string;
  /** HTML files of this bundle, relative to `out`, in the order Pagefind gets them. */
  files: readonly string[];
  /** Where the bundle is written (the integration empties the search directory before any bundle). */
  outputPath: string;
}

/** What the worker answers: the number of pages indexed, or the error that stopped it. */
export type BundleResult = { pages: number } | { error: string };

/** Pages sent to Pagefind before waiting for its answer to the first of them. */
const IN_FLIGHT = 8;

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

async function writeBundle({ out, files, outputPath }: BundleJob): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex(), 'create index');
    const pending = new Set<Promise<void>>();
    let pages = 0;
    for (const file of files) {
      const content = await readFile(join(out, file), 'utf8');
      // Starlight marks each searchable page's text with data-pagefind-body, and Pagefind then leaves
      // out every page without it; such pages (not indexed, e.g. later entity pages) are not sent at all.
      if (!content.includes('data-pagefind-body')) continue;
      const added: Promise<void> = index!.addHTMLFile({ sourcePath: file, content }).then((r) => {
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

if (parentPort) {
  const port = parentPort;
  writeBundle(workerData as BundleJob).then(
    (pages) => port.postMessage({ pages } satisfies BundleResult),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies BundleResult),
  );
}
