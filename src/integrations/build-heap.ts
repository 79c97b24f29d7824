/**
 * How far the build's heap may grow past what survives a full collection. V8 lets its old generation
 * grow to up to four times what the last full collection kept before it collects again, and on Linux
 * the process's resident memory keeps what the heap once took after the collection frees it. At
 * 10,000 articles about 360 MB survive while the knowledge index and the data files are made, so the
 * heap grew to 1.4 GB of mostly garbage and the build's resident memory stayed at 2.3 GB from there to
 * the end (bench/RESULTS.md). A fixed growing factor bounds that swing without capping the heap: a
 * larger site still gets all the heap it needs (no out-of-memory risk), only collected more often.
 *
 * Set in the process that runs `astro build`, whichever way it was started (`astro build`, `npm run
 * build`, the benchmark): V8 reads this flag each time it sets the next collection's limit, so setting
 * it once the process runs takes effect from the next full collection. `astro dev` keeps V8's default.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The old generation may grow by this share of what the last full collection kept (V8's default is 10–300 % by its own measure of speed). */
export const HEAP_GROWING_PERCENT = 50;

/**
 * `percent`: the growth allowed; BUILD_HEAP_GROWING_PERCENT overrides it (0 keeps V8's default, to
 * measure against: `BUILD_HEAP_GROWING_PERCENT=0 npm run bench -- --only 10000 --memory-trace`).
 */
export function buildHeap(percent = Number(process.env.BUILD_HEAP_GROWING_PERCENT ?? HEAP_GROWING_PERCENT)): AstroIntegration {
  if (!Number.isInteger(percent) || percent < 0) throw new Error(`BUILD_HEAP_GROWING_PERCENT must be a whole number ≥ 0 (0: V8's default); it is ${JSON.stringify(process.env.BUILD_HEAP_GROWING_PERCENT)}`);
  return {
    name: 'build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
