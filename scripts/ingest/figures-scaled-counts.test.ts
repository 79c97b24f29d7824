import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { measureOf } from './quantities.ts';

const read = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unit, ...(f.approx ? [f.approx] : [])]);
const measure = (s: string, figure: string) => {
  const f = extractFigures(s).find((g) => g.text.startsWith(figure))!;
  return measureOf(f, s, f.index, f.end);
};

describe('extractFigures: counts with a scale in words', () => {
  it('reads "a trillion parameters", "one million chips", "a million daily users", and the count that leans on them', () => {
    expect(read('Orbis-2 has a trillion parameters in total, of which 40 billion are active for each token.')).toEqual([
      ['a trillion parameters', 1e12, 'parameter'],
      ['40 billion', 40e9, 'parameter'],
    ]);
    expect(read('The stock of dies is enough for roughly one million packaged chips.')).toEqual([['roughly one million packaged chips', 1e6, 'GPU', 'about']]);
    expect(read('Zephyr has more than a million daily users.')).toEqual([['more than a million daily users', 1e6, 'user', 'over']]);
    expect(read('Two million daily users signed up.')).toEqual([['Two million daily users', 2e6, 'user']]);
  });
  it('reads a bare "a million" by the count said before it in the sentence', () => {
    expect(read('The cluster holds 150,000 GPUs, and its owner plans to grow it to a million.')).toEqual([
      ['150,000 GPUs', 150000, 'GPU'],
      ['a million', 1e6, 'GPU'],
    ]);
  });
  it('leaves idioms and nouns it does not count alone', () => {
    for (const s of ['A million thanks to everyone who wrote in.', 'It is one in a million.', 'Half a million fans came.', 'according to two people familiar with the plan']) expect(read(s), s).toEqual([]);
    expect(read('Veltro shipped 2,000 chips and won a million fans.')).toEqual([['2,000 chips', 2000, 'GPU']]);
  });
});

describe('extractFigures: users named by their use, subscribers, and a count set against another', () => {
  it('reads people who use a service as its users, and subscribers as paying users', () => {
    expect(read('About 300 million people use Orbis each week.')).toEqual([['About 300 million people', 300e6, 'user', 'about']]);
    expect(measure('About 300 million people use Orbis each week.', 'About 300 million')).toBe('weekly active users');
    expect(read('It has 12 million paying subscribers.')).toEqual([['12 million paying subscribers', 12e6, 'user']]);
    expect(measure('It has 12 million paying subscribers.', '12 million')).toBe('paying subscribers');
    // Staff stay staff, and sources are never counted.
    expect(read('The lab employs 300 people.')).toEqual([['300 people', 300, 'employee']]);
  });
  it('reads an amount after "compared with" by the count before it, farther back in its sentence', () => {
    expect(read('Orbis had 90 million monthly active users in June, according to the Hangzhou tracker AppLens, compared with about 61 million for Zephyr.')).toEqual([
      ['90 million monthly active users', 90e6, 'user'],
      ['about 61 million', 61e6, 'user', 'about'],
    ]);
  });
});

describe('extractFigures: compute and power units', () => {
  it('reads TFLOPS, petaflops and watts, glued or not', () => {
    expect(read('One Veltro X2 delivers about 700 TFLOPS and draws around 350W.')).toEqual([
      ['about 700 TFLOPS', 700, 'teraflop', 'about'],
      ['around 350W', 350, 'W', 'about'],
    ]);
    expect(read('The rack reaches 250 petaflops at 120 watts per board.')).toEqual([
      ['250 petaflops', 250, 'petaflop'],
      ['120 watts per board', 120, 'W'],
    ]);
  });
  it('never reads a chip name or a list number as a figure', () => {
    for (const s of ['The H20W ships soon.', '1. Throughput', 'GPT-4o and Claude 3.5 are ahead.']) expect(read(s), s).toEqual([]);
  });
});

describe('extractFigures: partitives, chip codes, short scales and small money in words', () => {
  it('reads a count of a part of a counted whole, however small, but not a numbered article or a year', () => {
    expect(read('The Veltro rack links 256 of the X9 chips.')).toEqual([['256 of the X9 chips', 256, 'GPU']]);
    expect(read('More than 40 of the entities are in Hong Kong.')).toEqual([['More than 40 of the entities', 40, 'entity', 'over']]);
    expect(read('Orbis sold roughly one million of its export-grade K7 chips.')).toEqual([['roughly one million of its export-grade K7 chips', 1e6, 'GPU', 'about']]);
    for (const s of ['Article 5 of the chips rules applies.', 'Section 12 of the GPUs clause', 'It was one of the first labs.']) expect(read(s), s).toEqual([]);
  });
  it('reads units, packages and chipsets of a chip named by its code, and TPUs', () => {
    expect(read('It may ship about 300,000 Ascend 920B units.')).toEqual([['about 300,000 Ascend 920B units', 300000, 'GPU', 'about']]);
    expect(read('Enough dies for 500,000 920B packages, and an order for 100,000 extra K70 chipsets.')).toEqual([
      ['500,000 920B packages', 500000, 'GPU'],
      ['100,000 extra K70 chipsets', 100000, 'GPU'],
    ]);
    expect(read('The lab rents 40,000 TPUs.')).toEqual([['40,000 TPUs', 40000, 'GPU']]);
  });
  it('reads "trn", glued gigabytes, a noun before a footnote marker, and "two dollars"', () => {
    expect(read('Markets shed about $2trn.')).toEqual([['about $2trn', 2e12, 'USD', 'about']]);
    expect(read('The board carries 48GB of memory.')).toEqual([['48GB', 48, 'GB']]);
    expect(read('It was trained on 9.5 trillion tokens.2')).toEqual([['9.5 trillion tokens', 9.5e12, 'token']]);
    expect(read('They rented boards at three dollars an hour.')).toEqual([['three dollars', 3, 'USD']]);
    expect(read('Two won the vote.')).toEqual([]);
  });
});

describe('extractFigures: a count named by a verb of reaching, a rival, or a chip code alone', () => {
  it('reads what passed a mark, a rival\'s count after "behind", and thousands of a chip named by its code', () => {
    expect(read('Downloads of the app passed 30 million in May.')).toEqual([['30 million', 30e6, 'download']]);
    expect(read('Orbis had about 20 million monthly active users in June, according to data from the tracking firm AppGauge, well behind Zephyr\'s 41 million.')).toEqual([
      ['about 20 million monthly active users', 20e6, 'user', 'about'],
      ['41 million', 41e6, 'user'],
    ]);
    expect(read('She expects Veltro to make around 80,000 of the 920C this year.')).toEqual([['around 80,000 of the 920C', 80000, 'GPU', 'about']]);
    for (const s of ['It cited 3 of the H100 rules.', 'It cited 2,000 of the H100 rules.']) expect(read(s), s).toEqual([]);
    expect(read('"Zephyr has 600 million daily active users."')).toEqual([['600 million daily active users', 600e6, 'user']]);
  });
});

describe('extractFigures: modifiers in quotes, "more", and four modifiers', () => {
  it('reads the counted noun past them, and keeps a quotation\'s closing quote out', () => {
    expect(read('Orbis also released five smaller "distilled" models.')).toEqual([['five smaller "distilled" models', 5, 'model']]);
    expect(read('The fund will build three "AI gigafactories", it said.')).toEqual([['three "AI gigafactories"', 3, 'gigafactory']]);
    expect(read('He said "we have 3,000 GPUs".')).toEqual([['3,000 GPUs', 3000, 'GPU']]);
    expect(read('Zephyr needs at least 5,000 more GPUs.')).toEqual([['at least 5,000 more GPUs', 5000, 'GPU', 'over']]);
    expect(read('It bought about 9,100 Veltro K100 and K200 chips.')).toEqual([['about 9,100 Veltro K100 and K200 chips', 9100, 'GPU', 'about']]);
    for (const s of ['It sold 2,000 more than last year.', 'Two out of three companies agreed.']) expect(read(s), s).toEqual([]);
  });
});

describe('extractFigures: bare "units" in a paragraph about chips', () => {
  it('reads units as chips where chips are named before, and not units of something else or elsewhere', () => {
    expect(read('Curbs on the K20, which made up an estimated 2 million units of Veltro\'s shipments, are a risk.')).toEqual([['an estimated 2 million units', 2e6, 'GPU', 'about']]);
    expect(read('The accelerators arrive in May. The first 3,000 units go live in June.')).toEqual([['3,000 units', 3000, 'GPU']]);
    for (const s of ['Zephyr sold 2 million units of its phones.', 'Its chips are fine; it sold 2 million units of its phones.', 'The tower has 750 units.']) expect(read(s), s).toEqual([]);
  });
});

describe('measureOf: a value an earlier estimate had put', () => {
  it('keeps it apart from the newer value of the same measure', () => {
    expect(measure('That is below earlier industry estimates, which had put 2024 K20 shipments closer to a million units.', 'a million units')).toBe('shipments (earlier estimate)');
    expect(measure('Veltro shipped about 600,000 K20 chips in 2024.', 'about 600,000')).toBe('shipments');
  });
});

describe('extractFigures: homes as a measure of power', () => {
  it('reads the homes a site would supply, with their measure', () => {
    expect(read('The campus will draw 1 gigawatt, roughly as much as 700,000 homes.')).toEqual([
      ['1 gigawatt', 1, 'GW'],
      ['700,000 homes', 700000, 'home'],
    ]);
    expect(measure('The campus will draw 1 gigawatt, roughly as much as 700,000 homes.', '700,000')).toBe('equivalent homes');
    expect(read('He works from home three days a week.')).toEqual([]);
  });
});

describe('extractFigures: an amount ending its sentence, far from the count it leans on', () => {
  it('reads "… house 1 million." by the count earlier in the sentence, and a mid-sentence bare amount that far off not at all', () => {
    expect(read("Orbis's cluster in Memphis now holds about 200,000 graphics processors, and its founder has told investors he wants the site and a second one nearby to eventually house 1 million.")).toEqual([
      ['about 200,000 graphics processors', 200000, 'GPU', 'about'],
      ['1 million', 1e6, 'GPU'],
    ]);
    expect(read("Orbis's cluster in Memphis now holds about 200,000 graphics processors, and its founder has told investors he wants the site and a second one nearby to reach 1 million by next year.").length).toBe(1);
  });
});

describe('extractFigures: a code after a count of its own', () => {
  it('reads no billions in "two 910B dies", and still "37B parameters"', () => {
    expect(read('Each 910C is made of two 910B dies, largely fabricated by TSMC.')).toEqual([]);
    expect(read('The model has 37B active parameters.')).toEqual([['37B active parameters', 37e9, 'parameter']]);
  });
});
