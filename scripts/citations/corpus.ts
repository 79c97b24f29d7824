import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/article.ts';
import type { CitedSource, SourceLookup } from './check.ts';

/** The citation view of an article: its title and paragraphs by number. */
export function citedSource(article: Pick<Article, 'title' | 'body'>): CitedSource {
  const paragraphs = new Map<number, string>();
  for (const b of article.body) if (b.type === 'paragraph') paragraphs.set(b.n, b.text);
  return { title: article.title, paragraphs };
}

/** A lookup over articles already in memory (tests, `npm run check`). */
export function lookupFromArticles(articles: readonly Pick<Article, 'slug' | 'title' | 'body'>[]): SourceLookup {
  const bySlug = new Map(articles.map((a) => [a.slug, citedSource(a)]));
  return (slug) => bySlug.get(slug);
}

/**
 * A reader of the ingest's output (`<corpusDir>/articles/<slug>.json`) that keeps, per article, only
 * what `view` takes from it, reading a file when it is first asked for and again when it changes
 * (the dev server keeps running across edits). The one place build-time plugins read the corpus.
 */
export function corpusReader<T>(corpusDir: string, view: (article: Article) => T): (slug: string) => T | undefined {
  const cache = new Map<string, { mtime: number; value: T }>();
  return (slug) => {
    if (!/^[\p{L}\p{N}_-]+$/u.test(slug)) return undefined;
    const path = join(corpusDir, 'articles', `${slug}.json`);
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined) return undefined;
    const hit = cache.get(slug);
    if (hit?.mtime === mtime) return hit.value;
    const value = view(JSON.parse(readFileSync(path, 'utf8')) as Article);
    cache.set(slug, { mtime, value });
    return value;
  };
}

/** The citation view of every article the ingest wrote, read only for the sources that are cited. */
export const lookupFromCorpus = (corpusDir: string): SourceLookup => corpusReader(corpusDir, citedSource);
