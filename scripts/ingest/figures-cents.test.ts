import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.per ?? null]);

describe('extractFigures: amounts in cents', () => {
  it('reads cents as hundredths of the dollar (or euro), with a country in brackets and a rate after them', () => {
    expect(read('It costs about 30 cents (US) per million input tokens.')).toEqual([['about 30 cents (US) per million input tokens', 0.3, 'USD', 'million tokens']]);
    expect(read('A call costs 42 cents.')).toEqual([['42 cents', 0.42, 'USD', null]]);
    expect(read('Power costs 4.5 US cents per kilowatt-hour there.')).toEqual([['4.5 US cents per kilowatt-hour', 0.045, 'USD', 'kilowatt-hour']]);
    expect(read('The fee is 20 euro cents per request.')).toEqual([['20 euro cents per request', 0.2, 'EUR', 'request']]);
    // "Per cent" stays a percentage.
    expect(read('Shares rose 5 per cent.')).toEqual([['5 per cent', 5, '%', null]]);
  });
});
