import { type LinkedArticle } from '../ingest/link.ts';
import { compileGazetteer } from '../core/match.ts';
import { type Disagreement, findDisagreements, type LedgerFigure } from './disagreements.ts';
import { articleTimeline, storyYear, type TimelineEvent, type UnplacedEvent } from './events.ts';
import type { Entity } from '../core/entity.ts';

export type { Disagreement, LedgerFigure } from './disagreements.ts';

/** Slug under /figures/ for figures whose sentence names no entity. */
export const UNATTRIBUTED = 'unattributed';

export type { TimelineEvent, UnplacedEvent } from './events.ts';

/** Everything cross-article the knowledge pages need, computed once from all linked articles. */
export interface KnowledgeIndex {
  entities: Map<string, Entity>;
  /** entity → the source paragraphs that name it, with the sentence. */
  mentions: Map<string, { source: string; sourceTitle: string; p: number; sentence: string }[]>;
  /** entity → other entities named in the same paragraphs, with counts. */
  related: Map<string, { entity: string; count: number }[]>;
  figures: LedgerFigure[];
  disagreements: Disagreement[];
  timeline: TimelineEvent[];
  /** Relative or vague time phrases the timeline could not place, with the reason (see events.ts). */
  unplaced: UnplacedEvent[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Builds the cross-article index: backlinks are the mention lists reversed once; co-mentions are
 * counted per paragraph; disagreements are figures of one measure of one subject whose values differ
 * between sources (see disagreements.ts).
 */
export function buildKnowledge(articles: readonly LinkedArticle[], entityList: readonly Entity[]): KnowledgeIndex {
  const entities = new Map(entityList.map((e) => [e.slug, e]));
  const mentions: KnowledgeIndex['mentions'] = new Map();
  const pairs = new Map<string, Map<string, number>>();
  const figures: LedgerFigure[] = [];
  const timeline: TimelineEvent[] = [];
  const unplaced: UnplacedEvent[] = [];
  const matcher = compileGazetteer(entityList);
  const fallbackYear = storyYear(articles);
  for (const a of articles) {
    const byParagraph = new Map<number, string[]>();
    for (const m of a.mentions) {
      push(mentions, m.entity, { source: a.slug, sourceTitle: a.title, p: m.p, sentence: m.sentence });
      push(byParagraph, m.p, m.entity);
    }
    for (const group of byParagraph.values()) {
      for (const x of group) for (const y of group) {
        if (x === y) continue;
        const row = pairs.get(x) ?? new Map<string, number>();
        row.set(y, (row.get(y) ?? 0) + 1);
        pairs.set(x, row);
      }
    }
    for (const f of a.figures) figures.push({ ...f, source: a.slug, sourceTitle: a.title });
    const dated = articleTimeline(a, matcher, fallbackYear);
    timeline.push(...dated.events);
    unplaced.push(...dated.unplaced);
  }
  const related = new Map(
    [...pairs].map(([e, row]) => [e, [...row].map(([entity, count]) => ({ entity, count })).sort((x, y) => y.count - x.count || (x.entity < y.entity ? -1 : 1))]),
  );

  const disagreements = findDisagreements(figures, new Map(articles.flatMap((a) => (a.date ? [[a.slug, a.date.iso] as const] : []))));
  timeline.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.source < y.source ? -1 : x.source > y.source ? 1 : (x.p ?? 0) - (y.p ?? 0)));
  return { entities, mentions, related, figures, disagreements, timeline, unplaced };
}
