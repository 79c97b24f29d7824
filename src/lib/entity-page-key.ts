import { createHash } from 'node:crypto';
import type { Entity } from '../../scripts/core/entity.ts';
import type { EntityMention, LedgerFigure } from '../../scripts/knowledge/index.ts';
import { getEntities, getKnowledge } from './knowledge.ts';
import { chromeKey, digest } from './source-page-key.ts';
import { getTopicSentences } from './topic-sentences.ts';

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
    // Fed a row at a time: at 10,000 articles one string of a page's rows, or of an entity's
    // disagreements, would be up to megabytes, made while the knowledge index holds the heap's peak.
    const hash = createHash('sha256');
    const add = (value: unknown) => hash.update(`${JSON.stringify(value)}\n`);
    add([chrome, gazetteer, entity.slug, slice.current, slice.last, slice.start]);
    add([k.mentionCounts.get(entity.slug) ?? 0, k.sourceCounts.get(entity.slug) ?? 0, k.figuresByEntity.get(entity.slug)?.length ?? 0]);
    for (const m of slice.mentions) add([m.source, m.sourceTitle, m.p, k.sentence(m)]);
    add('figures');
    for (const f of slice.figures) add([f.source, f.sourceTitle, f.p, f.text, f.measure, k.sentence(f)]);
    if (slice.current === 1) {
      // What only the first page shows: disagreements, topic sentences and the graph's data.
      add([graph, topics.get(entity.slug) ?? []]);
      for (const d of k.disagreementsByEntity.get(entity.slug) ?? []) {
        // Each read of `clusters` or `figures` makes every record again (figure-store.ts): read once each.
        const clusters = d.clusters;
        add([d.entity ?? d.subjectName, d.measure, d.unit, d.kind, d.low, d.high, d.sources, clusters.length, d.figures[0]]);
        for (const c of clusters) add(c.map((f) => [f.text, f.source, f.sourceTitle, f.p, f.value, f.unit, f.per, f.precision, f.kind]));
      }
    }
    return hash.digest('base64url');
  };
}
