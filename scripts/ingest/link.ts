import { extractFigures, type Figure, type FigureKind } from '../knowledge/figures.ts';
import type { Entity } from '../knowledge/gazetteer.ts';
import { quantityOf } from '../knowledge/quantities.ts';
import type { Article, Inline } from './types.ts';

/** A compiled gazetteer: one regular expression over every name and alias, longest first. */
export interface Matcher {
  regex: RegExp;
  byAlias: ReadonlyMap<string, Entity>;
}

/** A place where an entity is named in a text. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

/**
 * Compiles the gazetteer. Names and aliases match case-sensitively, as whole words: not inside a
 * longer word or number ("R1" does not match in "TR1" or "R12"), and the longest alias wins where
 * several start at the same place ("DeepSeek-R1" before "DeepSeek").
 */
export function compileGazetteer(entities: readonly Entity[]): Matcher {
  const byAlias = new Map<string, Entity>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) byAlias.set(a, e);
  const alternatives = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((a) => RegExp.escape(a));
  // An empty gazetteer matches nothing.
  const body = alternatives.length ? alternatives.join('|') : '(?!)';
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})(?![\\p{L}\\p{N}_]|-\\p{N})`, 'gu'), byAlias };
}

/** Every mention in a text, left to right, not overlapping. */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  return [...text.matchAll(matcher.regex)].map((m) => ({ entity: matcher.byAlias.get(m[0])!.slug, start: m.index, end: m.index + m[0].length }));
}

/** Words that introduce a comparison: an entity right after them is not the sentence's subject. */
const COMPARISON = /(?:such as|like|than|versus|vs\.?|compared (?:with|to))\s+$/i;

/**
 * The entity a figure at `offset` in `text` is about, given the mentions of its sentence: the nearest
 * entity named before it that is not only a point of comparison ("systems such as GPT-4", "more than
 * OpenAI"), or else the first entity the sentence names.
 */
export function subjectOf(text: string, mentions: readonly Mention[], offset: number): string | undefined {
  const before = mentions.filter((m) => m.end <= offset && !COMPARISON.test(text.slice(Math.max(0, m.start - 40), m.start)));
  return before.at(-1)?.entity ?? mentions[0]?.entity;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text with their offsets. */
export function sentencesOf(text: string): { text: string; start: number; end: number }[] {
  return [...sentenceSegmenter.segment(text)].map((s) => ({ text: s.segment.trim(), start: s.index, end: s.index + s.segment.length }));
}

/** A figure stated in a source paragraph, with the entity its sentence is about. */
export interface FigureFact {
  p: number;
  kind: Exclude<FigureKind, 'year'>;
  value: number;
  text: string;
  sentence: string;
  /** What the figure measures, from cue words in the sentence ("training cost", "valuation"). */
  quantity: string;
  /** The entity the figure is about, if the sentence names one (see {@link subjectOf}). */
  entity?: string;
}

/** A year stated in a source paragraph: a dated event for the timeline. */
export interface YearFact {
  p: number;
  year: number;
  sentence: string;
  entities: string[];
}

/** What the `link` stage adds to an article. */
export interface LinkedArticle extends Article {
  /** One entry per entity and paragraph, with the first sentence that names it there. */
  mentions: { entity: string; p: number; sentence: string }[];
  figures: FigureFact[];
  years: YearFact[];
}

/**
 * Stage `link`: finds entity mentions in every body paragraph and links the first mention of each
 * entity per paragraph (readers arrive at paragraphs through citation anchors, so each paragraph
 * carries its own links; linking every mention would bury the text in links). Headings are never
 * linked. Also records, per sentence, the figures and years it states and the entities it names.
 */
export function link(article: Article, matcher: Matcher): LinkedArticle {
  const mentions: LinkedArticle['mentions'] = [];
  const figures: FigureFact[] = [];
  const years: YearFact[] = [];
  const body = article.body.map((block) => {
    if (block.type !== 'paragraph') return block;
    const found = findMentions(block.text, matcher);
    const inlines: Inline[] = [];
    const linked = new Set<string>();
    let at = 0;
    for (const m of found) {
      if (linked.has(m.entity)) continue;
      linked.add(m.entity);
      if (m.start > at) inlines.push({ text: block.text.slice(at, m.start) });
      inlines.push({ text: block.text.slice(m.start, m.end), entity: m.entity });
      at = m.end;
    }
    if (at < block.text.length || inlines.length === 0) inlines.push({ text: block.text.slice(at) });

    // Figures, except digits inside a name ("Llama 3.1", "Fire-Flyer 2").
    const figs = extractFigures(block.text).filter((f) => !found.some((m) => f.index < m.end && f.index + f.text.length > m.start));
    if (found.length === 0 && figs.length === 0) return { ...block, inlines };
    // Walk sentences, mentions and figures together (all sorted by offset).
    let mi = 0;
    let fi = 0;
    const recorded = new Set<string>();
    for (const s of sentencesOf(block.text)) {
      const inSentence: Mention[] = [];
      while (mi < found.length && found[mi]!.start < s.end) inSentence.push(found[mi++]!);
      const stated: Figure[] = [];
      while (fi < figs.length && figs[fi]!.index < s.end) stated.push(figs[fi++]!);
      const named = [...new Set(inSentence.map((m) => m.entity))];
      for (const e of named) {
        if (recorded.has(e)) continue;
        recorded.add(e);
        mentions.push({ entity: e, p: block.n, sentence: s.text });
      }
      for (const f of stated) {
        if (f.kind === 'year') {
          years.push({ p: block.n, year: f.value, sentence: s.text, entities: named });
          continue;
        }
        const entity = subjectOf(block.text, inSentence, f.index);
        figures.push({ p: block.n, kind: f.kind, value: f.value, text: f.text, sentence: s.text, quantity: quantityOf(f.kind, s.text), ...(entity ? { entity } : {}) });
      }
    }
    return { ...block, inlines };
  });
  return { ...article, body, mentions, figures, years };
}
