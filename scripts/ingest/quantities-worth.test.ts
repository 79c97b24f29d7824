import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';

/** The measure of the figure of an invented sentence whose text holds `figure`. */
const measure = (s: string, figure: string) => {
  const f = extractFigures(s).find((g) => g.text.includes(figure))!;
  return measureOf(f, s, f.index, f.end);
};

describe('measureOf: what a market was worth to a company', () => {
  it('reads "<market> was worth $N to <company>" as revenue, with any currency prefix', () => {
    expect(measure('Europe was worth $4.2 billion to Kestrel Systems last year.', '$4.2')).toBe('revenue');
    expect(measure('Japan is worth about €900 million a year to Valdor.', '€900')).toBe('revenue');
    expect(measure('The Indian market was worth roughly US$2.3 billion to Halvern in fiscal 2024.', '2.3')).toBe('revenue');
    expect(measure('Korea has been worth some $1.1 billion annually to Pryce Labs.', '$1.1')).toBe('revenue');
  });
  it('leaves goods worth an amount to a company, and a company worth an amount, as before', () => {
    expect(measure('Buyers ordered 20,000 units last year, worth about $3 billion to Valdor.', '$3 billion')).not.toBe('revenue');
    expect(measure('The start-up is now worth $3 billion.', '$3 billion')).toBe('valuation');
  });
});

describe("measureOf: a company's milestone is its market value", () => {
  it('reads "the first company worth $N", "the second chipmaker to close above $N" as market value', () => {
    expect(measure('Kestrel became the first company worth $5 trillion on Monday.', '$5 trillion')).toBe('market value');
    expect(measure('Halvern is the second chipmaker to close above $2 trillion.', '$2 trillion')).toBe('market value');
    expect(measure('Pryce became the only company ever to top $3.5 trillion.', '$3.5')).toBe('market value');
    expect(measure('Valdor, the most valuable company to reach $3 trillion, gained again.', '$3 trillion')).toBe('market value');
    // Not a milestone: a round's valuation.
    expect(measure('Investors valued the company at $3 billion.', '$3 billion')).toBe('valuation');
  });
});

describe('measureOf: a lettered round is money raised', () => {
  it('reads "a $2 billion Series C" as funding beside the valuation named with it', () => {
    expect(measure('Pryce closed a $2 billion Series C at a valuation of $40 billion.', '$2 billion')).toBe('funding');
    expect(measure('Pryce closed a $2 billion Series C at a valuation of $40 billion.', '$40 billion')).toBe('valuation');
    expect(measure('The $750 million series D values Kestrel at $9 billion.', '$750')).toBe('funding');
    expect(measure('The $750 million series D values Kestrel at $9 billion.', '$9 billion')).toBe('valuation');
    expect(measure('Its Series A, of $25 million, came in 2023.', '$25')).toBe('funding');
  });
});
