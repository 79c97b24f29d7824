import { describe, expect, it } from 'vitest';
import { allSameUpToRounding, precisionOf, sameUpToRounding } from './rounding.ts';

describe('precisionOf', () => {
  it.each([
    [6_000_000, 1_000_000],
    [5_600_000, 100_000],
    [157, 1],
    [0.25, 0.01],
    [90, 10],
  ])('%d → %d', (value, unit) => expect(precisionOf(value)).toBeCloseTo(unit));
});

describe('sameUpToRounding', () => {
  it.each([
    [6_000_000, 5_600_000, true],
    [5_600_000, 6_000_000, true],
    [6_000_000, 5_400_000, false], // rounds to $5 million
    [6_000_000, 6_000_000, true],
    [100_000_000, 96_000_000, true],
    [100_000_000, 90_000_000, false], // 10% apart: a different figure
    [157_000_000_000, 175_000_000_000, false],
    [5_600_000, 5_700_000, false], // same precision, different values
  ])('%d and %d → %s', (a, b, same) => expect(sameUpToRounding(a, b)).toBe(same));

  it('holds for a whole group only when every pair holds', () => {
    expect(allSameUpToRounding([6_000_000, 5_600_000])).toBe(true);
    expect(allSameUpToRounding([6_000_000, 5_600_000, 5_700_000])).toBe(false);
  });
});
