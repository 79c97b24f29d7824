import { describe, expect, it } from 'vitest';
import { segmentScoped } from './business-part.ts';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';

/** The measure of the figure of an invented sentence whose text starts with `figure`. */
const measure = (s: string, figure: string) => {
  const f = extractFigures(s).find((g) => g.text.startsWith(figure))!;
  return segmentScoped(measureOf(f, s, f.index, f.end), s, f.index, f.end);
};

describe('measureOf: token prices by side, in other words than "input" and "output" tokens', () => {
  it('reads the side from the figure\'s clause, before or after the figure', () => {
    expect(measure('Orbis-R charges $0.55 per million tokens of input.', '$0.55')).toBe('API price (input)');
    expect(measure('Output from Orbis-R is priced at $2.19 per million tokens.', '$2.19')).toBe('API price (output)');
    expect(measure('Orbis-R bills $2.19 for every million tokens it generates.', '$2.19')).toBe('API price (output)');
    expect(measure('Prompts cost $0.30 per million tokens on Zephyr, completions $1.20 per million tokens.', '$1.20')).toBe('API price (output)');
    expect(measure('Prompts cost $0.30 per million tokens on Zephyr, completions $1.20 per million tokens.', '$0.30')).toBe('API price (input)');
    // A price naming no side stays the list price, not either side.
    expect(measure('Orbis-R costs $2.19 per million tokens.', '$2.19')).toBe('API price');
  });
});

describe("measureOf: a person's wealth, and what a share move leaves a company worth", () => {
  it("reads a person's net worth or fortune as their wealth, not the company's market value lost", () => {
    expect(measure('Zephyr founder Ana Velt saw roughly $5 billion wiped off her net worth.', 'roughly $5 billion')).toBe('personal wealth');
    expect(measure("Velt's personal fortune shrank by $5 billion on Monday.", '$5 billion')).toBe('personal wealth');
    expect(measure('Zephyr lost about $8 billion in market value on the day.', 'about $8 billion')).toBe('market value loss');
  });
  it('reads what a share move leaves a listed company worth as its market value, and a round\'s as a valuation', () => {
    expect(measure("Orbis shares sank 17% on Monday, wiping $589 billion off its value and leaving it worth $2.9 trillion.", '$2.9 trillion')).toBe('market value');
    expect(measure('The stock slid 6%, leaving Orbis valued at about $2.8 trillion at the close.', 'about $2.8 trillion')).toBe('market value');
    // No share move: the amount a funding round leaves a start-up valued at.
    expect(measure('The round left Zephyr valued at $3.3 billion.', '$3.3 billion')).toBe('valuation');
  });
});

describe('measureOf: plural measure nouns', () => {
  it('reads "capital expenditures" as capital expenditure, not a generic cost', () => {
    expect(measure('Orbis spent $13.69 billion on capital expenditures in the quarter.', '$13.69')).toBe('capital expenditure');
  });
});

describe('segmentScoped: a part named by "business" beside a verb of earning', () => {
  it('reads revenue stated with no word "revenue" as the part\'s', () => {
    expect(measure("Of that, Orbis's data-centre business brought in $35.6bn.", '$35.6bn')).toBe('data centre revenue');
    expect(measure('Orbis booked about $39 billion in sales in its fourth quarter.', 'about $39 billion')).toBe('revenue');
  });
});
