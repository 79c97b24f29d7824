import { describe, expect, it } from 'vitest';
import { byMagnitude, MAX_STEP } from './magnitude.ts';

const values = (runs: { value: number }[][]) => runs.map((r) => r.map((f) => f.value));

describe('byMagnitude', () => {
  it('keeps rounding variants and disputes within a few times of each other together', () => {
    expect(values(byMagnitude([{ value: 6e6 }, { value: 5.576e6 }, { value: 5.6e6 }]))).toEqual([[5.576e6, 5.6e6, 6e6]]);
    expect(values(byMagnitude([{ value: 9e9 }, { value: 3e9 }]))).toEqual([[3e9, 9e9]]);
    expect(values(byMagnitude([{ value: 100_000 }, { value: 400_000 }, { value: 200_000 }]))).toEqual([[100_000, 200_000, 400_000]]);
    // Exactly MAX_STEP apart is still one quantity in dispute.
    expect(values(byMagnitude([{ value: 10_000 }, { value: 10_000 * MAX_STEP }]))).toEqual([[10_000, 50_000]]);
  });

  it('cuts quantities an order of magnitude apart into runs of their own', () => {
    expect(values(byMagnitude([{ value: 44e9 }, { value: 0.81 }, { value: 44.1e9 }]))).toEqual([[0.81], [44e9, 44.1e9]]);
    expect(values(byMagnitude([{ value: 2 }, { value: 2e6 }, { value: 2 }, { value: 2.1e6 }]))).toEqual([[2, 2], [2e6, 2.1e6]]);
    expect(values(byMagnitude([{ value: 294_000 }, { value: 5.6e6 }, { value: 6e6 }]))).toEqual([[294_000], [5.6e6, 6e6]]);
  });

  it('measures the step from the top of a range, and never cuts values that are not positive', () => {
    // "$10 billion to $60 billion" reaches $100 billion's run's neighbourhood: one run.
    expect(values(byMagnitude([{ value: 10e9, high: 60e9 }, { value: 100e9 }]))).toEqual([[10e9, 100e9]]);
    expect(values(byMagnitude([{ value: 0 }, { value: 3 }]))).toEqual([[0, 3]]);
    expect(values(byMagnitude([{ value: -17 }, { value: 2 }]))).toEqual([[-17, 2]]);
  });
});
