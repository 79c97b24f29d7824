import type { LinkedArticle } from '../ingest/figure-fact.ts';
import { compileGazetteer, findMentions } from '../core/match.ts';
import { type Disagreement, findDisagreements, type LedgerFigure } from './disagreements.ts';
import { FigureStore } from './figure-store.ts';
import { SourceTable } from './columns.ts';
import { MentionList } from './mention-list.ts';
import { articleTimeline, storyYear, type TimelineEvent, type UnplacedEvent } from './events.ts';
import type { Entity } from '../core/entity.ts';
import { type ParagraphLookup, paragraphTexts, resolveSentence, type SourceSentenceRef } from './sentences.ts';

export type { Disagreement, LedgerFigure } from './disagreements.ts';
export type { TimelineEvent, UnplacedEvent } from './events.ts';
export type { SourceSentenceRef } from './sentences.ts';
export type { FigureStore } from './figure-store.ts';
export type { EntityMention, MentionList } from './mention-list.ts';

/** What the index reads of an article: its metadata, paragraphs and facts (not its links, credits or audit lines). */
export type KnowledgeArticle = Pick<LinkedArticle, 'slug' | 'title' | 'date' | 'body' | 'mentions' | 'figures' | 'years'>;

/** Slug under /figures/ for figures whose sentence names no entity. */
export const UNATTRIBUTED = 'unattributed';

/**
 * Everything cross-article the knowledge pages need, computed once from all linked articles. Records
 * point at their sentences (source, paragraph, offsets) instead of copying them; `sentence` resolves
 * one from the articles' paragraphs when a page renders. Every per-entity list is a map built here,
 * so no page filters the whole corpus.
 */
export interface KnowledgeIndex {
  entities: Map<string, Entity>;
  /** entity → the source paragraphs that name it, in columns (records made by `slice`; see mention-list.ts). */
  mentions: Map<string, MentionList>;
  /** entity → how many paragraphs name it (0 for an entity no source names). */
  mentionCounts: Map<string, number>;
  /** entity → how many distinct sources name it. */
  sourceCounts: Map<string, number>;
  /** entity → other entities named in the same paragraphs, with counts. */
  related: Map<string, { entity: string; count: number }[]>;
  /** entity → the entities that are part of it (a developer's models), by name. */
  parts: Map<string, Entity[]>;
  /** The figures ledger, in columns: a figure is a number, its record made when a page shows it (see figure-store.ts). */
  figures: FigureStore;
  /** entity → the numbers of the figures about it (in {@link figures}), in ledger order; figures about no entity are under ''. */
  figuresByEntity: Map<string, Int32Array>;
  /** Most important first; each holds its figures as numbers in {@link figures}, made into records when read (`figures`, `clusters`). */
  disagreements: Disagreement[];
  /** entity → the disagreements about it or holding a figure about it. */
  disagreementsByEntity: Map<string, Disagreement[]>;
  timeline: TimelineEvent[];
  /** Relative or vague time phrases the timeline could not place, with the reason (see events.ts). */
  unplaced: UnplacedEvent[];
  /** The sentence a record points at (see scripts/knowledge/sentences.ts). */
  sentence: (ref: SourceSentenceRef) => string;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** What {@link articleTimeline} finds in one article: its dated events and the time phrases it could not place. */
export type ArticleTimeline = ReturnType<typeof articleTimeline>;

export interface KnowledgeBuilderOptions {
  /**
   * Places an article's events: given the article and the computation, returns its result (or one
   * kept from an earlier build for the same article and fallback year: src/lib/timeline-cache.ts).
   * Without it the timeline is computed for every article.
   */
  timeline?: (article: KnowledgeArticle, place: () => ArticleTimeline) => ArticleTimeline;
}

/** Builds the index from articles added one at a time; see {@link knowledgeBuilder}. */
export interface KnowledgeBuilder {
  /** Takes what the index needs of one article (records, offsets, the paragraphs they point into); keeps no reference to `article`. */
  add(article: KnowledgeArticle): void;
  /** The index over every article added, in the order they were added. */
  finish(): KnowledgeIndex;
}

/**
 * Builds the cross-article index one article at a time, so a caller can read each article, add it
 * and let it go: the index keeps only its records (offsets, ids, figures) and the texts of the
 * paragraphs they point into, never whole articles. Backlinks are the mention lists reversed once;
 * co-mentions are counted per paragraph; disagreements are figures of one measure of one subject
 * whose values differ between sources (see disagreements.ts), found when all are in.
 * `fallbackYear` is {@link storyYear} of all the articles (it dates undated articles' stated years).
 */
export function knowledgeBuilder(entityList: readonly Entity[], fallbackYear: number | undefined, options: KnowledgeBuilderOptions = {}): KnowledgeBuilder {
  const entities = new Map(entityList.map((e) => [e.slug, e]));
  const sources = new SourceTable();
  const mentions: KnowledgeIndex['mentions'] = new Map();
  const pairs = new Map<string, Map<string, number>>();
  const figures = new FigureStore(sources);
  const timeline: TimelineEvent[] = [];
  const unplaced: UnplacedEvent[] = [];
  const sourceCounts = new Map<string, number>();
  const dates = new Map<string, string>();
  /** The entities each article's title names: a figure's carried-over subject is trusted where the title names it (see joinCarried). */
  const titles = new Map<string, ReadonlySet<string>>();
  const texts = new Map<string, string[]>();
  const matcher = compileGazetteer(entityList);
  const add = (a: KnowledgeArticle) => {
    const byParagraph = new Map<number, string[]>();
    const named = new Set<string>();
    // The paragraphs some record points into: the only texts a page can ask for (`sentence`).
    const pointed = new Set<number>();
    const source = sources.add(a.slug, a.title);
    for (const m of a.mentions) {
      let list = mentions.get(m.entity);
      if (!list) mentions.set(m.entity, (list = new MentionList(sources)));
      list.add(source, m);
      push(byParagraph, m.p, m.entity);
      named.add(m.entity);
      pointed.add(m.p);
    }
    for (const e of named) sourceCounts.set(e, (sourceCounts.get(e) ?? 0) + 1);
    for (const group of byParagraph.values()) {
      for (const x of group) for (const y of group) {
        if (x === y) continue;
        const row = pairs.get(x) ?? new Map<string, number>();
        row.set(y, (row.get(y) ?? 0) + 1);
        pairs.set(x, row);
      }
    }
    for (const f of a.figures) {
      figures.add(f, source);
      pointed.add(f.p);
    }
    const place = () => articleTimeline(a, matcher, fallbackYear);
    const dated = options.timeline ? options.timeline(a, place) : place();
    for (const e of dated.events) {
      timeline.push(e);
      if (e.p !== undefined) pointed.add(e.p);
    }
    for (const u of dated.unplaced) {
      unplaced.push(u);
      pointed.add(u.p);
    }
    if (a.date) dates.set(a.slug, a.date.iso);
    titles.set(a.slug, new Set(findMentions(a.title, matcher).map((m) => m.entity)));
    texts.set(a.slug, paragraphTexts(a, pointed));
  };
  const finish = (): KnowledgeIndex => {
    const related = new Map(
      [...pairs].map(([e, row]) => [e, [...row].map(([entity, count]) => ({ entity, count })).sort((x, y) => y.count - x.count || (x.entity < y.entity ? -1 : 1))]),
    );
    const sentence = sentenceOf(texts);

    figures.seal();
    for (const list of mentions.values()) list.seal();
    // The records are made one at a time as findDisagreements reads them; it keeps only those it
    // compares, and the disagreements found keep their figures' numbers, not the records.
    const numbers = new WeakMap<LedgerFigure, number>();
    const disagreements = findDisagreements(figures.numbered(numbers), sentence, dates, (slug) => entities.get(slug)?.parent, (source) => titles.get(source)).map((d) => figures.stored(d, numbers));
    const disagreementsByEntity = new Map<string, Disagreement[]>();
    for (const d of disagreements) {
      for (const e of new Set([...(d.entity ? [d.entity] : []), ...d.figures.flatMap((f) => (f.entity ? [f.entity] : []))])) push(disagreementsByEntity, e, d);
    }
    const numbersByEntity = new Map<string, number[]>();
    for (let i = 0; i < figures.length; i++) push(numbersByEntity, figures.entity(i) ?? '', i);
    const figuresByEntity = new Map([...numbersByEntity].map(([e, list]) => [e, Int32Array.from(list)]));
    const parts = new Map<string, Entity[]>();
    for (const e of entityList) if (e.parent) push(parts, e.parent, e);
    for (const list of parts.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const mentionCounts = new Map(entityList.map((e) => [e.slug, mentions.get(e.slug)?.length ?? 0]));
    timeline.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.source < y.source ? -1 : x.source > y.source ? 1 : (x.p ?? 0) - (y.p ?? 0)));
    return { entities, mentions, mentionCounts, sourceCounts, related, parts, figures, figuresByEntity, disagreements, disagreementsByEntity, timeline, unplaced, sentence };
  };
  return { add, finish };
}

/**
 * The index's `sentence`, made outside the builder: a closure keeps its whole scope alive, and the
 * builder's holds what only building needs (co-mention counts, the matcher, the records' lookups).
 */
function sentenceOf(texts: ReadonlyMap<string, string[]>): (ref: SourceSentenceRef) => string {
  const paragraphs: ParagraphLookup = (source, p) => texts.get(source)?.[p];
  return (ref) => resolveSentence(paragraphs, ref);
}

/** The index over articles already in memory (the eval and the figures comparison); the site adds them one at a time (src/lib/knowledge.ts). */
export function buildKnowledge(articles: readonly KnowledgeArticle[], entityList: readonly Entity[]): KnowledgeIndex {
  const builder = knowledgeBuilder(entityList, storyYear(articles));
  for (const a of articles) builder.add(a);
  return builder.finish();
}
