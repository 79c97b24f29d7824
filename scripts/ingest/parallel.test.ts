import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../core/match.ts';
import { validateGazetteer } from '../core/entity.ts';
import { finish } from './__fixtures__/finish-summary.ts';
import { loadArticles } from './load.ts';
import { ingestAllParallel, ingestEach, workerEnv } from './parallel.ts';
import { ingestAll } from './pipeline.ts';

const ROOT = join(import.meta.dirname, '../..');
const SETS = ['devset', 'holdout'];

async function fixtures() {
  const raws = (await Promise.all(SETS.map((s) => loadArticles(join(ROOT, 'tests/fixtures', s), ROOT)))).flat();
  // The project's gazetteer, read by the domain core (the stages never import the knowledge layer).
  return { raws, entities: validateGazetteer(await readFile(join(ROOT, 'content/entities.yaml'), 'utf8'), 'content/entities.yaml') };
}

describe('the parallel ingest', () => {
  it('gives what ingestAll gives, in the same order, on worker threads', { timeout: 120_000 }, async () => {
    const { raws, entities } = await fixtures();
    // Small batches per worker, so that two workers start on these ~70 files.
    const parallel = await ingestAllParallel(raws, entities, { threads: 3, filesPerWorker: 20 });
    const single = ingestAll(raws, compileGazetteer(entities));
    expect(parallel.articles.length).toBeGreaterThan(60);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
  });

  it('runs the finish step on the thread that ingested each file, outcomes in file order', { timeout: 120_000 }, async () => {
    const { raws, entities } = await fixtures();
    const step = { module: new URL('./__fixtures__/finish-summary.ts', import.meta.url), fn: finish, data: { tag: 't' } };
    const outcomes = await ingestEach(raws, entities, { threads: 2, filesPerWorker: 20, finish: step });
    const done = outcomes.map((o) => {
      if ('crash' in o) throw o.crash;
      return o;
    });
    expect(done.map((o) => o.file)).toEqual(raws.map((r) => r.file));
    expect(new Set(done.map((o) => o.tag))).toEqual(new Set(['t']));
    // Both threads took files: this one (0) and the worker.
    expect(new Set(done.map((o) => o.thread)).size).toBe(2);
    // The worker loaded its code with Node's compile cache on.
    expect(done.filter((o) => o.thread !== 0).every((o) => o.compileCache)).toBe(true);
  });

  it("starts workers with Node's compile cache, where the caller names it or in the temporary folder", () => {
    expect(workerEnv({ NODE_COMPILE_CACHE: '/somewhere/cache', LANG: 'C' })).toEqual({ NODE_COMPILE_CACHE: '/somewhere/cache', LANG: 'C' });
    expect(workerEnv({}).NODE_COMPILE_CACHE).toBe(join(tmpdir(), 'node-compile-cache'));
  });

  it('stays on the calling thread when there are too few files for a worker to pay off', async () => {
    const { raws, entities } = await fixtures();
    const step = { module: new URL('./__fixtures__/finish-summary.ts', import.meta.url), fn: finish, data: { tag: 't' } };
    const outcomes = await ingestEach(raws.slice(0, 5), entities, { threads: 4, finish: step });
    expect(outcomes.map((o) => ('thread' in o ? o.thread : -1))).toEqual([0, 0, 0, 0, 0]);
  });
});
