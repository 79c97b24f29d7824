import { describe, expect, it } from 'vitest';
import { fig, findDisagreements } from './ledger-figure.test-helpers.ts';
import { scopeOf } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => scopeOf(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);

describe('scopeOf: a season dates a figure like its middle month', () => {
  it('reads "the spring", "this summer", "winter 2024" as months, and "fall" only as a season with a determiner', () => {
    expect(scope('Orbis entered the spring holding close to 900,000 units.', '900,000').month).toBe('apr');
    expect(scope('By late summer Orbis had about 40,000 chips.', '40,000').month).toBe('jul');
    expect(scope('In winter 2024 Orbis ran 12,000 GPUs.', '12,000').month).toBe('jan');
    expect(scope('Orbis shares may fall 10% this week.', '10%').month).toBeUndefined();
    // A month named wins over a season.
    expect(scope('In the spring, in May, Orbis held 5,000 chips.', '5,000').month).toBe('may');
  });

  it('compares a stock held "in the spring", written in summer, with one reported in April', () => {
    const a = fig('a', 'Orbis had about 600,000 Z90 chips built or in production when the rule arrived.', 'orbis', 'chip count');
    const b = fig('b', 'Orbis entered the spring holding close to 1 million Z90 chips across finished goods and work in progress.', 'orbis', 'chip count');
    expect(findDisagreements([a, b], new Map([['a', '2025-04-16'], ['b', '2025-07-17']])).map((d) => d.kind)).toEqual(['conflict']);
    // Without the season, three months apart, the stocks are of different times.
    const c = fig('c', 'Orbis is holding close to 1 million Z90 chips across finished goods and work in progress.', 'orbis', 'chip count');
    expect(findDisagreements([a, c], new Map([['a', '2025-04-16'], ['c', '2025-07-17']]))).toEqual([]);
  });
});

describe('findDisagreements: one site of a project is not the whole of it', () => {
  it('keeps "the campus in Abilene" apart from the project\'s total, and compares two figures of the one site', () => {
    const whole = fig('a', "Orbis said the new sites bring the project's planned capacity to nearly 7 gigawatts.", 'orbis', 'power capacity');
    const site = fig('b', 'The flagship Orbis campus in Lindale, Texas, is planned at some 1.8 gigawatts.', 'orbis', 'power capacity');
    const dates = new Map([['a', '2025-09-24'], ['b', '2025-09-26'], ['c', '2025-09-28']]);
    expect(findDisagreements([whole, site], dates)).toEqual([]);
    const other = fig('c', 'The Orbis data center in Lindale is planned at about 1.2 gigawatts.', 'orbis', 'power capacity');
    expect(findDisagreements([site, other], dates).map((d) => d.kind)).toEqual(['conflict']);
  });
});

describe('findDisagreements: a market value dated by its month only', () => {
  it('compares "worth $4 trillion in July" with a close on July 10, and not with one in late August', () => {
    const month = fig('a', 'Orbis became the first company worth $4 trillion in July.', 'orbis', 'market value');
    const day = fig('b', 'The shares closed at a market capitalization of roughly $4.02 trillion.', 'orbis', 'market value');
    expect(findDisagreements([month, day], new Map([['a', '2025-09-08'], ['b', '2025-07-10']])).map((d) => d.kind)).toEqual(['rounding']);
    expect(findDisagreements([month, day], new Map([['a', '2025-09-08'], ['b', '2025-08-28']]))).toEqual([]);
    // Two day-dated reports a week apart are still two days' values.
    const later = fig('c', 'The shares closed at a market capitalization of roughly $4.1 trillion.', 'orbis', 'market value');
    expect(findDisagreements([day, later], new Map([['b', '2025-07-10'], ['c', '2025-07-17']]))).toEqual([]);
  });
});

describe('findDisagreements: an undated figure that fits rounds of several times', () => {
  it('joins the round it restates where only one holds a value it rounds to, and is left out otherwise', () => {
    const recent = fig('a', 'Orbis closed a round last week at a post-money valuation of $183 billion.', 'orbis', 'valuation');
    const march = fig('a', 'It was valued at $61.5 billion in March.', 'orbis', 'valuation', 0, 2);
    const undated = fig('b', "Orbis's new round, at a valuation of about $180 billion, is a bet on compute.", 'orbis', 'valuation');
    const recent2 = fig('c', 'Orbis was valued at $183 billion in early September.', 'orbis', 'valuation');
    const dates = new Map([['a', '2025-09-08'], ['c', '2025-09-10']]);
    expect(findDisagreements([recent, march, undated, recent2], dates).map((d) => [d.kind, d.low, d.high, d.sources])).toEqual([['rounding', 180e9, 183e9, 3]]);
    // A value rounding to neither stays out of both.
    const neither = fig('b', "Orbis's new round, at a valuation of about $120 billion, is a bet on compute.", 'orbis', 'valuation');
    expect(findDisagreements([recent, march, neither], dates)).toEqual([]);
  });
});
