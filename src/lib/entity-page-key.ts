import { createHash } from 'node:crypto';
import type { Entity } from '../../scripts/core/entity.ts';
import type { EntityMention, KnowledgeIndex, LedgerFigure } from '../../scripts/knowledge/index.ts';
import { getEntities, getKnowledge } from './knowledge.ts';
import { chromeKey } from './source-page-key.ts';
import { getTopicSentences } from './topic-sentences.ts';

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** What one page of an entity's paginated lists shows: its rows, which page it is, and of how many. */
export interface EntityPageSlice {
  mentions: readonly EntityMention[];
  figures: readonly LedgerFigure[];
  /** The page's number (from 1), the number of pages, and the index of its first row. */
  current: number;
  last: number;
  start: number;
}

/**
 * The cache key of an entity page, for Astro's incremental builds (see source-page-key.ts): a page
 * whose key and code are unchanged is copied from the last build instead of rendered. The key covers
 * every datum the page renders: the site's chrome, the gazetteer (names, types, parents, parts), the
 * page's rows with their sentences and source titles, the totals in its headings, and on the first
 * page the disagreements, topic sentences and co-mention counts (its graph draws neighbours' links
 * too, so the whole co-mention table is in it). Editing one article thus renders again only the
 * entity pages whose rows or counts it changed.
 */
export async function entityPageKeys(): Promise<(entity: Entity, slice: EntityPageSlice) => string> {
  const k = await getKnowledge();
  const chrome = await chromeKey();
  const gazetteer = digest(JSON.stringify(await getEntities()));
  const topics = await getTopicSentences();
  const graph = digest(JSON.stringify([[...k.mentionCounts], [...k.related]]));
  return (entity, slice) => {
    const first = slice.current === 1;
    return digest(
      JSON.stringify([
        chrome,
        gazetteer,
        entity.slug,
        [slice.current, slice.last, slice.start],
        [k.mentionCounts.get(entity.slug) ?? 0, k.sourceCounts.get(entity.slug) ?? 0, k.figuresByEntity.get(entity.slug)?.length ?? 0],
        slice.mentions.map((m) => [m.source, m.sourceTitle, m.p, k.sentence(m)]),
        slice.figures.map((f) => [f.source, f.sourceTitle, f.p, f.text, f.measure, k.sentence(f)]),
        first ? firstPageData(k, entity, topics, graph) : null,
      ]),
    );
  };
}

/** What only the first page shows: disagreements, topic sentences and the graph's data. */
function firstPageData(k: KnowledgeIndex, entity: Entity, topics: ReadonlyMap<string, unknown>, graph: string): unknown {
  return [k.disagreementsByEntity.get(entity.slug) ?? [], topics.get(entity.slug) ?? [], graph];
}
