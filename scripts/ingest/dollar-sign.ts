/**
 * Which currency a bare "$" stands for in one article. Most articles mean the US dollar; a Canadian,
 * Australian or New Zealand paper writes its own dollar bare and marks the US one ("US$600-billion",
 * "$US6 million"). So in an article that marks US dollars and names one dollar country's places at
 * least twice (more than any other's), a bare "$" is that country's dollar — unless the amount is
 * marked US after it ("$600-billion (U.S.)"). The twin of yen-sign.ts, for the other ambiguous sign.
 */
import { count } from './yen-sign.ts';

/** US dollars marked as such: the sign of a paper whose own dollar is written bare. */
const MARKED_US = /US\$|\$US|\bUSD\b|\bU\.?S\.? dollars\b/;
const COUNTRIES: readonly [string, RegExp][] = [
  ['CAD', /\b(?:Canada|Canadian|Canadians|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|TSX)\b/g],
  ['AUD', /\b(?:Australia|Australian|Australians|Sydney|Melbourne|Canberra|Brisbane|Perth|Adelaide|ASX)\b/g],
  ['NZD', /\b(?:New Zealand|Auckland|Wellington|NZX)\b/g],
];
/** Fewest mentions of the country for its dollar to be the bare sign's. */
const MIN_MENTIONS = 2;

/** The currency a bare "$" means in an article made of these texts: 'USD', or a dollar country's code. */
export function dollarSignCurrency(texts: readonly string[]): string {
  if (!texts.some((t) => MARKED_US.test(t))) return 'USD';
  const counts = COUNTRIES.map(([code, re]) => [code, count(re, texts)] as const).sort((a, b) => b[1] - a[1]);
  const [top, next] = counts;
  return top![1] >= MIN_MENTIONS && top![1] > next![1] ? top![0] : 'USD';
}

/** A bare "$" before the number (not "US$", "$US", "C$", "A$"…). */
const BARE_SIGN = /(?<![\p{L}$])\$(?!US)\s?\d/u;
/** "(U.S.)" or "(US)" right after an amount: a US dollar however the sign is written. */
const US_AFTER = /^\s*\((?:U\.S\.|US|USD)\)/;

/** The figure's currency with a bare "$" read as `local` (see {@link dollarSignCurrency}); `text`: the paragraph it is in. */
export function withDollarSign<F extends { unit: string; text: string; end: number }>(f: F, text: string, local: string): F {
  if (local === 'USD' || f.unit !== 'USD' || !BARE_SIGN.test(f.text) || US_AFTER.test(text.slice(f.end, f.end + 8))) return f;
  return { ...f, unit: local };
}
