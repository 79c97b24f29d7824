import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../ingest/types.ts';
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
 * A lookup over the ingest's output (`<corpusDir>/articles/<slug>.json`), reading only the sources
 * that are cited, and again when a file changes (the dev server keeps running across edits).
 */
export function lookupFromCorpus(corpusDir: string): SourceLookup {
  const cache = new Map<string, { mtime: number; source: CitedSource }>();
  return (slug) => {
    if (!/^[\p{L}\p{N}_-]+$/u.test(slug)) return undefined;
    const path = join(corpusDir, 'articles', `${slug}.json`);
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined) return undefined;
    const hit = cache.get(slug);
    if (hit?.mtime === mtime) return hit.source;
    const source = citedSource(JSON.parse(readFileSync(path, 'utf8')) as Article);
    cache.set(slug, { mtime, source });
    return source;
  };
}
