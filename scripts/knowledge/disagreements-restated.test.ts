import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import { findDisagreements, type LedgerFigure } from './disagreements.ts';

const sentences = new Map<LedgerFigure, string>();
/** A ledger figure of an invented sentence (its first figure), as the link stage records it. */
function fig(source: string, text: string): LedgerFigure {
  const { index: _i, end: _e, ...f } = extractFigures(text)[0]!;
  const made: LedgerFigure = { ...f, p: 1, start: 0, end: text.length, measure: 'training cost', entity: 'orbis-2', subjectFrom: 'sentence', source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}
const published = new Map([['a', '2025-01-10'], ['b', '2025-01-28'], ['c', '2025-01-29'], ['d', '2025-02-02'], ['e', '2025-02-03'], ['f', '2025-02-04']]);

describe('undated restatements of a quantity that dated figures split', () => {
  it('join the set most sources put the quantity in, rather than being left out', () => {
    const figures = [
      // Two dated statements that fall in different sets: "last month" (December) and "this week" (late January).
      fig('a', 'Training Orbis-2 cost $5.6 million last month, the lab said.'),
      fig('b', 'This week the lab put the cost of training Orbis-2 at about $6 million.'),
      // Undated restatements, which fit either set.
      fig('c', 'Orbis-2 cost $5.576 million to train.'),
      fig('d', 'Orbis-2 was trained for about $5.6 million.'),
      fig('e', 'Orbis-2 cost roughly $6 million to train.'),
    ];
    const found = findDisagreements(figures, (f) => sentences.get(f)!, published);
    const listed = new Set(found.flatMap((d) => d.figures.map((f) => f.source)));
    for (const s of ['c', 'd', 'e']) expect(listed, s).toContain(s);
    expect(found.every((d) => d.kind === 'rounding')).toBe(true);
  });
});
