import * as chrono from 'chrono-node';
import type { SentenceRef, YearFact } from '../ingest/figure-fact.ts';
import { type Matcher, findMentions, sentencesOf } from '../core/match.ts';
import { formatIsoDate } from '../ingest/dates.ts';
import type { Article } from '../core/article.ts';

/**
 * The dated story: what the timeline holds, and how sure each date is.
 * - `publication`: the article's own date.
 * - `stated`: a year the article states, within the story's span.
 * - `historical`: a stated year long before the article (an analogy or background, e.g. 1957).
 * - `inferred`: a relative date ("announced in December", "last year") resolved against the
 *   article's publication date; never produced for an undated article.
 */
export type TimelineKind = 'publication' | 'stated' | 'historical' | 'inferred';

/**
 * A dated event for the timeline. The evidence is the sentence that dates it, pointed at by
 * paragraph and offsets (`p`, `start`, `end`; resolved by scripts/knowledge/sentences.ts); a
 * publication has none: its evidence is the article's title.
 */
export interface TimelineEvent {
  /** ISO date at the precision known: `2022`, `2024-12`, `2025-01-03`. */
  date: string;
  kind: TimelineKind;
  source: string;
  sourceTitle: string;
  /** Paragraph number, for events stated in the text. */
  p?: number;
  /** Offsets of the sentence in paragraph `p`, for events stated in the text. */
  start?: number;
  end?: number;
  entities: string[];
  /** For `inferred` events: the relative phrase as written ("in December", "last year"). */
  phrase?: string;
  /** For `inferred` events: the publication date it was resolved against (ISO). */
  from?: string;
}

/** A relative or vague time phrase the timeline cannot place, with the reason; `p`, `start`, `end` point at its sentence. */
export interface UnplacedEvent extends SentenceRef {
  source: string;
  sourceTitle: string;
  phrase: string;
  reason: string;
}

/** A stated year this many years or more before its reference year is background, not the story. */
export const HISTORICAL_YEARS = 10;

/** Time words that say "before the article" without saying when; chrono-node (rightly) gives no date. */
const VAGUE = /\b(?:recently|lately|not long ago|in recent (?:days|weeks|months|years))\b/giu;
/** {@link VAGUE} without the global flag, for a test that keeps no state. */
const VAGUE_TEST = new RegExp(VAGUE.source, 'iu');

/** A bare month name is a date only after a word that introduces a time ("in May", not "the March of"). */
const MONTH_CUE = /\b(?:in|since|during|by|until|through|from|early|late|mid|end of|beginning of|start of|last|this)\s*-?\s*$/iu;

/**
 * Words without which a sentence holds no date the timeline would place (month names, time units,
 * "ago", "yesterday"…): sentences without one skip chrono-node, which costs ~0.2 ms a sentence.
 */
const TIME_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|years?|months?|weeks?|days?|decades?|quarters?|ago|yesterday|today|tonight|tomorrow|weekend)\b/iu;

/** Two reference dates far apart: a phrase that resolves differently against them depends on the reference. */
const PROBES = [new Date(Date.UTC(2001, 5, 15, 12)), new Date(Date.UTC(2013, 2, 10, 12))];

/** A relative date phrase in a sentence, resolved against `reference` when there is one. */
interface Resolved {
  phrase: string;
  /** ISO at the precision the phrase gives; undefined without a reference. */
  date?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date at the precision chrono knows: a "week" phrase or a bare month is given as a month. */
function isoOf(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = String(c.get('year'));
  const month = c.isCertain('month') || c.isCertain('day') ? `${y}-${pad(c.get('month')!)}` : y;
  if (!c.isCertain('day') || /week/i.test(r.text)) return month;
  return `${month}-${pad(c.get('day')!)}`;
}

/** The reference-dependent date phrases of one sentence (absolute dates are the year extractor's job). */
export function relativeDates(sentence: string, reference?: Date): Resolved[] {
  if (!TIME_WORD.test(sentence)) return [];
  const parse = (instant: Date) => chrono.en.casual.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  // chrono-node is most of the timeline's cost: the second probe and the reference only when the first finds something.
  const a = parse(PROBES[0]!);
  if (a.length === 0) return [];
  const b = parse(PROBES[1]!);
  let atReference: chrono.ParsedResult[] | undefined;
  const found: Resolved[] = [];
  for (const r of a) {
    const c = r.start;
    // A date needs a month or a year; a weekday or a clock time alone is not placed.
    if (!c.isCertain('month') && !c.isCertain('year')) continue;
    // "now" describes the present state of things, not an event.
    if (/^(?:right\s+)?now$/iu.test(r.text.trim())) continue;
    const bareMonth = !c.isCertain('year') && !c.isCertain('day');
    const cue = bareMonth ? MONTH_CUE.exec(sentence.slice(0, r.index)) : null;
    if (bareMonth && !cue) continue;
    const twin = b.find((x) => x.index === r.index && x.text === r.text);
    if (twin && twin.start.date().getTime() === c.date().getTime()) continue; // absolute
    const phrase = sentence.slice(cue ? cue.index : r.index, r.index + r.text.length).replace(/[\s,.;:]+$/u, '');
    if (!reference) {
      found.push({ phrase });
      continue;
    }
    if (bareMonth) {
      // A bare month is the latest such month on or before the reference: articles report what has
      // happened, and chrono's "closest month" would put a past "in May" in a February article ahead.
      const month = c.get('month')!;
      const year = reference.getUTCFullYear() - (month > reference.getUTCMonth() + 1 ? 1 : 0);
      found.push({ phrase, date: `${year}-${pad(month)}` });
      continue;
    }
    const resolved = (atReference ??= parse(reference)).find((x) => x.index === r.index);
    if (resolved) found.push({ phrase, date: isoOf(resolved) });
  }
  return found;
}

/** 12:00 UTC on the article's date, so no time zone moves it to another day. */
export function referenceDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The year the story is told from when an article has no date: the latest publication year. */
export function storyYear(articles: readonly Pick<Article, 'date'>[]): number | undefined {
  const years = articles.flatMap((a) => (a.date ? [Number(a.date.iso.slice(0, 4))] : []));
  return years.length ? Math.max(...years) : undefined;
}

type DatedArticle = Pick<Article, 'slug' | 'title' | 'date' | 'body'> & { years: readonly YearFact[] };

/**
 * The timeline events of one article: its publication date; each stated year, as `historical` when it
 * is {@link HISTORICAL_YEARS} or more before the article's year (or, undated, the latest publication
 * year of the corpus); and each relative date resolved against the publication date. A resolved date
 * after the article's own date (a plan or forecast) and a relative phrase in an undated article are
 * not placed but returned with the reason, as are vague phrases such as "recently".
 */
export function articleTimeline(article: DatedArticle, matcher: Matcher, fallbackYear?: number): { events: TimelineEvent[]; unplaced: UnplacedEvent[] } {
  const base = { source: article.slug, sourceTitle: article.title };
  const events: TimelineEvent[] = [];
  const unplaced: UnplacedEvent[] = [];
  const published = article.date?.iso.slice(0, 10);
  if (article.date) events.push({ ...base, date: published!, kind: 'publication', entities: [] });
  const refYear = published ? Number(published.slice(0, 4)) : fallbackYear;
  for (const y of article.years) {
    const kind = refYear !== undefined && refYear - y.year >= HISTORICAL_YEARS ? 'historical' : 'stated';
    events.push({ ...base, date: String(y.year), kind, p: y.p, start: y.start, end: y.end, entities: y.entities });
  }
  const reference = published ? referenceDate(published) : undefined;
  for (const block of article.body) {
    // Most paragraphs hold no time word: they are not split into sentences at all.
    if (block.type !== 'paragraph' || (!TIME_WORD.test(block.text) && !VAGUE_TEST.test(block.text))) continue;
    for (const seg of sentencesOf(block.text)) {
      // A sentence without a time word holds no date the timeline would place (checked before trimming offsets).
      if (!TIME_WORD.test(seg.text) && !VAGUE_TEST.test(seg.text)) continue;
      const lead = Math.max(0, block.text.slice(seg.start, seg.end).search(/\S/));
      const s = { text: seg.text, start: seg.start + lead, end: seg.start + lead + seg.text.length };
      const at = { ...base, p: block.n, start: s.start, end: s.end };
      const resolved = relativeDates(s.text, reference);
      for (const r of resolved) {
        if (!published || !r.date) {
          unplaced.push({ ...at, phrase: r.phrase, reason: 'the article has no publication date to count it from' });
        } else if (r.date.localeCompare(published.slice(0, r.date.length)) > 0) {
          unplaced.push({ ...at, phrase: r.phrase, reason: `it resolves to ${formatIsoDate(r.date)}, after the article’s date (${formatIsoDate(published)}): a plan or forecast, not an event` });
        } else {
          const entities = [...new Set(findMentions(s.text, matcher).map((m) => m.entity))];
          events.push({ ...base, date: r.date, kind: 'inferred', p: block.n, start: s.start, end: s.end, entities, phrase: r.phrase, from: published });
        }
      }
      if (resolved.length) continue;
      for (const m of s.text.matchAll(VAGUE)) {
        unplaced.push({
          ...at,
          phrase: m[0],
          reason: published ? `it gives no date, only that it was before the article’s date (${formatIsoDate(published)})` : 'it gives no date, and the article has none',
        });
      }
    }
  }
  return { events, unplaced };
}
