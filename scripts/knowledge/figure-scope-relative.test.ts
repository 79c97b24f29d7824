import { describe, expect, it } from 'vitest';
import { scopeOf } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => {
  const at = sentence.indexOf(figure);
  return scopeOf(sentence, at, at + figure.length);
};

describe('scopeOf: a period named from the time of writing', () => {
  it('is not dated by a year in another clause', () => {
    const s = 'Orbis plans to spend $30 billion on data centres in 2026, up from about $18 billion last year.';
    expect(scope(s, 'about $18 billion')).toMatchObject({ period: 'year', relative: -1 });
    expect(scope(s, 'about $18 billion').year).toBeUndefined();
    // The plan keeps its own year.
    expect(scope(s, '$30 billion')).toMatchObject({ year: '2026', modality: 'plan' });
  });
  it('still takes a year in its own clause', () => {
    expect(scope('In 2024 Orbis spent $18 billion last year on chips.', '$18 billion').year).toBe('2024');
  });
});
