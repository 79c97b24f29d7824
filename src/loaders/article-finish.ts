/**
 * What the articles loader does with an ingested article on the thread that ingested it (the
 * `finish` step of scripts/ingest/parallel.ts): it refuses an article holding text that Astro's
 * store would read as an image import, writes the body and facts to the article's own file, and
 * sends back only what the store keeps, so the loader's thread neither receives nor writes bodies.
 */
import { writeArticleBody } from '../../scripts/citations/corpus.ts';
import { shorten } from '../../scripts/ingest/extract.ts';
import type { SourceEntry } from '../../scripts/ingest/article-schema.ts';
import type { IngestOutcome } from '../../scripts/ingest/pipeline.ts';
import type { RawArticle } from '../../scripts/core/article.ts';
import type { IngestProblem } from '../../scripts/core/problem.ts';
import { holdsReservedText } from './reserved-text.ts';

/** What every call is given: the body folder, and each file's digest (its body's key). */
export interface FinishData {
  bodies: string;
  keys: Record<string, string>;
}

/** The file's problem; or that it holds reserved text; or its store entry, its body written. */
export type Finished = IngestProblem | { reserved: true } | { entry: SourceEntry };

export function finish(outcome: IngestOutcome, raw: RawArticle, data: FinishData): Finished {
  if (!('article' in outcome)) return outcome;
  const article = outcome.article;
  if (holdsReservedText(article)) return { reserved: true };
  const key = data.keys[raw.file]!;
  // The body and facts go to a file of their own; the store (which Vite bundles into the build) keeps the metadata.
  const { body, credits, metadataLines, boilerplate, mentions, figures, years, ...rest } = article;
  writeArticleBody(data.bodies, key, { body, credits, metadataLines, boilerplate, mentions, figures, years });
  const description = shorten(body.find((b) => b.type === 'paragraph')?.text ?? article.title, 160);
  return { entry: { ...rest, description, bodyKey: key } };
}
