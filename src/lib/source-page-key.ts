import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { getCitedBy } from './citations.ts';
import type { SourceEntry } from './sources.ts';

/** A short digest of a text, for cache keys (also entity-page-key.ts). */
export const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A digest of the hand-written pages (ids, frontmatter, text): the sidebar every page shows names them. */
export async function chromeKey(): Promise<string> {
  const docs = (await getCollection('docs')).toSorted((a, b) => (a.id < b.id ? -1 : 1));
  return digest(JSON.stringify(docs.map((d) => [d.id, d.data, d.body ?? ''])));
}

/**
 * The cache key of a source page, for Astro's incremental builds (`experimental.incrementalBuild`:
 * a page whose key, code and config are unchanged is copied from the last build instead of rendered).
 * A source page shows its own article, whose body key covers the file, its sidecar, the gazetteer and
 * the ingest's code; the topic pages that cite it; and the site's chrome, whose sidebar names the
 * hand-written pages. The key covers all three, so editing one article renders only that article's
 * page again, and editing a topic page renders every source page again.
 */
export async function sourcePageKeys(): Promise<(source: Pick<SourceEntry, 'slug' | 'bodyKey'>) => string> {
  const chrome = await chromeKey();
  const citedBy = await getCitedBy();
  return (source) => digest(JSON.stringify([chrome, source.bodyKey, citedBy.get(source.slug) ?? []]));
}
