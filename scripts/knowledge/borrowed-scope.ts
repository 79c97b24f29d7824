/**
 * Figures that take another figure's scope from their sentence: a conversion ("380 billion yuan, or
 * about $52 billion"), a part of the figure just stated ("$41.1 billion of that"), and an expectation
 * a figure beat or missed ("beating forecasts of $38.1 billion"). Split from figure-scope.ts, which
 * reads the scope itself.
 */
import { extractFigures } from '../ingest/figures.ts';

/** A figure, then ", or" or an opening bracket, right before another figure: the later one restates it ("Rmb380bn ($53bn)", "380 billion yuan, or about $52 billion"). */
const RESTATED = /(?:\p{Sc}|\b[A-Z][A-Za-z]{1,3}\$?)?\s?\d[\d.,]*(?:\s?(?:bn|mn|tn|billion|million|trillion))?(?:\s+\p{L}+)?(?=\s*(?:,\s*or|\()\s*$)/u;
/** The same, set off by a bare comma ("380 billion yuan, about $53 billion, in …"): a conversion only where the two are in different currencies (else a list). */
const RESTATED_COMMA = /(?:\p{Sc}|\b[A-Z][A-Za-z]{1,3}\$?)?\s?\d[\d.,]*(?:\s?(?:bn|mn|tn|billion|million|trillion))?(?:\s+\p{L}+)?(?=\s*,\s*$)/u;
/** The currency of the first money figure in a text, by the figure reader. */
const currencyOf = (text: string) => extractFigures(text).find((f) => f.kind === 'money')?.unit;

/** The span of the figure the one at `start`–`end` restates in another currency or unit, if it does. */
export function restatedFigure(sentence: string, start: number, end: number): [number, number] | undefined {
  const before = sentence.slice(Math.max(0, start - 60), start);
  let original = RESTATED.exec(before);
  if (!original) {
    const comma = RESTATED_COMMA.exec(before);
    const was = comma && currencyOf(comma[0]);
    const now = was && currencyOf(sentence.slice(start, end));
    if (now && now !== was) original = comma;
  }
  if (!original) return undefined;
  const at = start - before.length + original.index;
  return [at, at + original[0].length];
}

/** Right after a figure, the figure before it as a whole it is part of ("$41.1 billion of that", "of the total"). */
const PART_OF_BEFORE = /^\s+of (?:that|it|this|the total|the sum)\b/i;
/** Right before a figure, a part named as what drove or is included in the figure before it ("revenue of $130.5 billion, driven by data-centre sales of $115.2 billion", "including … of"): its span is that figure's. */
const PART_NAMED_BEFORE = /\b(?:(?:driven|boosted|fuell?ed|powered|lifted|helped|led) by|including)\s+(?:(?:its|the|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}(?:of|at|worth)\s+$/iu;
/** Right before a figure, an expectation the figure before it beat or missed ("…$39.3 billion, beating forecasts of $38.1 billion"): the expectation for that figure's span. */
const EXPECTED_OF = /\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|topp(?:ing|ed)|exceed(?:ing|ed|s)?|above|below|ahead of|short of|against)\s+(?:the\s+)?(?:analysts['’]?\s+)?(?:average\s+|consensus\s+)?(?:forecasts?|estimates?|expectations?)\s+(?:of|for)\s+$/i;

/** The span of the figure the one at `start`–`end` is a part of, or the expectation for: the last one before it of the same kind (money before money, not a change between them). */
export function wholeFigure(sentence: string, start: number, end: number): [number, number] | undefined {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (!PART_OF_BEFORE.test(sentence.slice(end, end + 24)) && !EXPECTED_OF.test(before) && !PART_NAMED_BEFORE.test(before)) return undefined;
  const kind = extractFigures(sentence.slice(start, end))[0]?.kind;
  const whole = extractFigures(sentence.slice(0, start)).findLast((f) => f.kind === kind);
  return whole && [whole.index, whole.end];
}
