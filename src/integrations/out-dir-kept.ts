/**
 * A rebuild keeps dist/ instead of emptying it first, and removes afterwards only what this build did
 * not make.
 *
 * Astro empties the output directory before every build; with incremental builds it then copies each
 * unchanged page back from its cache (node_modules/.astro/dist/). At 1,000 articles that is 2,700
 * files and 1,470 folders removed and 1,430 copied again: 4–6 s of a rebuild's wall time spent
 * waiting on the disk (bench/RESULTS.md). With `emptyOutDir: false` Astro leaves a page that is
 * still in dist/ where it is (logged `(cached)`), and this integration then deletes every file the
 * build neither wrote nor kept as a page: pages of removed articles, bundles of an older build,
 * the last search index. So dist/ holds the same files as after a clean build.
 *
 * A file counts as this build's when it is one of the routes' output files (which include the pages
 * kept from the last build), or when it was written after the build started (bundles, copies of
 * public/, the data files the endpoints stream to disk): its modification time is at least that of
 * a marker file written when the build starts, on the same file system clock.
 */
import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Deletes the files under `out` that are neither in `made` (absolute paths) nor modified at or after
 * `since` (ms, as `stat`'s mtimeMs), then the folders left empty. Returns how many files went.
 */
export function pruneStale(out: string, made: ReadonlySet<string>, since: number): number {
  let removed = 0;
  const walk = (dir: string): boolean => {
    let empty = true;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!made.has(path) && statSync(path).mtimeMs < since) {
        unlinkSync(path);
        removed++;
      } else {
        empty = false;
      }
    }
    return empty;
  };
  walk(out);
  return removed;
}

export function outDirKept(): AstroIntegration {
  let marker = '';
  let since = 0;
  return {
    name: 'out-dir-kept',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        marker = join(fileURLToPath(config.cacheDir), 'build-started');
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        mkdirSync(join(marker, '..'), { recursive: true });
        writeFileSync(marker, '');
        since = statSync(marker).mtimeMs;
      },
      // Listed before the search index, which must see only this build's pages.
      'astro:build:done': ({ dir, assets, logger }) => {
        const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = pruneStale(fileURLToPath(dir), made, since);
        if (removed > 0) logger.info(`Removed ${removed} file${removed === 1 ? '' : 's'} of an earlier build.`);
      },
    },
  };
}
