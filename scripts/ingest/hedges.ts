/**
 * Hedge words before a figure ("about", "more than", "up to", "~"): they stay part of the figure as
 * written, and say whether its value is approximate, a floor or a ceiling.
 */

/** How a figure is hedged in the text: `about` for "about/around/nearly/~", `over` for "over/more than/+", `under` for "under/up to/less than". */
export type Approx = 'about' | 'over' | 'under';

export const HEDGE = String.raw`well over|well above|just over|just above|more than|over|above|at least|upwards of|nearly|almost|about|around|roughly|approximately|some|an estimated|close to|up to|under|less than|fewer than|below|at most|just under|well under|well below|just below|~`;

/** A hedge just before an amount the main pattern did not take with it ("well over $500 million" across a line). */
export const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(${HEDGE}|between)\s+$|(~)\s?$`, 'i');

export const hedgeOf = (h: string | undefined, plus: boolean): Approx | undefined => {
  if (plus) return 'over';
  if (!h || /^between$/i.test(h)) return undefined;
  const w = h.toLowerCase();
  if (/over|more|above|least|upwards/.test(w)) return 'over';
  if (/up to|under|less|fewer|below|most/.test(w)) return 'under';
  return 'about';
};

/** "No more than", "not less than": a bound negated is the bound on the other side ("no more than 200,000" is at most 200,000). */
export const negatedHedge = (approx: Approx | undefined, before: string): Approx | undefined =>
  (approx === 'over' || approx === 'under') && /\b(?:no|not)\s+$/i.test(before) ? (approx === 'over' ? 'under' : 'over') : approx;

/** The hedge right before `at` in `text` (up to 20 characters back), with where it starts; "between" opens a range, not a hedge. */
export function hedgeBefore(text: string, at: number): { hedge: string; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 20), at);
  const found = HEDGE_BEFORE.exec(before);
  if (!found || /^between$/i.test(found[1] ?? '')) return undefined;
  const hedge = (found[1] ?? found[2])!;
  return { hedge, start: at - before.length + found.index + found[0].indexOf(hedge) };
}
