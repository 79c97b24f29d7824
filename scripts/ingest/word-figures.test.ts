import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';

const read = (t: string) => extractFigures(t).map((f) => ({ text: f.text, value: f.value, unit: f.unit, ...(f.approx ? { approx: f.approx } : {}) }));

describe('figures written in words and other shapes', () => {
  it('reads counts in words, dozens and hedges included, by compromise', () => {
    expect(read('Thirteen allies of the bloc keep their quotas.')).toEqual([{ text: 'Thirteen allies', value: 13, unit: 'country' }]);
    expect(read('About three dozen nations signed the pact.')).toEqual([{ text: 'About three dozen nations', value: 36, unit: 'country', approx: 'about' }]);
    expect(read('Twenty-two start-ups applied, and one of every eight layers is shared.')).toEqual([{ text: 'Twenty-two start-ups', value: 22, unit: 'company' }]);
  });
  it("counts a state's allies as countries, never a person's", () => {
    expect(read('Nine NATO allies and two Asian allies signed the pact.').map((f) => [f.text, f.unit])).toEqual([['Nine NATO allies', 'country'], ['two Asian allies', 'country']]);
    expect(read('Twelve allies of Washington signed.').map((f) => f.unit)).toEqual(['country']);
    expect(read('Three Nakamura allies were named, and two allies of the senator and four allies of Jane Okafor spoke.')).toEqual([]);
  });
  it('reads money in words, and leaves numbers without a currency alone', () => {
    expect(read('The fund hopes to raise up to half a trillion euros by 2030.')).toEqual([{ text: 'up to half a trillion euros', value: 5e11, unit: 'EUR', approx: 'under' }]);
    expect(read('A billion dollars went to chips.')).toEqual([{ text: 'A billion dollars', value: 1e9, unit: 'USD' }]);
    expect(read('Half a million people watched.')).toEqual([]);
  });
  it('reads powers of ten with what they count, never the exponent as a number', () => {
    expect(read('Runs above 10^25 floating-point operations must be reported.')).toEqual([{ text: 'above 10^25 floating-point operations', value: 1e25, unit: 'operation', approx: 'over' }]);
    expect(read('A run of 10²⁶ operations needs a licence.')).toEqual([{ text: '10²⁶ operations', value: 1e26, unit: 'operation' }]);
    expect(read('The model took about 2.5×10^23 FLOPs to train.')).toEqual([{ text: 'about 2.5×10^23 FLOPs', value: 2.5e23, unit: 'operation', approx: 'about' }]);
    expect(read('Its 10^3 scale factor is a constant.')).toEqual([]);
  });
  it('reads benchmark scores after a word of scoring, not versions or other decimals', () => {
    expect(read('On the maths test the new model scores 81.3, against 77.9 for its rival.')).toEqual([
      { text: '81.3', value: 81.3, unit: 'score' },
      { text: '77.9', value: 77.9, unit: 'score' },
    ]);
    expect(read('Its benchmark score climbed from 62.5 to 71.25 after tuning.').map((f) => f.value)).toEqual([62.5, 71.25]);
    expect(read('Gemma 2.5 scored well; the benchmark ran on version 3.2 in 4.5 seconds.')).toEqual([]);
    expect(read('Revenue rose 12.5 in the quarter.')).toEqual([]);
  });
  it('reads crore, won after thousands, kilowatts and a partitive put first', () => {
    expect(read('The state set aside Rs 2,150 Cr for the plan.')).toEqual([{ text: 'Rs 2,150 Cr', value: 21500000000, unit: 'INR' }]);
    expect(read('The stock closed at 88,300 won, and the side that scored 3 won the cup.')).toEqual([{ text: '88,300 won', value: 88300, unit: 'KRW' }]);
    expect(read('A single server draws roughly 14 kW at peak.')).toEqual([{ text: 'roughly 14 kW', value: 14, unit: 'kW', approx: 'about' }]);
    expect(read('Of the accelerators, about 3,400 are older models.')).toEqual([{ text: 'about 3,400', value: 3400, unit: 'GPU', approx: 'about' }]);
    expect(read('Of the 2024 plan, 3,400 went elsewhere.')).toEqual([]);
  });
});

describe('what the new shapes measure', () => {
  it('names scores, powers of ten and kilowatts', async () => {
    const { measureOf } = await import('./quantities.ts');
    const s = 'The model scores 81.3 on the test, trained with 2×10^24 operations on racks drawing 120 kW.';
    expect(extractFigures(s).map((f) => measureOf(f, s, f.index, f.end))).toEqual(['benchmark score', 'compute', 'power draw']);
  });
});

describe('measures of parts', () => {
  const measures = async (s: string) => {
    const { measureOf } = await import('./quantities.ts');
    return extractFigures(s).map((f) => measureOf(f, s, f.index, f.end));
  };
  it('tells an initial investment from the sum it starts', async () => {
    expect(await measures('The port venture will invest $8 billion in infrastructure over five years, starting with $1.5 billion this spring.')).toEqual(['infrastructure investment', 'initial investment']);
    expect(await measures('Backers will commit an initial $300 million to the fund.')).toEqual(['initial investment']);
    expect(await measures('The firm earned its first $1 billion in revenue in 2023.')).toEqual(['revenue']);
  });
  it('names the chip models of a count followed by "are <models>"', async () => {
    expect(await measures('Of the accelerators, about 3,400 are Nvidia A100s and H100s.')).toEqual(['chip count (A100 and H100)']);
    expect(await measures('The cluster holds 9,000 GPUs in two halls.')).toEqual(['chip count']);
  });
});
