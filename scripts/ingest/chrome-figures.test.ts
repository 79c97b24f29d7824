import { describe, expect, it } from 'vitest';
import { hasFigure } from './chrome-figures.ts';

describe('figures in a line the chrome rules might take whole', () => {
  it('reads amounts, counts and shares as figures', () => {
    for (const t of ['Pickers earned 12 euros an hour.', 'About $4.5 billion was spent.', 'Up 7% on the day', 'It ships 2,048 units.']) expect(hasFigure(t), t).toBe(true);
  });
  it('reads a year, or a digit inside a name, as no figure', () => {
    for (const t of ['Published since 1898 for the valley.', "Zephyr Z3's scores against other models.", 'The V8 engine and the GPT-4 model', 'At a fair in 2024.']) expect(hasFigure(t), t).toBe(false);
  });
});
