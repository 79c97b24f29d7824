import type { FigureKind } from './figures.ts';

/** What a figure measures, told by cue words in its sentence; the first rule that matches wins. */
interface QuantityRule {
  label: string;
  kinds: readonly FigureKind[];
  cue: RegExp;
}

const RULES: readonly QuantityRule[] = [
  { label: 'valuation', kinds: ['money'], cue: /\bvaluation|\bvalued at/i },
  { label: 'operating costs', kinds: ['money'], cue: /\boperating cost|\bexpenses|\brunning cost/i },
  { label: 'assets', kinds: ['money'], cue: /\bassets\b|\bunder management/i },
  { label: 'training cost', kinds: ['money'], cue: /\btrain(?:ed|ing)?\b|\bcost\b|\bbudget\b|\bcomput(?:e|ing) power/i },
  { label: 'investment', kinds: ['money'], cue: /\binvest|\bpledge|\bfund|\braised?\b|\bbacking|\bcapital\b/i },
  { label: 'revenue', kinds: ['money'], cue: /\brevenue|\bsales\b|\bearn/i },
  { label: 'price change', kinds: ['percent'], cue: /\bpric|\bcut|\breduc|\bdiscount/i },
  { label: 'market share', kinds: ['percent'], cue: /\bshare\b|\bmarket\b/i },
  { label: 'age', kinds: ['number'], cue: /\byears?[- ]old\b/i },
  { label: 'headcount', kinds: ['number'], cue: /\bemployees|\bstaff\b|\bworkers\b/i },
  { label: 'chip count', kinds: ['number'], cue: /\bchips?\b|\bGPUs?\b|\bprocessors?\b/i },
  { label: 'parameter count', kinds: ['number', 'money'], cue: /\bparameters?\b/i },
];

/** Names what a figure in `sentence` measures ("training cost", "valuation"), or a generic label. */
export function quantityOf(kind: FigureKind, sentence: string): string {
  return RULES.find((r) => r.kinds.includes(kind) && r.cue.test(sentence))?.label ?? { money: 'amount', percent: 'percentage', number: 'count', year: 'year' }[kind];
}
