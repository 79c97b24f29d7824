import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import type { FigureFact } from '../ingest/figure-fact.ts';
import { agree } from './agreement.ts';

/** The first figure of an invented sentence, as the ledger records it (where it sits does not matter here). */
const first = (text: string): FigureFact => ({ ...extractFigures(text)[0]!, measure: 'price', p: 1, start: 0, end: text.length });

describe('extractFigures: a hedged two-digit round number is rounded to the ten', () => {
  it('lets "about 30 cents" restate $0.28, while a bare "30 cents" and "about 31 cents" do not', () => {
    const exact = first('It costs $0.28 per million tokens.');
    const about30 = first('It costs about 30 cents per million tokens.');
    const bare30 = first('It costs 30 cents per million tokens.');
    const about31 = first('It costs about 31 cents per million tokens.');
    expect(agree(exact, about30)).toBe(true);
    expect(agree(exact, bare30)).toBe(false);
    expect(agree(exact, about31)).toBe(false);
    // Nor does the hedge stretch a value half as large again ("$12 billion" is not "about $20 billion").
    const twelve = first('It raised $12 billion.');
    const about20 = first('It raised about $20 billion.');
    expect(agree(twelve, about20)).toBe(false);
  });
});
