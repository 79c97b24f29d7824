/**
 * A worker thread of the parallel ingest (parallel.ts): compiles the gazetteer it is given once,
 * loads the caller's finish step if there is one, then ingests each batch of files it is sent and
 * replies with their outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { IngestOutcome } from './pipeline.ts';
import type { RawArticle } from '../core/article.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestCaught, type WorkerReply, type WorkerRequest, type WorkerSetup } from './parallel.ts';

const setup = workerData as WorkerSetup;
const matcher = compileGazetteer(setup.entities);
type Finish = (outcome: IngestOutcome, raw: RawArticle, data: unknown) => unknown;
// Messages sent meanwhile wait in the port until the listener below is added.
const step = setup.finish ? ((await import(setup.finish.module)) as { finish: Finish }).finish : undefined;
const finish = step ? (outcome: IngestOutcome, raw: RawArticle) => step(outcome, raw, setup.finish!.data) : undefined;
parentPort!.on('message', ({ start, raws }: WorkerRequest) => {
  const reply: WorkerReply = { start, outcomes: raws.map((raw) => ingestCaught(raw, matcher, finish)) };
  parentPort!.postMessage(reply);
});
