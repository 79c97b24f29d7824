/**
 * Phrases around a figure that narrow the measure the cue words gave it (quantities.ts): a selling
 * price ("sells for $12,000"), parameters that work on each token though the clause names them
 * far from "token" ("37 billion of them do any work on a given token"), and a token price for a
 * time window of the day ("between 16:30 and 00:30 UTC"), which is a discount on the list price.
 */
import compromise from 'compromise';
import { memoize } from './memo.ts';
import type { Figure } from './figures.ts';
import { clauseBounds, measureOf } from './quantities.ts';
import { outlayMeasure } from './measure-outlay.ts';

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

/** The clause holding the figure (see clauseBounds in quantities.ts). */
function clauseOf(sentence: string, start: number, end: number): string {
  const { from, to } = clauseBounds(sentence, start, end);
  return sentence.slice(from, to);
}

/** The figure's clause cut at an "and" after it, where a second subject's clause may start ("Zephyr slid 17.4% and the index fell 9.2%"). */
function ownClause(sentence: string, start: number, end: number): string {
  const { from, to } = clauseBounds(sentence, start, end);
  const after = sentence.slice(end, to);
  const and = after.search(/\band\b/);
  return sentence.slice(from, and >= 0 ? end + and : to);
}

/**
 * Whether a window of the day is stated for the figure: in its own clause ("… at night it drops to $0.55"), or in a phrase
 * opening the sentence that sets the rest ("Between 16:30 and 00:30 UTC, DeepSeek cuts prices, which brings output to $0.55"),
 * never in another clause beside it ("R1 costs $2.19, falling to $0.55 off-peak": the $2.19 is the list price).
 */
function dayWindowOver(sentence: string, start: number, end: number): boolean {
  if (DAY_WINDOW.test(clauseOf(sentence, start, end))) return true;
  const opening = /^(?:[^,;:—–$€£¥%]|(?<=\d):(?=\d)){0,60},/.exec(sentence)?.[0];
  return !!opening && opening.length <= start && DAY_WINDOW.test(opening);
}

/** The value of a thing at a price, not of a company: "rental value", "resale value", "dollar value". */
const PRICE_VALUE = /\b(?:rental|resale|retail|dollar|cash|notional|replacement)\s+values?\b/gi;

/** "Off" right after an amount, then the market value it came off. */
const OFF_VALUE = /^\s+off\s+(?:[^\s,;.]+[\s-]+){0,3}?market\s+(?:value|cap(?:itali[sz]ation)?)\b/i;

/** Verbs of a quantity moving (by their infinitive, as compromise gives it): a percentage after one is a change. */
const MOVES: ReadonlySet<string> = new Set([
  'rise', 'fall', 'drop', 'slide', 'plunge', 'tumble', 'sink', 'lose', 'gain', 'climb', 'surge', 'jump', 'rebound', 'recover', 'bounce back', 'claw back',
  'soar', 'slump', 'plummet', 'dip', 'decline', 'advance', 'rally', 'tank', 'crash', 'retreat', 'spike', 'slip', 'shed', 'add', 'fall back', 'edge up', 'edge down',
]);
/** Words of a stock index, whose moves are the index's, not a company's shares. */
const INDEX_WORDS = /\bindex\b|\bNasdaq\b|\bS&P\b/i;

/** The last verb compromise finds in a text, with its infinitive: remembered by text (tagging takes milliseconds, and a clause recurs across a sentence's figures). */
const lastVerb = memoize((text: string): { text: string; infinitive?: string } | undefined => {
  const last = (compromise(text).verbs().json() as { text: string; verb?: { infinitive?: string } }[]).at(-1);
  return last && { text: last.text, infinitive: last.verb?.infinitive };
});

/** Whether the last verb of the figure's clause before it is one of a quantity moving ("Orbis rebounded about 8.9 percent", "with Zephyr losing 8.6 percent"). */
function movedBy(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(clauseBounds(sentence, start, end).from, start);
  if (!/\p{L}/u.test(before)) return false;
  const last = lastVerb(before);
  const infinitive = last?.infinitive?.toLowerCase();
  if (!last || !infinitive) return false;
  // compromise gives a phrasal verb's infinitive without its particle ("clawed back" → "claw").
  const rest = `${last.text} ${before.slice(before.lastIndexOf(last.text) + last.text.length)}`;
  const particle = /^\S+\s+(back|up|down|off|out)\b/i.exec(rest.replace(/\s+/g, ' '))?.[1]?.toLowerCase();
  return MOVES.has(infinitive) || (!!particle && MOVES.has(`${infinitive} ${particle}`));
}

/**
 * The measure of figure `f` (at `start`–`end` in `sentence`) once these phrases are read: `measure`
 * as quantities.ts read it, or a narrower one.
 */
export function narrowedMeasure(measure: string, f: Pick<Figure, 'kind' | 'unit' | 'per'>, sentence: string, start: number, end: number): string {
  // The verb right before the amount decides over any cue farther off ("sells for about $12,000 on the Chinese market"); a unit after it only over cues that say little.
  if (f.kind === 'money' && !f.per && (SOLD_FOR.test(sentence.slice(Math.max(0, start - 40), start)) || (PRICE_OVER.has(measure) && APIECE.test(sentence.slice(end))))) return 'price';
  if (measure === 'parameter count' && WORKS_PER_TOKEN.test(sentence.slice(end)) && !WHOLE_OF.test(sentence.slice(Math.max(0, start - 40), start)) && countDoesWork(sentence.slice(end))) return 'active parameters';
  // Money paid "for a 49% stake", or committed "to AI infrastructure": what the outlay is, whatever other cue the sentence holds.
  const outlay = f.kind === 'money' && !f.per ? outlayMeasure(measure, sentence.slice(end, end + 80)) : undefined;
  if (outlay) return outlay;
  // What something would cost to rent or resell ("the rental value of one training run") is no company's valuation: read again without those words.
  if (measure === 'valuation' && PRICE_VALUE.test(sentence)) {
    const masked = sentence.replace(PRICE_VALUE, (w) => ' '.repeat(w.length));
    if (!/\bvalu|\bworth\b/i.test(masked)) return narrowedMeasure(measureOf(f, masked, start, end), f, masked, start, end);
  }
  // An amount taken "off" a market value ("knocked roughly $590bn off Orbis's market value") is a loss of it, whatever the verb.
  if (measure === 'market value' && OFF_VALUE.test(sentence.slice(end))) return 'market value loss';
  // A percentage with no cue of its own, after a verb of moving, is a change ("clawed back about 8.9 percent"); so is one the cue words
  // read as an index's though no index is named in its clause ("Zephyr slid 17.4% and the Orbis Index fell 9.2%": the 17.4% is Zephyr's).
  if (f.kind === 'percent' && (measure === 'percentage' || (measure === 'index change' && !INDEX_WORDS.test(ownClause(sentence, start, end)))) && movedBy(sentence, start, end)) return 'change';
  // A token price for hours of the day is a discount on the list price, like a cache hit's.
  if (measure.startsWith('API price') && !measure.includes('discounted') && dayWindowOver(sentence, start, end)) return measure === 'API price' ? 'API price (discounted)' : measure.replace(/\)$/, ', discounted)');
  return measure;
}
