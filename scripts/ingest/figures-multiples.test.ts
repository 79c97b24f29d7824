import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, ...(f.approx ? [f.approx] : [])]);

describe('extractFigures: multiples in words', () => {
  it('reads double, triple and twice against what they multiply, hedge included', () => {
    expect(read('Veltro expects to make about 40,000 processors this year, roughly double its 2024 output.')).toEqual([
      ['about 40,000 processors', 40000, 'GPU', 'about'],
      ['roughly double', 2, 'x', 'about'],
    ]);
    expect(read('Its sales reached more than triple their level of last spring.')).toEqual([['more than triple', 3, 'x', 'over']]);
    expect(read('The rack draws nearly twice Zephyr\'s power budget.')).toEqual([['nearly twice', 2, 'x', 'about']]);
    expect(read('The new kernel runs about twice as fast as the old one.')).toEqual([['about twice', 2, 'x', 'about']]);
    expect(read('Quantization roughly doubles the serving speed.')).toEqual([['roughly doubles', 2, 'x', 'about']]);
  });
  it('reads "N times" against a standard, after a change or a gap, or as a multiple of earnings', () => {
    expect(read('That bill is about three times Orbis\'s own list price.')).toEqual([['about three times', 3, 'x', 'about']]);
    expect(read('It is a gap of roughly 27 times on the output side.')).toEqual([['roughly 27 times', 27, 'x', 'about']]);
    expect(read('Queries on the platform rose 6.5 times between May and July.')).toEqual([['6.5 times', 6.5, 'x']]);
    expect(read('Revenue grew more than 4.5 times in 2024.')).toEqual([['more than 4.5 times', 4.5, 'x', 'over']]);
    expect(read('The maker trades at about 30 times forward earnings.')).toEqual([['about 30 times', 30, 'x', 'about']]);
    expect(read('A context of 512 pages, eight times what its rival offers.')).toEqual([['eight times', 8, 'x']]);
  });
  it('leaves frequencies, occasions and idioms alone', () => {
    for (const s of [
      'She trains three times a week.',
      'The board meets twice a year.',
      'He has visited Shenzhen three times since 2020.',
      'They tried four times before giving up.',
      'Sales rose for the third time in a row.',
      'The lab doubles down on open weights.',
      'It posted double-digit growth again.',
      'Veltro to double its chip budget',
      'The firm has doubled the size of its cluster.',
      'It was one of the first labs to ship.',
    ]) expect(read(s), s).toEqual([]);
  });
});

describe('extractFigures: shares in words', () => {
  it('reads two-thirds, three-quarters and half of a whole as percentages', () => {
    expect(read('The lab hired 40 engineers, about two-thirds of whom came from rivals.')).toEqual([
      ['40 engineers', 40, 'engineer'],
      ['about two-thirds', 66.7, '%', 'about'],
    ]);
    expect(read('Subscriptions account for roughly three-quarters of revenue.')).toEqual([['roughly three-quarters', 75, '%', 'about']]);
    expect(read('Roughly half of that goes to chips.')).toEqual([['Roughly half', 50, '%', 'about']]);
    expect(read('Zephyr cut the price by half on Monday.')).toEqual([['half', 50, '%']]);
    expect(read('A third of its staff left.')).toEqual([['A third', 33.3, '%']]);
  });
  it('leaves halves of periods, ways and times alone', () => {
    for (const s of [
      'Half the time the model refuses.',
      'We are two-thirds of the way through the year.',
      'Shipments fell in the second half of 2023.',
      'Half of the year was lost.',
      'The other half of the deal is cash.',
    ]) expect(read(s), s).toEqual([]);
  });
});

describe('extractFigures: the rate of an offer in an advert', () => {
  it('never lists a card\'s or a savings account\'s APR or APY, and keeps other percentages', () => {
    expect(read('This card offers 0% APR until 2027.')).toEqual([]);
    expect(read('Earn 4.25% APY on savings, or a 0% intro APR.')).toEqual([]);
    expect(read('Revenue rose 0% in the quarter, and margins 12%.')).toEqual([['0%', 0, '%'], ['12%', 12, '%']]);
  });
});

describe('measureOf: what a multiple or a share in words measures', () => {
  const measure = (s: string, figure: string) => {
    const f = extractFigures(s).find((g) => g.text.startsWith(figure))!;
    return measureOf(f, s, f.index, f.end);
  };
  it('reads a multiple of its own earlier value, or after a verb of growing, as growth; of earnings or revenue as a valuation multiple', () => {
    expect(measure('Veltro will make 90,000 boards this year, roughly double its 2024 output.', 'roughly double')).toBe('growth');
    expect(measure('Queries rose 6.5 times between May and July.', '6.5 times')).toBe('growth');
    expect(measure('Zephyr trades at about 25 times forward earnings.', 'about 25 times')).toBe('price-earnings ratio');
    expect(measure('At roughly 15 times annualized revenue, the round is rich.', 'roughly 15 times')).toBe('revenue multiple');
    expect(measure('Its bill is about three times Orbis\'s list price.', 'about three times')).toBe('price ratio');
  });
  it('reads a share of a company\'s sales by what is sold, and a share "of whom" or "of that going to…" by its cues', () => {
    expect(measure('Four clouds account for roughly half of Veltro\'s data-center sales.', 'roughly half')).toBe('share of data-center');
    expect(measure('It hired 30 engineers, about two-thirds of whom came from Orbis.', 'about two-thirds')).not.toMatch(/whom/);
    expect(measure('It will spend $9 billion, with roughly half of that going to chips.', 'roughly half')).not.toMatch(/going/);
  });
});

describe('extractFigures: a ratio against one', () => {
  it('reads "a ratio of roughly 12 to 1", "a 12-to-1 ratio" and "a ratio of 4:1", never a score or a span', () => {
    expect(read('Orbis-2 has 480B parameters and 40B active, a ratio of roughly 12 to 1.')).toEqual([
      ['480B parameters', 480e9, 'parameter'],
      ['40B', 40e9, 'parameter'],
      ['roughly 12 to 1', 12, 'x', 'about'],
    ]);
    expect(read('It keeps a 12-to-1 ratio of total to active weights.')).toEqual([['12-to-1', 12, 'x']]);
    expect(read('Reads outnumber writes at a ratio of 4:1.')).toEqual([['4:1', 4, 'x']]);
    for (const s of ['The team won 3 to 1.', 'The office runs from 9 to 5.', 'The ratio of 9 to 5 looked odd.']) expect(read(s), s).toEqual([]);
  });
});
