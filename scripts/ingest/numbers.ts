/**
 * Numbers: every number a sentence states — money, percentages, years and other standalone
 * numbers — normalised so that "$5.6 million" and "$5,600,000", or "90%" and "90 percent", compare
 * equal. Used by the citation checker: a cited paragraph must contain all the numbers of the
 * sentence citing it, bare numbers included. (The figures ledger keeps only quantities with a unit:
 * see figures.ts.)
 */

export type NumberKind = 'money' | 'percent' | 'year' | 'number';

export interface StatedNumber {
  kind: NumberKind;
  /** Normalised value, e.g. 5600000 for "$5.6 million". */
  value: number;
  /** The figure as written. */
  text: string;
  /** Offset of the figure in the text. */
  index: number;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, trn: 1e12, tn: 1e12, t: 1e12,
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** `$5.6 million`, `US$ 500bn`, `$7 billion`; also `5 billion dollars` / `USD 5 million`. */
const MONEY = new RegExp(
  String.raw`(?:US\s?)?\$\s?(${NUM})(?:\s?(thousand|million|billion|trillion|bn|mn|trn|tn|[kmbt])\b)?` +
    String.raw`|(?:USD\s?)?(${NUM})\s?(thousand|million|billion|trillion)?\s(?:US\s)?dollars\b|USD\s?(${NUM})(?:\s?(thousand|million|billion|trillion)\b)?`,
  'giu',
);
const PERCENT = new RegExp(String.raw`(${NUM})\s?(?:%|per\s?cent\b)`, 'giu');
/** A number standing alone: not glued to letters or digits ("A100", "GPT-4", "01.AI", "7nm"). */
const STANDALONE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$-])(${NUM})(?![\p{L}\p{N}]|[.,]\p{L}|[.,]\d)`, 'gu');
const YEAR = /^(?:1[89]|20)\d\d$/;

const toNumber = (s: string) => Number(s.replace(/,/g, ''));

/** All figures in a text, in order of appearance. */
export function extractNumbers(text: string): StatedNumber[] {
  // Most sentences state no number at all: skip the patterns for them.
  if (!/\d/.test(text)) return [];
  const found: StatedNumber[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (f: StatedNumber, end: number) => {
    found.push(f);
    taken.push([f.index, end]);
  };
  for (const m of text.matchAll(MONEY)) {
    const amount = m[1] ?? m[3] ?? m[5]!;
    const scale = (m[2] ?? m[4] ?? m[6] ?? '').toLowerCase();
    add({ kind: 'money', value: Math.round(toNumber(amount) * (SCALE[scale] ?? 1)), text: m[0].trim(), index: m.index }, m.index + m[0].length);
  }
  for (const m of text.matchAll(PERCENT)) {
    if (free(m.index, m.index + m[0].length)) add({ kind: 'percent', value: toNumber(m[1]!), text: m[0], index: m.index }, m.index + m[0].length);
  }
  for (const m of text.matchAll(STANDALONE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const kind = YEAR.test(m[1]!) ? 'year' : 'number';
    add({ kind, value: toNumber(m[1]!), text: m[0], index: m.index }, m.index + m[0].length);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A key that is equal for equal figures: `money:5600000`, `percent:90`, `year:2022`. */
export const numberKey = (f: Pick<StatedNumber, 'kind' | 'value'>) => `${f.kind}:${f.value}`;
