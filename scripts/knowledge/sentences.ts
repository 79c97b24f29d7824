import type { SentenceRef } from '../ingest/figure-fact.ts';
import type { Article } from '../core/article.ts';

/** A sentence pointed at across the corpus: the source article's slug, and where in it. */
export interface SourceSentenceRef extends SentenceRef {
  source: string;
}

/** The text of paragraph n of an article, by number; undefined for a number it does not have. */
export type ParagraphLookup = (source: string, p: number) => string | undefined;

/**
 * An article's paragraph texts by number (index n holds paragraph n; index 0 is unused); with `only`,
 * just those paragraphs (the knowledge index keeps the ones its records point into, not whole articles).
 */
export function paragraphTexts(article: Pick<Article, 'body'>, only?: ReadonlySet<number>): string[] {
  const texts: string[] = [''];
  for (const b of article.body) if (b.type === 'paragraph' && (!only || only.has(b.n))) texts[b.n] = b.text;
  return texts;
}

/**
 * A lookup over articles already in memory. It keeps, per article, an array of references to the
 * paragraph strings the articles hold (no copies), built once.
 */
export function paragraphLookup(articles: readonly Pick<Article, 'slug' | 'body'>[]): ParagraphLookup {
  const bySlug = new Map(articles.map((a) => [a.slug, paragraphTexts(a)]));
  return (source, p) => bySlug.get(source)?.[p];
}

/**
 * The sentence a record points at. A reference that no longer fits its paragraph (an article
 * edited after the record was made) is a bug upstream: it throws, naming the source and paragraph,
 * rather than showing a wrong sentence.
 */
export function resolveSentence(paragraphs: ParagraphLookup, ref: SourceSentenceRef): string {
  const text = paragraphs(ref.source, ref.p);
  if (text === undefined || ref.start < 0 || ref.end > text.length || ref.start > ref.end) {
    throw new Error(`sources/${ref.source}/#p${ref.p}: no sentence at ${ref.start}–${ref.end} (the knowledge index is out of step with the article; re-run the ingest)`);
  }
  return text.slice(ref.start, ref.end);
}
