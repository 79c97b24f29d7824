/**
 * Figures the main amount pattern (figures.ts) does not read: counts and ratios written in words
 * ("Eighteen close allies", "roughly two dozen countries", "five times as much", "tenfold"), money
 * in words ("half a trillion dollars"), powers of ten ("more than 10^26 operations", "3×10^24 FLOPs")
 * and benchmark scores ("on AIME it scores 79.5, against 79.8 for R1"). Number words are valued by
 * compromise.
 */
import compromise from 'compromise';
import { countedAfter, countedPartitive } from './counted-nouns.ts';
import { type Approx, HEDGE, hedgeBefore, hedgeOf } from './hedges.ts';
import { memoize } from './memo.ts';

/** What these readers return: the fields of a figure (figures.ts imports this file, so the type is written out). */
export interface WordFigure {
  kind: 'money' | 'count' | 'ratio' | 'percent';
  value: number;
  unit: string;
  approx?: Approx;
  precision: number;
  text: string;
  index: number;
  end: number;
}

/** What a reader returns for a text without its figures: one shared empty list, so that no array is built per text. */
const NONE: WordFigure[] = [];

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SMALL = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number in words: "eighteen", "twenty-two", "two hundred", "a dozen", "two dozen"; never "one" alone ("one company" is rarely a figure). */
export const NUMBER_WORDS = String.raw`(?:(?:${TENS})(?:[- ](?:${ONES}))?|${SMALL}|(?:a|one)(?=\s+(?:hundred|dozen)\b))(?:\s+(?:hundred|dozen))?`;

/** The value of a number in words, by compromise ("twenty-two" → 22); "dozen", which it does not read, is twelve. */
export const wordValue = memoize((words: string): number | undefined => {
  const w = words.toLowerCase();
  if (/\bdozen$/.test(w)) {
    const n = w.replace(/\s*dozen$/, '');
    const k = n === 'a' || n === 'one' ? 1 : wordValue(n);
    return k === undefined ? undefined : k * 12;
  }
  const got = (compromise(w).numbers().get() as unknown[])[0];
  return typeof got === 'number' && Number.isFinite(got) ? got : undefined;
});

/** A ratio in words before a comparison ("roughly five times as much", "seven times its size"), or with "-fold" ("twentyfold", "ten-fold"). */
const WORD_TIMES = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:(?<hedge>${HEDGE})\s+)?(?<n>${NUMBER_WORDS})(?:\s+times(?=\s+(?:more|less|\p{Ll}{2,}er|as|the|its|their|that)\b)|-?fold\b)`, 'giu');
const MAY_TIMES = / times |fold\b/i;

function wordRatios(text: string): WordFigure[] {
  if (!MAY_TIMES.test(text)) return NONE;
  return [...text.matchAll(WORD_TIMES)].flatMap((m) => {
    const value = wordValue(m.groups!.n!);
    if (value === undefined) return [];
    const approx = hedgeOf(m.groups!.hedge, false);
    return [{ kind: 'ratio' as const, value, unit: 'x', ...(approx ? { approx } : {}), precision: 1, text: m[0], index: m.index, end: m.index + m[0].length }];
  });
}

/** A number in words where a counted noun may follow ("seven consortia", "Eighteen close allies"). */
// The first-letter test lets the engine skip most positions quickly; a hyphen before is checked after a match.
const WORD_COUNT = new RegExp(String.raw`\b(?=[aefnostAEFNOST])(?:${NUMBER_WORDS})(?=\s)`, 'gi');
/** Before a number word: a part of a whole ("of every eight"). */
const NOT_COUNT_BEFORE = /\b(?:every|of|in)\s$/u;

/** A scale word in words after a number word ("two million"): read by {@link scaledCounts}, not as "two". */
const SCALE_NEXT = /^\s+(?:million|billion|trillion)\b/i;

/** Counts in words with a counted noun after them, hedge included ("some ten companies"). */
function wordCounts(text: string): WordFigure[] {
  const out: WordFigure[] = [];
  for (const m of text.matchAll(WORD_COUNT)) {
    // Never "people": "according to two people familiar with…" is a count of sources, not staff.
    if (m.index > 0 && text[m.index - 1] === '-') continue;
    if (SCALE_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const noun = countedAfter(text, m.index + m[0].length, false);
    if (!noun || NOT_COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const value = wordValue(m[0]);
    if (value === undefined) continue;
    out.push(withHedge(text, { kind: 'count', value, unit: noun.unit, precision: 1, text: '', index: m.index, end: noun.end }));
  }
  return out;
}

/** A scale word after "a", "one", "half a" or a number in words: "a trillion parameters", "roughly one million packaged chips". */
// The first-letter test (every branch opens with one of these letters) lets the engine skip most positions before the look-behind.
const WORD_SCALE = new RegExp(String.raw`(?=[aefhnost])(?<![\p{L}\p{N}-])(?<n>half an?|an?|one|${NUMBER_WORDS})\s+(?<scale>million|billion|trillion)\b(?!-)`, 'giu');
/** Words that may end a bare amount whose noun was said before ("plans to expand to a million."): the end of a clause or a word that no noun phrase holds. */
const BARE_END = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|by|in|on|at|from|to|for|this|last|next|a|per|each|of|than|more|less|now|today|already)\b)/i;

/**
 * Counts whose scale is a word after a number in words, with the counted noun after them
 * ("a trillion parameters", "more than a million daily users"), or, with `prior`, said before
 * in the same sentence (see elidedUnit: "holds 200,000 GPUs and plans to expand to a million").
 */
export function scaledCounts(text: string, prior?: (at: number, written: string) => { unit: string } | undefined): WordFigure[] {
  if (!/illion\b/i.test(text)) return NONE;
  const out: WordFigure[] = [];
  for (const m of text.matchAll(WORD_SCALE)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const n = g.n!.toLowerCase();
    const k = /^half/.test(n) ? 0.5 : /^(?:an?|one)$/.test(n) ? 1 : wordValue(n);
    if (k === undefined) continue;
    const scale = SCALE_WORD[g.scale!.toLowerCase()]!;
    // Money in words is wordMoney's; a bare amount is a count only where its noun was said just before.
    if (/^\s+(?:dollars|euros|pounds|yuan|renminbi|yen|won|rupees)\b/i.test(text.slice(end, end + 12))) continue;
    const part = countedPartitive(text, end, 'x', true, false);
    const noun = countedAfter(text, end, false) ?? (part ? { unit: part.unit, end: part.end < 0 ? end : part.end } : undefined);
    const unit = noun?.unit ?? (prior && BARE_END.test(text.slice(end, end + 12)) ? prior(m.index, g.n!)?.unit : undefined);
    if (!unit) continue;
    out.push(withHedge(text, { kind: 'count', value: k * scale, unit, precision: scale * (k < 1 ? k : 1), text: '', index: m.index, end: noun?.end ?? end }));
  }
  return out;
}

/** Currency words after a scale word in words ("half a trillion dollars"). */
const CURRENCY_WORD: Record<string, string> = { dollars: 'USD', euros: 'EUR', pounds: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', won: 'KRW', rupees: 'INR' };
const SCALE_WORD: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
/** Money in words: "half a trillion dollars", "a billion euros", "two trillion yuan" (digits before the scale are the main pattern's). */
// Without a scale only after a number in words ("two dollars an hour"): "a dollar" is more often a turn of phrase.
const WORD_MONEY = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:(?<n>half an?|a quarter of an?|an?|${NUMBER_WORDS})\s+(?<scale>million|billion|trillion)|(?<small>${NUMBER_WORDS}))\s+(?<cur>${Object.keys(CURRENCY_WORD).join('|')})\b`, 'giu');

/** Whether a text may hold money in words (asked before the full pattern). */
const MAY_MONEY = / (?:dollars|euros|pounds|yuan|renminbi|yen|won|rupees)\b/i;

function wordMoney(text: string): WordFigure[] {
  if (!MAY_MONEY.test(text)) return NONE;
  return [...text.matchAll(WORD_MONEY)].flatMap((m) => {
    const g = m.groups!;
    const n = (g.n ?? g.small!).toLowerCase();
    const k = /^half/.test(n) ? 0.5 : /^a quarter/.test(n) ? 0.25 : /^an?$/.test(n) ? 1 : wordValue(n);
    if (k === undefined) return [];
    // "won" after a bare small number is the verb ("two won the race").
    if (g.small && /^won$/i.test(g.cur!)) return [];
    const scale = g.scale ? SCALE_WORD[g.scale.toLowerCase()]! : 1;
    return [withHedge(text, { kind: 'money', value: k * scale, unit: CURRENCY_WORD[g.cur!.toLowerCase()]!, precision: scale * (k < 1 ? k : 1), text: '', index: m.index, end: m.index + m[0].length })];
  });
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A power of ten, with an optional factor: "10^26", "3×10^24", "2.5 x 10**25", "10²⁶". */
const POWER = new RegExp(String.raw`(?<![\p{L}\p{N}.,^])(?:(?<m>\d+(?:\.\d+)?)\s?[×x*·]\s?)?10(?:\s?(?:\^|\*\*)\s?(?<e>\d{1,3})|(?<sup>[${SUPERSCRIPT}]{1,3}))(?![\p{N}])`, 'gu');
/** What a power of ten counts: operations of a computation ("computational operations", "FLOPs"), or a counted noun. */
const OPERATIONS = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:operations|FLOPs?|flops)\b/u;

function powerFigures(text: string): WordFigure[] {
  if (!/10(?:\s?[\^*]|[⁰¹²³⁴⁵⁶⁷⁸⁹])/.test(text)) return NONE;
  return [...text.matchAll(POWER)].flatMap((m) => {
    const g = m.groups!;
    const e = g.e ? Number(g.e) : Number([...g.sup!].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    const at = m.index + m[0].length;
    const ops = OPERATIONS.exec(text.slice(at, at + 60));
    const noun = ops ? { unit: 'operation', end: at + ops[0].length } : countedAfter(text, at, false);
    if (!noun) return [];
    const factor = g.m ? Number(g.m) : 1;
    return [withHedge(text, { kind: 'count', value: Number((factor * 10 ** e).toPrecision(12)), unit: noun.unit, precision: 10 ** e, text: '', index: m.index, end: noun.end })];
  });
}

/** Words of a benchmark result before a score. */
const SCORE_CUE = /\b(?:scor(?:e|es|ed|ing)|benchmarks?)\b/i;
/** A score: a number with decimals up to 100, not glued to a word, a sign or another number. */
const SCORE = /(?<![\p{L}\p{N}_.,/#^×$€£¥%-])(?:100|\d{1,2})\.\d{1,2}(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|per\s?cent|percent|x\b|times\b))/gu;
/** After a score: the end of the clause, or a word that goes on to compare it ("to 85.7", "against 85.5 for V3", "on MMLU"). */
const SCORE_AFTER = /^(?:\s*$|\s*[,.;:)\]]|\s+(?:to|for|on|against|and|or|versus|vs\.?|in|over|from|with|compared|while|out|after|before|at|by|points?)\b)/i;
/** Before a score: a name with a version ("Llama 3.1", "Claude 3.5", "version 2.5"), which the number belongs to. */
const VERSION_BEFORE = /(?:\p{Lu}[\p{L}\p{N}-]*|\bv(?:ersion)?\.?)\s$/u;

/** Benchmark scores: a decimal number after a word of scoring in its sentence ("scores 89.4", "a score of 79.5", "rose from 70.1 to 85.7"). */
export function scoreFigures(text: string, taken: readonly { index: number; end: number }[]): WordFigure[] {
  // A decimal number first (cheap), then a word of scoring.
  if (!/\d\.\d/.test(text) || !SCORE_CUE.test(text)) return NONE;
  const out: WordFigure[] = [];
  for (const m of text.matchAll(SCORE)) {
    const end = m.index + m[0].length;
    if (taken.some((f) => m.index < f.end && end > f.index)) continue;
    // The cue lies before the score in its sentence, at most 100 characters back.
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const cut = before.search(/[.!?]\s+\p{Lu}[^.!?]*$/u);
    const sentence = cut >= 0 ? before.slice(cut + 1) : before;
    if (!SCORE_CUE.test(sentence) || VERSION_BEFORE.test(before) || !SCORE_AFTER.test(text.slice(end, end + 12))) continue;
    out.push(withHedge(text, { kind: 'count', value: Number(m[0]), unit: 'score', precision: 10 ** -(m[0].length - m[0].indexOf('.') - 1), text: '', index: m.index, end }));
  }
  return out;
}

/** Takes a hedge right before the figure into it ("roughly two dozen countries"), and sets its text. */
function withHedge(text: string, f: WordFigure): WordFigure {
  const h = hedgeBefore(text, f.index);
  if (h) {
    const approx = hedgeOf(h.hedge, false);
    if (approx) f.approx = approx;
    f.index = h.start;
  }
  f.text = text.slice(f.index, f.end);
  return f;
}

/** Counts, ratios and money in words, and powers of ten, in a text. */
export function wordFigures(text: string): WordFigure[] {
  // Most texts hold none: no array is built for those (this runs on every paragraph).
  let out: WordFigure[] | undefined;
  for (const found of [wordRatios(text), wordCounts(text), wordMoney(text), powerFigures(text), scaledCounts(text)]) if (found.length) (out ??= []).push(...found);
  return out ?? NONE;
}


