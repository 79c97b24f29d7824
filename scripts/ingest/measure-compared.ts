/**
 * A bare amount set against a rate stated just before it ("R1 is priced at $2.19 per million output
 * tokens, compared with $60 for o1"; "…; Orbis's model costs $60"): the same kind of rate, for the
 * thing it is compared with, though the text leaves the "per million tokens" unsaid.
 */

/** What may stand between the rate and the amount: a comparison or a contrasting clause, and no sentence end. */
const SET_AGAINST = /^[^.!?$€£¥]{0,60}$/;
const COMPARISON = /\b(?:compared (?:with|to)|against|versus|vs\.?|while|whereas|than)\b|;/i;

/**
 * The measure of the bare money amount whose text begins at `start` in `sentence`, where it is set against the
 * last API price stated before it in the sentence (`rates`: measure and end offset, in order); undefined otherwise.
 */
export function comparedRate(sentence: string, start: number, rates: readonly { measure: string; end: number }[]): string | undefined {
  const last = rates.at(-1);
  if (!last || last.end > start || !last.measure.startsWith('API price')) return undefined;
  const between = sentence.slice(last.end, start);
  return SET_AGAINST.test(between) && COMPARISON.test(between) ? last.measure : undefined;
}
