import { cacheDir } from 'astro:config/server';
import { getCollection, getEntry } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { bodyDir, readArticleBody } from '../../scripts/citations/article-bodies.ts';
import { buildOnce } from './build-once.ts';
import type { ArticleBody, SourceEntry } from '../../scripts/ingest/article-schema.ts';
import type { IngestReport } from '../../scripts/ingest/emit.ts';
import type { LinkedArticle as Article } from '../../scripts/ingest/figure-fact.ts';

export type { SourceEntry } from '../../scripts/ingest/article-schema.ts';

/** Articles per page of the sources index (/sources/, then /sources/page/2/, …). */
export const SOURCES_PER_PAGE = 250;

/** All ingested articles without their bodies (see `withBody`), newest first; undated articles last, by title (sorted once per build). */
export const getSources: () => Promise<SourceEntry[]> = buildOnce(async () => {
  const entries = await getCollection('sources');
  return entries
    .map((e) => e.data)
    .sort((a, b) => {
      const da = a.date?.iso ?? '';
      const db = b.date?.iso ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1);
    });
});

/** The body of an article (paragraphs, credits, audit lines), read from the file the loader wrote. */
export function getBody(source: Pick<SourceEntry, 'bodyKey'>): ArticleBody {
  return readArticleBody(bodyDir(fileURLToPath(cacheDir), import.meta.env.DEV), source.bodyKey);
}

/** The whole article: the entry with its body. */
export function withBody(source: SourceEntry): Article {
  const { description: _, bodyKey: __, ...rest } = source;
  return { ...rest, ...getBody(source) };
}

/** The report of the last ingest run. */
export async function getIngestReport(): Promise<IngestReport> {
  return (await getEntry('ingestReport', 'report'))?.data ?? { files: 0, articles: 0, errors: [], warnings: [] };
}
