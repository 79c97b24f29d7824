import { describe, expect, it } from 'vitest';
import { scopeOf } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => {
  const at = sentence.indexOf(figure);
  return scopeOf(sentence, at, at + figure.length);
};

describe('scopeOf: a part named as what drove the figure before it', () => {
  it('covers the whole figure\'s span', () => {
    expect(scope('Orbis posted annual sales of $42 billion, up 80%, driven by cloud sales of $30 billion.', '$30 billion').period).toBe('year');
    expect(scope('Orbis booked quarterly revenue of $9 billion, including licensing income of $2 billion.', '$2 billion').period).toBe('quarter');
  });
  it('leaves a figure with no such part alone', () => {
    expect(scope('Orbis posted annual sales of $42 billion, and Zephyr spent $30 billion.', '$30 billion').period).toBeUndefined();
  });
});
