/**
 * A first part of a larger sum ("with $100 billion to be deployed immediately", "the first $100
 * billion"): a scope of its own, so it never compares with the whole commitment. Split from
 * figure-scope.ts, which reads the rest of a figure's scope.
 */

/** Right before the amount: the first part of it ("the first $100 billion", "an initial $40bn", "the first tranche of"). */
const FIRST_TRANCHE = /\b(?:the|an?|its|their)\s+(?:first|initial|opening)\s+(?:tranche\s+of\s+)?$/i;
/** Right after it: spent at once ("to be deployed immediately", "available up front"). */
const AT_ONCE = /^\s+(?:(?:is|was|will be|would be|to be)\s+)?(?:deployed|invested|spent|committed|available|put in)\s+["“]?(?:immediately|at once|up front|upfront|right away|initially)\b/i;
/** A figure with a currency: only money comes in tranches. */
const MONEY = /[$€£¥]|\b(?:dollars?|yuan|euros?|pounds?|yen|USD|CNY|RMB|EUR)\b/;

/** Whether the money figure at `start`–`end` in `sentence` is the first part of a larger sum. */
export function isFirstTranche(sentence: string, start: number, end: number): boolean {
  if (!MONEY.test(sentence.slice(start, end))) return false;
  return FIRST_TRANCHE.test(sentence.slice(Math.max(0, start - 30), start)) || AT_ONCE.test(sentence.slice(end, end + 40));
}
