/**
 * Each article's timeline kept between builds. The knowledge index places every article's time
 * phrases on the timeline (scripts/knowledge/events.ts: sentence splitting and chrono-node's relative
 * dates), ≈ 0.8 s of a rebuild after one edited article at N = 1,000, for articles that had not changed.
 * What an article's timeline is depends on the article, the gazetteer, the code and the fallback year
 * of undated articles: the article's body key covers the first three (the loader's digest of the file,
 * its sidecar, the gazetteer and the ingest and knowledge code), so the timeline is kept under the body
 * key and the fallback year. One file holds the timelines a build used, written when the index is
 * built; the next build reads it and places only the articles it does not hold.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeWhole } from '../../scripts/core/write-whole.ts';
import type { ArticleTimeline, KnowledgeArticle } from '../../scripts/knowledge/index.ts';

export interface TimelineCache {
  /** For knowledgeBuilder's `timeline` option: the kept timeline of `article`, or `place()`'s, kept. */
  timeline: (article: KnowledgeArticle, place: () => ArticleTimeline) => ArticleTimeline;
  /** Writes the timelines this build used (and only those: an edited or removed article's old one goes). */
  save: () => void;
}

/**
 * The cache in `file`, for a build whose articles have the body keys `bodyKeys` (slug → key) and
 * whose undated articles are dated by `fallbackYear`. An article without a body key is placed every time.
 */
export function timelineCache(file: string, bodyKeys: ReadonlyMap<string, string>, fallbackYear: number | undefined): TimelineCache {
  let kept: Record<string, string> = {};
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // No cache yet, or an unreadable one: every article is placed.
  }
  const used: Record<string, string> = {};
  const keyOf = (slug: string) => {
    const body = bodyKeys.get(slug);
    return body === undefined ? undefined : createHash('sha256').update(JSON.stringify([body, slug, fallbackYear ?? null])).digest('base64url');
  };
  return {
    timeline(article, place) {
      const key = keyOf(article.slug);
      // Kept as JSON text and parsed on use, so a kept and a freshly placed timeline are the same values.
      const json = (key !== undefined && Object.hasOwn(kept, key) ? kept[key] : undefined) ?? JSON.stringify(place());
      if (key !== undefined) used[key] = json;
      return JSON.parse(json) as ArticleTimeline;
    },
    save() {
      writeWhole(file, JSON.stringify(used));
    },
  };
}
