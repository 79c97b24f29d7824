/**
 * Phrases around a figure that narrow the measure the cue words gave it (quantities.ts): a selling
 * price ("sells for $12,000"), parameters that work on each token though the clause names them
 * far from "token" ("37 billion of them do any work on a given token"), and a token price for a
 * time window of the day ("between 16:30 and 00:30 UTC"), which is a discount on the list price.
 */
import compromise from 'compromise';
import type { Figure } from './figures.ts';
import { clauseBounds } from './quantities.ts';

/** A verb of selling or pricing right before an amount ("sells for about $12,000", "was priced at $30,000"): what one unit costs a buyer. */
const SOLD_FOR = /\b(?:sell(?:s|ing)?|sold|retail(?:s|ed|ing)?|go(?:es|ing)?|went|priced|list(?:s|ed|ing)?)\s+for\s+(?:(?:about|around|roughly|nearly|almost|some|just|as much as|up to|under|over|more than|less than)\s+)?$|\bpriced\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$/i;
/** An amount for one unit ("$12,000 apiece", "$30,000 per unit"). */
const APIECE = /^\s*(?:apiece|a (?:piece|unit|card|chip)|each\b(?=\s+(?:to|in|on|for)\b|[,.;]|$)|per (?:unit|card|chip|board|piece))\b/i;
/** Measures an amount "apiece" replaces: trade flows and generic cues read from other words of the sentence ("export rules"). */
const PRICE_OVER: ReadonlySet<string> = new Set(['exports', 'imports', 'amount', 'cost', 'price', 'shipments']);

/** "On / for / per (a given / each / every) token" later in a parameter count's clause, however many words away: the parameters each token uses. */
const WORKS_PER_TOKEN = /^[^;:—–.,\d]{0,60}?\b(?:per|for (?:each|every|any(?: given| one)?|a(?: given| single)?|one)|on (?:each|every|any(?: given)?|a(?: given| single)?)) token\b/i;
/** "(Every one) of their" right before the count: the count is the whole a part is taken from, not the part ("of which 37 billion" is the part). */
const WHOLE_OF = /\bof\s+(?!(?:which|whom)\b)(?:[\p{L}\p{N}.'’-]+\s+){0,2}$/u;

/**
 * Whether the count is what the "per token" clause says works: the words after it go on with a verb
 * ("37 billion are switched on", "… do the work") or a part taken of a whole ("37 billion of them"), by compromise's
 * tags; not a count that describes a noun ("a 70-billion-parameter model does twice the arithmetic per token").
 */
function countDoesWork(after: string): boolean {
  if (/^\s+of\s/i.test(after)) return true;
  const first = (compromise(after.slice(0, 60)).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  return !!first && first.tags.some((t) => t === 'Verb' || t === 'Auxiliary' || t === 'Copula' || t === 'Adverb');
}

/** A time window of the day: two clock times joined ("between 16:30 and 00:30", "from 4:30pm to 12:30am", "00:30–08:30"), or night or off-peak hours. */
const CLOCK = String.raw`\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)`;
const DAY_WINDOW = new RegExp(String.raw`\b(?:between\s+${CLOCK}\s*(?:and|&)\s*${CLOCK}|(?:from\s+)?${CLOCK}\s*(?:to|until|till|[-–])\s*${CLOCK})|\b(?:overnight|night[- ]?time|at night|night hours|off[- ]hours|off[- ]peak)\b`, 'i');

/**
 * Whether a window of the day is stated for the figure: in its own clause ("… at night it drops to $0.55"), or in a phrase
 * opening the sentence that sets the rest ("Between 16:30 and 00:30 UTC, DeepSeek cuts prices, which brings output to $0.55"),
 * never in another clause beside it ("R1 costs $2.19, falling to $0.55 off-peak": the $2.19 is the list price).
 */
function dayWindowOver(sentence: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(sentence, start, end);
  if (DAY_WINDOW.test(sentence.slice(from, to))) return true;
  const opening = /^(?:[^,;:—–$€£¥%]|(?<=\d):(?=\d)){0,60},/.exec(sentence)?.[0];
  return !!opening && opening.length <= start && DAY_WINDOW.test(opening);
}

/**
 * The measure of figure `f` (at `start`–`end` in `sentence`) once these phrases are read: `measure`
 * as quantities.ts read it, or a narrower one.
 */
export function narrowedMeasure(measure: string, f: Pick<Figure, 'kind' | 'unit' | 'per'>, sentence: string, start: number, end: number): string {
  // The verb right before the amount decides over any cue farther off ("sells for about $12,000 on the Chinese market"); a unit after it only over cues that say little.
  if (f.kind === 'money' && !f.per && (SOLD_FOR.test(sentence.slice(Math.max(0, start - 40), start)) || (PRICE_OVER.has(measure) && APIECE.test(sentence.slice(end))))) return 'price';
  if (measure === 'parameter count' && WORKS_PER_TOKEN.test(sentence.slice(end)) && !WHOLE_OF.test(sentence.slice(Math.max(0, start - 40), start)) && countDoesWork(sentence.slice(end))) return 'active parameters';
  // A token price for hours of the day is a discount on the list price, like a cache hit's.
  if (measure.startsWith('API price') && !measure.includes('discounted') && dayWindowOver(sentence, start, end)) return measure === 'API price' ? 'API price (discounted)' : measure.replace(/\)$/, ', discounted)');
  return measure;
}
