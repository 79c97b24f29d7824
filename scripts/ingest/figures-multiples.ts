/**
 * Multiples and shares written in words, which the amount pattern (figures.ts) and the ratios with
 * "more/less/as" after them (word-figures.ts) do not read: "roughly double its 2024 output", "nearly
 * twice Nvidia's rack", "about three times Moonshot's price", "a gap of roughly 27 times", "trades at
 * 30 times forward earnings", "sales rose 4.5 times", "more than tripled" (ratios, `x`), and "about
 * two-thirds of whom", "roughly half of that", "cut by half" (shares, `%`).
 *
 * Each needs evidence that it states a quantity, because the same words are often idioms or
 * frequencies: "double-digit", "doubles down", "three times a week", "half the time", "the second
 * half of 2023", "two-thirds of the way". Number words are valued by compromise (through
 * word-figures.ts).
 */
import { type Approx, HEDGE, hedgeOf } from './hedges.ts';
import { NUMBER_WORDS, wordValue, type WordFigure } from './word-figures.ts';

const NONE: WordFigure[] = [];

/** What a multiple is compared with: a determiner, a possessive name, "what", or a comparative. */
const STANDARD = String.raw`(?:the|its|their|that|what|his|her|our|those|these|as|more|less|fewer|\p{Ll}{2,}er|[\p{Lu}][\p{L}\p{N}.&-]*['’]s)\b`;
/** A multiple of earnings, revenue or sales: a valuation's ratio ("30 times forward earnings"). */
const EARNINGS = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:earnings|revenues?|sales|profits?|book value|cash flow|EBITDA)\b`;
/** Words of a change or a gap right before the multiple ("rose 6.5 times", "a gap of roughly 27 times"). */
const CHANGE_BEFORE = /(?:\b(?:rose|rise[sn]?|grew|grow(?:s|n)?|jumped|climbed|surged|soared|increased|expanded|multiplied|swelled)|\b(?:gap|difference|multiple|factor|premium|markup|spread) of)\s+$/i;
/** A frequency after "N times": "three times a week", "twice per year", "twice in a row", "four times last year". */
const FREQUENCY_AFTER = /^\s+(?:(?:a|an|per|each|every)\s+(?:\p{L}+\s+)?(?:second|minute|hour|day|night|week|month|quarter|year|season|session|game|time|round)s?\b|in a row\b|running\b|(?:last|this|next)\s+(?:week|month|quarter|year|season)\b|daily|weekly|monthly|yearly|annually)/iu;
/** A time or an occasion after "N times", which makes it a count of occasions unless a change is named before it ("tried three times before", "met five times in 2024"). */
const OCCASION_AFTER = /^\s+(?:in|over|during|within|since|before|after|already|so far|now|today|on|at)\b/i;

/** A number of times: digits ("27", "6.5") or words ("three", "twenty"). */
const N = String.raw`(?<n>\d+(?:\.\d+)?|${NUMBER_WORDS})`;
const HEDGED = String.raw`(?:(?<hedge>${HEDGE})\s+)?`;
/** "N times", hedge included; what follows and precedes decides. */
const TIMES = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥-])${HEDGED}${N}\s+times\b`, 'giu');
/** "twice", "double", "triple", "quadruple" (adjective or determiner), and "doubled" and the like after a hedge. */
const MULTIPLE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}-])${HEDGED}(?<w>twice|thrice|double|triple|quadruple|doubled|tripled|quadrupled|doubles|triples|quadruples|doubling|tripling)\b(?!-)`, 'giu');
/** Before a bare "double" or "triple" that is a verb: "to", a modal or "not". */
const VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|not|did|does|do)\s+$/i;
const MULTIPLE_VALUE: Record<string, number> = { twice: 2, thrice: 3, doubl: 2, tripl: 3, quadrupl: 4 };

/** "Two-thirds of", "roughly half of", "three quarters of", "a third of"; and "by half". */
const FRACTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])${HEDGED}(?<f>(?:one|two)[- ]thirds?|(?:one|three)[- ]quarters?|(?:one|two|three|four)[- ]fifths?|a (?:third|quarter|fifth)|half)(?=\s+of\b)|(?<=\bby\s)(?<by>half)\b`,
  'giu',
);
const FRACTION_VALUE: Record<string, number> = { third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5 };
/** After "… of": a span of time or a way, not a share of a quantity ("half of the year", "two-thirds of the way"). */
const NOT_A_SHARE = /^\s+of\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?:first|second|last|next|past|coming)\s+)?(?:way|time|day|week|month|year|decade|century|season|game|match|century|distance|journey|trip|story|book|film|page)s?\b|^\s+of\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
/** Before a fraction: which half of a period it is ("the second half of 2023", "the other half of"). */
const PART_BEFORE = /\b(?:first|second|latter|former|back|front|other|top|bottom|lower|upper|better|worse|one|each)\s+$/i;

/** A ratio read here, to the step its written value carries ("6.5 times" to a tenth). */
const ratio = (value: number, approx: Approx | undefined, text: string, index: number): WordFigure => ({
  kind: 'ratio', value, unit: 'x', ...(approx ? { approx } : {}), precision: Number.isInteger(value) ? 1 : 0.1, text, index, end: index + text.length,
});

function times(text: string, taken: readonly { index: number; end: number }[]): WordFigure[] {
  if (!/ times\b/i.test(text)) return NONE;
  const out: WordFigure[] = [];
  for (const m of text.matchAll(TIMES)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const numberAt = m.index + m[0].search(new RegExp(`${RegExp.escape(g.n!)}`));
    if (taken.some((f) => numberAt < f.end && end > f.index)) continue;
    const rest = text.slice(end, end + 60);
    if (FREQUENCY_AFTER.test(rest)) continue;
    // A change or a gap named before it ("rose 6.5 times in 2024", "a difference of 25 times on output"), or a standard after it ("three times its price").
    const changed = CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!changed && (OCCASION_AFTER.test(rest) || !new RegExp(String.raw`^\s+(?:${STANDARD}|${EARNINGS})`, 'u').test(rest))) continue;
    const value = /\d/.test(g.n!) ? Number(g.n) : wordValue(g.n!);
    if (value === undefined || value < 1) continue;
    out.push(ratio(value, hedgeOf(g.hedge, false), m[0], m.index));
  }
  return out;
}

function multipleWords(text: string): WordFigure[] {
  if (!/twice|thrice|doubl|tripl|quadrupl/i.test(text)) return NONE;
  const out: WordFigure[] = [];
  for (const m of text.matchAll(MULTIPLE_WORD)) {
    const g = m.groups!;
    const w = g.w!.toLowerCase();
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 40);
    if (FREQUENCY_AFTER.test(rest)) continue;
    // A verb of multiplying states a quantity only with a hedge ("roughly doubles", "more than tripled"): bare, it is as often an idiom ("doubles down").
    // So is the bare verb after "to" or a modal ("plans to double its budget").
    const verb = (/(?:ed|es|ing)$/.test(w) && w !== 'twice') || (!g.hedge && VERB_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)));
    if (verb ? !g.hedge || /^\s+down\b/i.test(rest) : !g.hedge && !new RegExp(String.raw`^\s+${STANDARD}`, 'u').test(rest)) continue;
    const value = MULTIPLE_VALUE[w.replace(/(?:e|ed|es|ing)$/, '')] ?? MULTIPLE_VALUE[w];
    if (value === undefined) continue;
    out.push(ratio(value, hedgeOf(g.hedge, false), m[0], m.index));
  }
  return out;
}

function fractions(text: string): WordFigure[] {
  if (!/half|third|quarter|fifth/i.test(text)) return NONE;
  const out: WordFigure[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (!g.by && (NOT_A_SHARE.test(text.slice(end, end + 40)) || PART_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)))) continue;
    const f = (g.f ?? g.by!).toLowerCase();
    const [count, part] = f === 'half' ? ['1', 'half'] : f.split(/[- ]/) as [string, string];
    const k = part === 'half' ? 0.5 : (count === 'a' || count === 'one' ? 1 : wordValue(count)!) * FRACTION_VALUE[part]!;
    const approx = hedgeOf(g.hedge, false);
    out.push({ kind: 'percent', value: Number((k * 100).toPrecision(3)), unit: '%', ...(approx ? { approx } : {}), precision: 1, text: m[0], index: m.index, end });
  }
  return out;
}

/** A ratio stated against one: "a ratio of roughly 18 to 1", "an 18-to-1 ratio", "a ratio of 3:1"; never a score or a span ("won 3 to 1", "from 9 to 5"). */
const TO_ONE = new RegExp(String.raw`\bratio\s+of\s+${HEDGED}(?<n>\d+(?:\.\d+)?)(?:\s+to\s+|-to-|:)(?:1|one)\b|(?<![\p{L}\p{N}.,-])(?<n2>\d+(?:\.\d+)?)-to-(?:1|one)\s+ratio\b`, 'giu');

function toOne(text: string): WordFigure[] {
  if (!/ratio/i.test(text)) return NONE;
  return [...text.matchAll(TO_ONE)].map((m) => {
    const g = m.groups!;
    const n = g.n ?? g.n2!;
    const index = m.index + m[0].search(g.hedge ? new RegExp(RegExp.escape(g.hedge)) : new RegExp(`${RegExp.escape(n)}(?:\\s+to|-to-|:)`));
    const text0 = text.slice(index, m.index + m[0].length).replace(/\s+ratio$/i, '');
    return ratio(Number(n), hedgeOf(g.hedge, false), text0, index);
  });
}

/** Multiples and shares in words in a text, apart from the spans other readers took. */
export function multipleFigures(text: string, taken: readonly { index: number; end: number }[]): WordFigure[] {
  let out: WordFigure[] | undefined;
  for (const found of [times(text, taken), multipleWords(text), fractions(text), toOne(text)]) {
    for (const f of found) if (!taken.some((t) => f.index < t.end && f.end > t.index)) (out ??= []).push(f);
  }
  return out ?? NONE;
}
