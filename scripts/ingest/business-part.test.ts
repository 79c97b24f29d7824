import { describe, expect, it } from 'vitest';
import { segmentScoped } from './business-part.ts';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';

describe('segmentScoped: revenue of one part of a business', () => {
  /** The measure of the first money figure of a sentence, narrowed to a part of the business where one is named. */
  const segment = (s: string) => {
    const f = extractFigures(s).find((g) => g.unit === 'USD')!;
    return segmentScoped(measureOf(f, s, f.index, f.end), s, f.index, f.end);
  };
  it('names the part when nouns qualify "revenue" or "sales" in the figure\'s clause', () => {
    expect(segment("Orbis's fourth-quarter data center revenue came in at $35.58 billion.")).toBe('data center revenue');
    expect(segment('Record quarterly Data Center revenue of $35.6 billion, up 16%.')).toBe('data center revenue');
    expect(segment('Total revenue rose to $44.1 billion, with data center sales of $39.1 billion.')).toBe('revenue');
    expect(segment('Quarterly revenue was $44.1 billion, and cloud sales were $9 billion.')).toBe('revenue');
  });
  it('names the part when the sentence says "the … business" before the figure', () => {
    expect(segment("The company's data-center business, which sells its chips, reported revenue of $35.58 billion.")).toBe('data center revenue');
    expect(segment('Sales in the data-center business reached $35.6 billion.')).toBe('data center revenue');
  });
  it('keeps the whole company\'s revenue where no part is named: totals, periods, verbs and pronouns are no part', () => {
    expect(segment('Orbis said it forecast revenue of about $43 billion.')).toBe('revenue');
    expect(segment('Orbis reported quarterly revenue of $39.3 billion.')).toBe('revenue');
    expect(segment('Total revenue for the first quarter was $44.1 billion.')).toBe('revenue');
    expect(segment('Orbis posted fourth-quarter revenue of $39.3 billion.')).toBe('revenue');
  });
  it('takes a gerund after a comma or an auxiliary as the verb that earns the revenue, not a part\'s name', () => {
    expect(segment('Orbis shipped 600,000 chips last year, generating revenue of about $7 billion.')).toBe('revenue');
    expect(segment('Orbis is earning revenue of $2 billion a year from the chip.')).toBe('revenue');
    expect(segment('The unit was booking sales of $2 billion by March.')).toBe('revenue');
    expect(segment('Its gaming revenue was $3 billion.')).toBe('gaming revenue');
    expect(segment('Licensing revenue reached $1 billion last year.')).toBe('licensing revenue');
  });
  it('leaves names out of the part (the gazetteer\'s names are passed as offsets)', () => {
    const s = 'Orbis revenue came in at $39.3 billion.';
    const f = extractFigures(s)[0]!;
    expect(segmentScoped('revenue', s, f.index, f.end, (at) => at < 5)).toBe('revenue');
  });
});
