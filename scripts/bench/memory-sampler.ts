/**
 * Loaded into every Node process of a benchmarked build (`--import`, see run.ts --memory-trace): appends
 * a line to $BENCH_MEMORY_TRACE every 250 ms — pid, seconds since start, RSS, heap used, external and
 * array-buffer bytes, the script, the heap V8 holds (used or not: RSS keeps what the heap once grew
 * to until V8 gives it back) and the milliseconds the main thread has spent in garbage collection so far
 * — so the notes can say which phase of a build holds the memory, and what collecting more often costs.
 */
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';

const file = process.env.BENCH_MEMORY_TRACE;
if (file) {
  const t0 = performance.now();
  const script = basename(process.argv[1] ?? 'node');
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  const sample = () => {
    const m = process.memoryUsage();
    appendFileSync(file, `${process.pid}\t${((performance.now() - t0) / 1000).toFixed(2)}\t${m.rss}\t${m.heapUsed}\t${m.external}\t${m.arrayBuffers}\t${script}\t${m.heapTotal}\t${gcMs.toFixed(0)}\n`);
  };
  // Unref'd: sampling never keeps a process alive.
  setInterval(sample, 250).unref();
  process.on('exit', sample);
}
