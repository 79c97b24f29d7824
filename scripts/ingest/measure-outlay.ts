/**
 * What an outlay is, read from the words right after its amount, over cue words elsewhere in the
 * sentence (measure-phrases.ts asks): money paid for a stake in a company is an investment ("paid
 * $14bn for a 49% stake", though the sentence goes on to say someone "raised" or "lost" something),
 * and money committed to infrastructure is an infrastructure investment, not one backer's part of a
 * shared venture.
 */

/** Right after the amount: "for a (49%) stake", "for a minority stake in", "to buy a stake", "for part of". */
const FOR_STAKE = /^\s+(?:for|to (?:buy|acquire|take))\s+(?:a|an|its|the|their)\s+(?:[\p{L}\d%.-]+\s+){0,3}(?:stake|holding|shareholding|equity)\b/iu;
/** Right after a committed amount: "to AI and cloud infrastructure", "for data-centre infrastructure". */
const TO_INFRASTRUCTURE = /^\s+(?:to|for|on|in|into)\s+(?:[\p{L}-]+\s+){0,4}infrastructure\b/iu;

/** The measure an outlay's own phrase gives it, if any: `measure` is the one the cue words gave. */
export function outlayMeasure(measure: string, after: string): string | undefined {
  if (FOR_STAKE.test(after)) return 'investment';
  if (measure === 'commitment' && TO_INFRASTRUCTURE.test(after)) return 'infrastructure investment';
  return undefined;
}
