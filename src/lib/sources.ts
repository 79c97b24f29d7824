import { getCollection, getEntry } from 'astro:content';
import type { IngestReport } from '../../scripts/ingest/emit.ts';
import { shorten } from '../../scripts/ingest/extract.ts';
import type { LinkedArticle as Article } from '../../scripts/ingest/link.ts';

/** Articles per page of the sources index (/sources/, then /sources/page/2/, …). */
export const SOURCES_PER_PAGE = 250;

/** All ingested articles, newest first; undated articles last, by title. */
export async function getSources(): Promise<Article[]> {
  const entries = await getCollection('sources');
  return entries
    .map((e) => e.data)
    .sort((a, b) => {
      const da = a.date?.iso ?? '';
      const db = b.date?.iso ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : 1);
    });
}

/** The report of the last ingest run. */
export async function getIngestReport(): Promise<IngestReport> {
  return (await getEntry('ingestReport', 'report'))?.data ?? { files: 0, articles: 0, errors: [], warnings: [] };
}

/** A short plain-text description: the first paragraph, cut at a word near 160 characters. */
export function describe(article: Article): string {
  return shorten(article.body.find((b) => b.type === 'paragraph')?.text ?? article.title, 160);
}
