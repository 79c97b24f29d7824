/**
 * The part of a business a revenue figure is about ("data center revenue", "the cloud business"),
 * read with compromise's part-of-speech tags: revenue of one part is a measure of its own.
 */
import compromise from 'compromise';
import { clauseBounds } from './quantities.ts';

/** Words before "revenue" or "sales" that name no part of the business: a total, a period, a record. */
const NOT_SEGMENT = /^(?:total|overall|record|net|gross|annual|full-year|fiscal|company|group|firm|combined|revenues?|sales|global|worldwide|operating|core|top-line|\S*(?:quarter|year|month|half)\S*)$/i;
/** "Revenue" or "sales" with up to two words before it, or the part of the business named as "the data-center business". */
const SEGMENT_BEFORE = /(?<![\p{L}'’-])((?:[\p{L}][\p{L}-]*\s+){1,2})(?:revenues?|sales)\b/gu;
const BUSINESS = /(?<![\p{L}'’-])((?:[\p{L}][\p{L}-]*\s+){1,2})(?:business|segment|division|unit)\b/gu;

/**
 * Words compromise tags as a determiner, pronoun, preposition or conjunction, never as a common noun alone:
 * never part of a business's name. Lower case only: capitalised mid-sentence ("Of", "In") compromise may tag them proper nouns.
 */
const CLOSED_CLASS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|from|by|for|with|at|on|to|and|or)$/;

/**
 * A gerund after a comma or an auxiliary is the verb that takes the revenue as its object ("shipped chips, generating revenue
 * of $7 billion", "is earning revenue of"), not a part's name ("its gaming revenue", "licensing revenue").
 */
function gerundVerb(terms: readonly { post: string; tags: string[] }[], t: { tags: string[]; switch?: string }): boolean {
  // Cut before the revenue, compromise may read the gerund as a noun; it marks the word as either ("Noun|Gerund").
  if (!t.tags.includes('Gerund') && !t.switch?.includes('Gerund')) return false;
  const before = terms[terms.indexOf(t as (typeof terms)[number]) - 1];
  return !!before && (/,/.test(before.post) || before.tags.includes('Auxiliary') || before.tags.includes('Copula'));
}

/** The words of `phrase` (at `at` in `sentence`) that name a part of a business, read backwards from its end: common nouns by compromise's tags, not totals, periods or names. */
function segmentWords(sentence: string, at: number, phrase: string, named: (at: number) => boolean): string {
  // Tagging the sentence is the slow part (milliseconds): not done where its last word already ends the walk below
  // (a total or period, a function word, a name). Only a word without a hyphen, which compromise reads as one term.
  const trimmed = phrase.trimEnd();
  const last = trimmed.slice(trimmed.search(/\S+$/));
  if (!last.includes('-') && (NOT_SEGMENT.test(last) || CLOSED_CLASS.test(last) || named(at + trimmed.length - last.length))) return '';
  const terms = (compromise(sentence.slice(0, at + phrase.length)).json({ offset: true }) as { terms: { text: string; post: string; switch?: string; offset: { start: number }; tags: string[] }[] }[]).flatMap((t) => t.terms);
  const kept: string[] = [];
  for (const t of terms.filter((t) => t.offset.start >= at && t.offset.start < at + phrase.length).reverse()) {
    const tags = new Set(t.tags);
    const common = tags.has('Noun') || tags.has('Gerund');
    if (!common || ['Pronoun', 'Date', 'Value', 'Place', 'Possessive', 'Determiner'].some((x) => tags.has(x)) || NOT_SEGMENT.test(t.text) || named(t.offset.start) || gerundVerb(terms, t)) break;
    kept.unshift(t.text.toLowerCase());
  }
  return kept.join(' ');
}

/**
 * Revenue of one part of a business ("data center revenue of $35.6 billion", "with cloud sales of
 * $3bn", "the data-center business reported revenue of …") is a measure of its own, never compared
 * with the whole company's revenue. The part is named by one or two nouns right before "revenue" or
 * "sales" in the figure's clause, or else by "the … business/segment/division/unit" before the figure
 * in its sentence; an explicit total ("total revenue") is the whole. `named` tells which offsets lie
 * in a name (the company's, a place's: places are read in link.ts), which is no part.
 */
export function segmentScoped(measure: string, sentence: string, start: number, end: number, named: (at: number) => boolean = () => false): string {
  // Revenue read from a verb alone ("the data-centre business brought in $35.6bn") may still name its part by "business".
  if (measure !== 'revenue' || !/\b(?:revenues?|sales|business|segment|division|unit)\b/i.test(sentence)) return measure;
  const { from, to } = clauseBounds(sentence, start, end);
  let best: { at: number; phrase: string; d: number } | undefined;
  SEGMENT_BEFORE.lastIndex = 0;
  for (let m = SEGMENT_BEFORE.exec(sentence); m; m = SEGMENT_BEFORE.exec(sentence)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s < from || e > to) continue;
    const d = e <= start ? start - e : s >= end ? s - end : 0;
    if (!best || d < best.d) best = { at: s, phrase: m[1]!, d };
  }
  // The word right before the nearest "revenue" states the whole ("total revenue"), or names the part.
  if (best) {
    const part = segmentWords(sentence, best.at, best.phrase, named);
    if (part || NOT_SEGMENT.test(best.phrase.trim().split(/\s+/).at(-1)!)) return part ? partRevenue(part) : measure;
  }
  let business: string | undefined;
  BUSINESS.lastIndex = 0;
  for (let m = BUSINESS.exec(sentence); m && m.index < start; m = BUSINESS.exec(sentence)) business = segmentWords(sentence, m.index, m[1]!, named) || business;
  return business ? partRevenue(business) : measure;
}

/** The measure of a part's revenue. */
const partRevenue = (part: string) => `${part.replace(/-/g, ' ')} revenue`;
