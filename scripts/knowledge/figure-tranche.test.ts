import { describe, expect, it } from 'vitest';
import { scopeOf, scopesAgree } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => {
  const at = sentence.indexOf(figure);
  return scopeOf(sentence, at, at + figure.length);
};

describe('scopeOf: a first tranche', () => {
  const s = 'The venture says it will invest $300 billion in data centres over five years, with $60 billion to be deployed immediately.';
  it('reads money to be spent at once, or the first of a sum, as a part of the whole', () => {
    expect(scope(s, '$60 billion').tranche).toBe(true);
    expect(scope('Most of the first $60 billion will be raised as debt.', '$60 billion').tranche).toBe(true);
  });
  it('never compares a first tranche with the whole commitment', () => {
    expect(scope(s, '$300 billion').tranche).toBeUndefined();
    expect(scopesAgree(scope(s, '$60 billion'), scope('The venture will invest $300 billion over five years.', '$300 billion'))).toBe(false);
  });
  it('leaves counts alone', () => {
    expect(scope('The first 2,000 chips were deployed immediately.', '2,000 chips').tranche).toBeUndefined();
  });
});
