/**
 * One quantity restated or disputed stays within one order of magnitude. Of the 227 labelled
 * disagreements of the open sets none spans more than 4× (Huawei's Ascend output reported as 100,000
 * and 400,000), while the look-alikes the ledger lumped together when every open set's articles were read
 * as one corpus (scripts/eval/pooled.ts) were mostly 5–1,000× apart: $0.81 a share beside $44 billion
 * of revenue, "two dies" beside "two million dies", a $6.6 billion share sale beside a $500 billion
 * valuation, 2,400 smuggled GPUs beside a 100,000-GPU cluster. Such a pair is two quantities that
 * happen to share a measure's name, not one quantity in dispute.
 */

/** The largest step between neighbouring values of one group: past it, a new run starts. 5×, not 4×: a reported 10,000 against 50,000 GPUs is a dispute. */
export const MAX_STEP = 5;

/**
 * Cuts one measure's figures, in value order, wherever a value is more than {@link MAX_STEP} times the
 * highest before it (a range's top counts); each run is compared on its own. Values that are not both
 * positive are never cut apart (a change of 0 % against one of 3 % is a question for the change rules).
 */
export function byMagnitude<T extends { value: number; high?: number }>(list: readonly T[]): T[][] {
  const runs: T[][] = [];
  let top = Number.NaN;
  for (const f of list.toSorted((a, b) => a.value - b.value)) {
    if (runs.length === 0 || (top > 0 && f.value > top * MAX_STEP)) runs.push([f]);
    else runs.at(-1)!.push(f);
    top = runs.at(-1)!.length === 1 ? (f.high ?? f.value) : Math.max(top, f.high ?? f.value);
  }
  return runs;
}
