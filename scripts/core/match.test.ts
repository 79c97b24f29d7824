import { describe, expect, it } from 'vitest';
import { sentencesOf } from './match.ts';

const texts = (t: string) => sentencesOf(t).map((s) => s.text);

describe('sentencesOf', () => {
  it('ends a sentence before a name written with an inner capital, which opens the next in lower case', () => {
    expect(texts("Orbis spent about $80bn in January. xAI's cluster runs 200,000 GPUs.")).toEqual(['Orbis spent about $80bn in January.', "xAI's cluster runs 200,000 GPUs."]);
    expect(texts('He said "no." eBay shares rose 3%.')).toEqual(['He said "no."', 'eBay shares rose 3%.']);
  });
  it('keeps an initial or an abbreviation with its next word, and a plain lower-case word with its sentence', () => {
    expect(texts('Sales of the U.S. iPhone rose 5%.')).toEqual(['Sales of the U.S. iPhone rose 5%.']);
    expect(texts('Phones, e.g. iPhone models, sold well.')).toEqual(['Phones, e.g. iPhone models, sold well.']);
  });
  it('gives offsets that cover the text', () => {
    const t = 'It rose. iPhone sales fell.';
    const s = sentencesOf(t);
    expect(s.map((x) => t.slice(x.start, x.end).trim())).toEqual(['It rose.', 'iPhone sales fell.']);
    expect(s.at(-1)!.end).toBe(t.length);
  });
});
