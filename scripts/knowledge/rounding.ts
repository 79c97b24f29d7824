/**
 * The place value of a number's last non-zero digit: 6000000 → 1000000, 5600000 → 100000, 0.25 → 0.01.
 * It stands for the precision the figure was given at.
 */
export function precisionOf(value: number): number {
  if (value === 0) return 1;
  let unit = 10 ** Math.floor(Math.log10(Math.abs(value)));
  // Step down until the value is a whole multiple of the unit (with float tolerance).
  while (Math.abs(value / unit - Math.round(value / unit)) > 1e-9) unit /= 10;
  return unit;
}

/** Largest relative gap two figures may have and still count as one figure rounded differently. */
export const MAX_ROUNDING_GAP = 0.1;

/**
 * Whether two figures are the same figure given at different precision: the more precise one,
 * rounded to the precision of the other, equals the other, and they are less than
 * {@link MAX_ROUNDING_GAP} apart ($6 million and $5.6 million: yes; $6 million and $5.4 million: no).
 */
export function sameUpToRounding(a: number, b: number): boolean {
  if (a === b) return true;
  const [coarse, fine] = precisionOf(a) >= precisionOf(b) ? [a, b] : [b, a];
  const unit = precisionOf(coarse);
  if (precisionOf(fine) >= unit) return false;
  return Math.round(fine / unit) * unit === coarse && Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < MAX_ROUNDING_GAP;
}

/** Whether every pair of values is the same figure up to rounding. */
export function allSameUpToRounding(values: readonly number[]): boolean {
  return values.every((a, i) => values.slice(i + 1).every((b) => sameUpToRounding(a, b)));
}
