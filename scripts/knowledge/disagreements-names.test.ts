import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import { findDisagreements, type LedgerFigure } from './disagreements.ts';

const sentences = new Map<LedgerFigure, string>();
/** A ledger figure about a name the gazetteer lacks, from an invented sentence. */
function named(source: string, text: string, subjectName: string, measure: string): LedgerFigure {
  const { index: _i, end: _e, ...f } = extractFigures(text)[0]!;
  const made: LedgerFigure = { ...f, p: 1, start: 0, end: text.length, measure, subjectName, subjectFrom: 'sentence', source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}
const find = (figures: readonly LedgerFigure[]) => findDisagreements(figures, (f) => sentences.get(f)!);

describe('findDisagreements: subjects the gazetteer lacks', () => {
  it('groups figures about one name across sources, however the name is written, and shows it as the first source writes it', () => {
    const found = find([named('a', 'Vantor Inc. is valued at $9 billion.', 'Vantor Inc.', 'valuation'), named('b', "The Vantor's valuation is $12 billion.", "The Vantor's", 'valuation')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subjectName: 'Vantor Inc.', kind: 'conflict', sources: 2 });
    expect(found[0]!.entity).toBeUndefined();
  });
  it('never groups different names, nor a name with an entity, nor one source with itself', () => {
    expect(find([named('a', 'Vantor is valued at $9 billion.', 'Vantor', 'valuation'), named('b', 'Vantor Compute is valued at $12 billion.', 'Vantor Compute', 'valuation')])).toEqual([]);
    const entity = { ...named('b', 'Orbis is valued at $12 billion.', 'x', 'valuation'), entity: 'vantor' };
    delete entity.subjectName;
    sentences.set(entity, 'Orbis is valued at $12 billion.');
    expect(find([named('a', 'Vantor is valued at $9 billion.', 'Vantor', 'valuation'), entity])).toEqual([]);
    expect(find([named('a', 'Vantor is valued at $9 billion.', 'Vantor', 'valuation'), named('a', 'Vantor was valued at $12 billion.', 'Vantor', 'valuation')])).toEqual([]);
  });
  it('keeps the scope rules: a planned figure never meets a current one', () => {
    expect(find([named('a', 'Vantor has 300 employees.', 'Vantor', 'headcount'), named('b', 'Vantor plans to have 900 employees by 2027.', 'Vantor', 'headcount')])).toEqual([]);
  });
});
