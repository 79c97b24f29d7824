import { describe, expect, it } from 'vitest';
import { ASIDE } from './subject-cues.ts';

describe('ASIDE: a description set off by commas after a name', () => {
  it('reads "one of", "among" and "part of" as the opening of an aside, as "a" and "which" are', () => {
    // The text between the first name and a later one: the later name ("Orbis's") is inside the aside about the first.
    expect(ASIDE.test(', one of ')).toBe(true);
    expect(ASIDE.test(', among the biggest buyers of ')).toBe(true);
    expect(ASIDE.test(', part of ')).toBe(true);
    expect(ASIDE.test(', a rival of ')).toBe(true);
    // A list or a new clause is not an aside.
    expect(ASIDE.test(', and ')).toBe(false);
    expect(ASIDE.test(', while ')).toBe(false);
  });
});
