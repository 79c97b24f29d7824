/**
 * The ingest on several threads: the calling thread and worker threads take batches of files from
 * one queue, so a slow batch never holds the others up, and the outcomes are put back in the
 * files' order, so the result is the same as {@link ingestAll}'s, thread count regardless.
 *
 * A worker costs ≈ 1.5 s of CPU before it runs at full speed: ≈ 0.8 s to load the ingest's code
 * and libraries (compromise alone 0.36 s, chrono, linkedom, wink-nlp, zod, and compiling the
 * TypeScript; less from the second run on, which reads the compiled code from Node's compile cache), then its first few hundred articles run on cold code (the first 1,000 articles take
 * ≈ 0.5 s longer than the next 1,000 on one thread). That is about as much as ingesting 1,000
 * articles, so a worker is started only for that much work, and the calling thread, whose code is
 * already loaded and warm, works too.
 *
 * Sending a whole article back costs the calling thread about a tenth of its ingest; a caller that
 * only needs part of it (the content loader writes the body to a file and stores the rest) gives a
 * {@link FinishStep}, which each thread runs on its own outcomes before sending them.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Entity } from '../core/entity.ts';
import type { RawArticle } from '../core/article.ts';
import { compileGazetteer, type Matcher } from '../core/match.ts';
import { type IngestOutcome, type IngestResult, ingestOne, slugClashes } from './pipeline.ts';
import type { LinkedArticle } from './figure-fact.ts';
import type { IngestProblem } from '../core/problem.ts';

/** What became of one file, or the error (a bug, not bad input) that stopped its ingest. */
export type ParallelOutcome<T = IngestOutcome> = T | { crash: unknown };

/**
 * A step run on each file's outcome on the thread that ingested it: `fn`, which must be the export
 * named `finish` of `module` (workers import it from there; functions cannot be sent to them).
 * `data` (structured-clonable) is passed to every call.
 */
export interface FinishStep<T, D> {
  module: URL;
  fn: (outcome: IngestOutcome, raw: RawArticle, data: D) => T;
  data: D;
}

/** What a worker is started with. */
export interface WorkerSetup {
  entities: readonly Entity[];
  finish?: { module: string; data: unknown };
}

/** A batch sent to a worker: files `start…start + raws.length` of the queue. */
export interface WorkerRequest {
  start: number;
  raws: RawArticle[];
}
/** A worker's answer to a {@link WorkerRequest}. */
export interface WorkerReply {
  start: number;
  outcomes: ParallelOutcome<unknown>[];
}

/** Files per batch: small enough that the threads finish together, large enough that messages cost little. */
const BATCH = 16;
/** Files of work that make a worker worth its start-up cost (below it, one more thread only adds CPU time). */
export const FILES_PER_WORKER = 1000;

/**
 * The environment a worker starts with: the caller's, with Node's compile cache on (NODE_COMPILE_CACHE, in the
 * system's temporary folder unless the caller names one), so a worker reads the ingest's compiled code from disk
 * instead of compiling it again (≈ 0.35 of the ≈ 1 s of CPU it takes to load). The cache is keyed by each file's
 * contents, so an edited file is compiled afresh; NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node process.
 */
export function workerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NODE_COMPILE_CACHE: env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache') };
}

/** Threads to use: INGEST_THREADS from the environment when set (1 turns workers off), else one per core. */
export function ingestThreads(): number {
  const asked = Number(process.env.INGEST_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/** Ingests one file (and runs `finish` on its outcome), catching a crash so that one bad file does not lose the batch. */
export function ingestCaught<T = IngestOutcome>(raw: RawArticle, matcher: Matcher, finish?: (outcome: IngestOutcome, raw: RawArticle) => T): ParallelOutcome<T> {
  try {
    const outcome = ingestOne(raw, matcher);
    return finish ? finish(outcome, raw) : (outcome as T);
  } catch (e) {
    return { crash: e };
  }
}

/**
 * Ingests `raws` (in the given order) on up to `threads` threads; the outcomes in the same order.
 * With fewer files than make a worker pay off, everything runs on the calling thread.
 */
export async function ingestEach<T = IngestOutcome, D = undefined>(
  raws: readonly RawArticle[],
  entities: readonly Entity[],
  options: { threads?: number; matcher?: Matcher; finish?: FinishStep<T, D>; filesPerWorker?: number } = {},
): Promise<ParallelOutcome<T>[]> {
  const matcher = options.matcher ?? compileGazetteer(entities);
  const step = options.finish;
  const finish = step ? (outcome: IngestOutcome, raw: RawArticle) => step.fn(outcome, raw, step.data) : undefined;
  const workers = Math.max(0, Math.min((options.threads ?? ingestThreads()) - 1, Math.floor(raws.length / (options.filesPerWorker ?? FILES_PER_WORKER))));
  const outcomes: ParallelOutcome<T>[] = new Array(raws.length);
  if (workers === 0) {
    for (let i = 0; i < raws.length; i++) outcomes[i] = ingestCaught(raws[i]!, matcher, finish);
    return outcomes;
  }
  let next = 0;
  const take = (): WorkerRequest | undefined => {
    if (next >= raws.length) return undefined;
    const start = next;
    next = Math.min(raws.length, next + BATCH);
    return { start, raws: raws.slice(start, next) };
  };
  const setup: WorkerSetup = { entities, ...(step ? { finish: { module: step.module.href, data: step.data } } : {}) };
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: setup, env: workerEnv() }));
  const finished = Promise.all(
    pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = () => {
            const request = take();
            if (!request) return;
            inFlight++;
            worker.postMessage(request);
          };
          worker.on('message', (reply: WorkerReply) => {
            for (let i = 0; i < reply.outcomes.length; i++) outcomes[reply.start + i] = reply.outcomes[i] as ParallelOutcome<T>;
            inFlight--;
            send();
            if (inFlight === 0) resolve();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (inFlight ? reject(new Error(`an ingest worker stopped (exit code ${code}) with files still to do`)) : resolve()));
          // Two batches each, so a worker has the next one at hand while this thread is busy with its own.
          send();
          send();
          if (inFlight === 0) resolve();
        }),
    ),
  );
  try {
    // This thread works too, a batch at a time, yielding between batches so that workers' replies are read and answered.
    for (let request = take(); request; request = take()) {
      for (let i = 0; i < request.raws.length; i++) outcomes[request.start + i] = ingestCaught(request.raws[i]!, matcher, finish);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await finished;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return outcomes;
}

/** {@link ingestAll} on several threads: the same result (a crash is thrown, as there). */
export async function ingestAllParallel(
  raws: readonly RawArticle[],
  entities: readonly Entity[],
  options: { threads?: number; filesPerWorker?: number } = {},
): Promise<IngestResult> {
  const sorted = [...raws].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const clashes = slugClashes(sorted);
  const todo = sorted.filter((r) => !clashes.has(r.file));
  const done = await ingestEach(todo, entities, options);
  const byFile = new Map(todo.map((r, i) => [r.file, done[i]!]));
  const articles: LinkedArticle[] = [];
  const errors: IngestProblem[] = [];
  for (const raw of sorted) {
    const outcome = clashes.get(raw.file) ?? byFile.get(raw.file)!;
    if ('crash' in outcome) throw (outcome as { crash: unknown }).crash;
    if ('article' in outcome) articles.push(outcome.article);
    else errors.push(outcome);
  }
  return { articles, errors, warnings: articles.flatMap((a) => a.warnings) };
}
