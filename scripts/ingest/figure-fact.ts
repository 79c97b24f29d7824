/**
 * What the link stage records: where a sentence is, the entities, figures and years it states, and
 * the record of one figure (built for speed). Kept apart from link.ts, which reads them.
 */
import type { Article } from '../core/article.ts';
import type { Figure } from './figures.ts';

/**
 * Where a sentence is: paragraph `p` of the article, and the sentence's offsets in that paragraph's
 * text (`text.slice(start, end)` is the sentence, trimmed). Records point at sentences instead of
 * copying them, so the corpus and the knowledge index hold each sentence once, in its paragraph;
 * scripts/knowledge/sentences.ts resolves them when a page is rendered.
 */
export interface SentenceRef {
  /** 1-based paragraph number (the page's #pN anchor). */
  p: number;
  /** Offset of the sentence's first character in the paragraph's text. */
  start: number;
  /** Offset just past the sentence's last character. */
  end: number;
}

/** An entity named in a paragraph, with the first sentence there that names it. */
export interface MentionFact extends SentenceRef {
  entity: string;
}

/** A figure stated in a source paragraph, with what it measures and the entity it is about; `start`/`end` are its sentence's. */
export interface FigureFact extends Omit<Figure, 'index' | 'end'>, SentenceRef {
  /** What the figure measures ("training cost", "chip count"): see {@link measureOf}. */
  measure: string;
  /** The entity the figure is about, if the text names one (see {@link figureSubject}). */
  entity?: string;
  /** How the subject was found: named in the figure's own sentence, or a guess (carried from earlier text, or a concept the sentence names); only the first is compared across sources. */
  subjectFrom?: 'sentence' | 'context';
  /** The subject's name as written, where it is a name the gazetteer lacks ("Thinking Machines Lab"); then `entity` is unset (see name-subject.ts). Untrusted text. */
  subjectName?: string;
}

/** A year stated in a source paragraph: a dated event for the timeline; `start`/`end` are its sentence's. */
export interface YearFact extends SentenceRef {
  year: number;
  entities: string[];
}

/** What the `link` stage adds to an article. */
export interface LinkedArticle extends Article {
  /** One entry per entity and paragraph, pointing at the first sentence that names it there. */
  mentions: MentionFact[];
  figures: FigureFact[];
  years: YearFact[];
}

/**
 * The record of a figure. Built field by field, not by object rest and spread, which made a
 * dictionary-mode object per figure (a fifth of the stage's time); optional fields only when set.
 */
export function figureFact(f: Figure, ref: SentenceRef, measure: string, subject: { entity: string; from: 'sentence' | 'context' } | { name: string; from: 'sentence' | 'context' } | undefined): FigureFact {
  const fact: FigureFact = { kind: f.kind, value: f.value, unit: f.unit, precision: f.precision, text: f.text, p: ref.p, start: ref.start, end: ref.end, measure };
  if (f.high !== undefined) fact.high = f.high;
  if (f.per !== undefined) fact.per = f.per;
  if (f.approx !== undefined) fact.approx = f.approx;
  if (subject) {
    if ('entity' in subject) fact.entity = subject.entity;
    else fact.subjectName = subject.name;
    fact.subjectFrom = subject.from;
  }
  return fact;
}
