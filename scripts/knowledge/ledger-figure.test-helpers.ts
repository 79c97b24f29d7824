/** Ledger figures from invented sentences, for the disagreement and scope tests. */
import { extractFigures } from '../ingest/figures.ts';
import { findDisagreements as find, type LedgerFigure } from './disagreements.ts';

/** Each test figure's sentence (figures point at theirs by offsets). */
const sentences = new Map<LedgerFigure, string>();

/** A ledger figure as the link stage would record it, from an invented sentence (its figure numbered `nth`), in paragraph `p`. */
export function fig(source: string, text: string, entity: string, measure: string, nth = 0, p = 1): LedgerFigure {
  const { index: _i, end: _e, ...f } = extractFigures(text)[nth]!;
  const made: LedgerFigure = { ...f, p, start: 0, end: text.length, measure, entity, subjectFrom: 'sentence', source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}

/** findDisagreements over figures made by `fig`, reading each one's sentence. */
export const findDisagreements = (figures: readonly LedgerFigure[], published: ReadonlyMap<string, string>) => find(figures, (f) => sentences.get(f)!, published);
