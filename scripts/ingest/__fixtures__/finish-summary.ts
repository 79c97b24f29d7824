/** A finish step for parallel.test.ts: what became of a file, and on which thread. */
import { getCompileCacheDir } from 'node:module';
import { threadId } from 'node:worker_threads';
import type { RawArticle } from '../../core/article.ts';
import type { IngestOutcome } from '../pipeline.ts';

export function finish(outcome: IngestOutcome, raw: RawArticle, data: { tag: string }): { file: string; slug?: string; tag: string; thread: number; compileCache: boolean } {
  return { file: raw.file, ...('article' in outcome ? { slug: outcome.article.slug } : {}), tag: data.tag, thread: threadId, compileCache: getCompileCacheDir() !== undefined };
}
