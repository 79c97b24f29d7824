/**
 * A worker thread of the parallel ingest (parallel.ts): compiles the gazetteer it is given once,
 * then ingests each batch of files it is sent and replies with their outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Entity } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestCaught, type WorkerReply, type WorkerRequest } from './parallel.ts';

const matcher = compileGazetteer((workerData as { entities: Entity[] }).entities);
parentPort!.on('message', ({ start, raws }: WorkerRequest) => {
  const reply: WorkerReply = { start, outcomes: raws.map((raw) => ingestCaught(raw, matcher)) };
  parentPort!.postMessage(reply);
});
