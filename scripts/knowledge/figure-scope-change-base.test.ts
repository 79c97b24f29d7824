import { describe, expect, it } from 'vitest';
import { fig, findDisagreements } from './ledger-figure.test-helpers.ts';
import { scopeOf, scopesAgree } from './figure-scope.ts';

const scope = (sentence: string, figure: string) => scopeOf(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);


describe('scopeOf: the base a change is measured from', () => {
  it('does not date the level a change reached as earlier, nor give it the compared span', () => {
    const s = "Orbis's sales rose 41% from a year earlier to $12.3 billion, ahead of forecasts.";
    expect(scope(s, '$12.3 billion')).toMatchObject({ modality: '' });
    expect(scope(s, '$12.3 billion').period).toBeUndefined();
    // The change itself keeps its span (year-on-year growth is not quarter-on-quarter growth), and is no earlier state either.
    expect(scope(s, '41%')).toMatchObject({ modality: '', period: 'year' });
    expect(scope('Zephyr revenue was $3.2 billion, up 12% year-on-year.', '$3.2 billion').period).toBeUndefined();
    expect(scope('Zephyr reported revenue of 80 billion yuan for the quarter, up 8% on a year earlier.', '8%').modality).toBe('');
    expect(scope('Cloud sales grew 9% compared with the previous quarter, to 40 billion yuan.', '40 billion yuan').period).toBeUndefined();
  });

  it('still reads an earlier state that has a figure of its own ("up from $6 billion a year earlier")', () => {
    expect(scope('Sales were $9 billion, up from $6 billion a year earlier.', '$6 billion').modality).toBe('earlier');
    expect(scope('The company had 4,000 staff two years ago.', '4,000 staff').modality).toBe('earlier');
  });

  it('reads "annual" as a year, but not in "annual recurring revenue"', () => {
    expect(scope("Zephyr's annual revenue was about $8 billion.", 'about $8 billion').period).toBe('year');
    expect(scope('Zephyr said annual recurring revenue passed $400 million.', '$400 million').period).toBeUndefined();
  });

  it('gives a part of the figure just stated ("of that") that figure\'s span', () => {
    const s = 'Revenue reached $30 billion in the three months to March 30, and the cloud unit brought in $21 billion of that.';
    expect(scope(s, '$21 billion')).toMatchObject({ period: 'quarter', month: 'mar' });
    expect(scope('Orbis sold $9 billion of chips, and $2 billion of them went to Europe.', '$2 billion').period).toBeUndefined();
  });

  it('gives an expectation a figure beat or missed that figure\'s span, not a plan of its own span', () => {
    const s = 'Orbis reported third-quarter sales of $14.2 billion, up 30% from a year earlier, beating forecasts of $13.9 billion.';
    expect(scope(s, '$13.9 billion')).toMatchObject({ period: 'quarter', nth: '3' });
    expect(scope('Orbis sales were $5 billion, below analysts\' estimates of $5.4 billion for the year.', '$5.4 billion').period).toBe('year');
  });
});

describe('scopeOf: a commitment and a revised plan', () => {
  it('reads money committed as a plan, like money pledged', () => {
    expect(scope('Zephyr has committed nearly 200bn yuan to cloud infrastructure over three years.', 'nearly 200bn yuan').modality).toBe('plan');
    expect(scope("Zephyr's commitment to invest 190bn yuan in AI infrastructure may not be enough.", '190bn yuan').modality).toBe('plan');
  });
  it('keeps a forecast raised or cut to a figure apart from the plan as it stood', () => {
    const raised = scope('Orbis has raised its forecast for capital spending this year to as much as $70bn.', '$70bn');
    const before = scope('Orbis plans capital spending of $60 billion to $70 billion this year.', '$60 billion to $70 billion');
    expect(raised).toMatchObject({ modality: 'plan', revised: true });
    expect(scopesAgree(raised, before)).toBe(false);
    expect(scopesAgree(raised, scope('Zephyr cut its outlook for the year to about $70 billion of revenue.', 'about $70 billion'))).toBe(true);
    expect(scope('Zephyr on Tuesday raised its 2026 capital spending forecast to $90 billion.', '$90 billion').revised).toBe(true);
  });
});

describe('findDisagreements: figures of different times', () => {
  it('keeps a share for last year apart from one a change has reached since, and compares two such shares', () => {
    const year = fig('a', "Europe provided about 20% of Orbis's revenue last year.", 'orbis', 'share of revenue');
    const now = fig('b', "Orbis's Europe revenue fell to $1.1 billion, or roughly 9% of the total.", 'orbis', 'share of revenue', 1);
    const published = new Map([['a', '2025-09-01'], ['b', '2025-08-28'], ['c', '2025-08-30']]);
    expect(findDisagreements([year, now], published)).toEqual([]);
    // Two levels reached, reported in the same week, are one state: they may disagree.
    const other = fig('c', "Orbis's share from Europe has dropped to about 12%.", 'orbis', 'share of revenue');
    expect(findDisagreements([now, other], published).map((d) => d.kind)).toEqual(['conflict']);
  });

  it('keeps the quarter an article reports apart from the quarter to a month months later, and joins one quarter told twice', () => {
    const may = fig('a', 'The unit brought in $18.2 billion in the quarter, up 60% from a year earlier.', 'orbis', 'unit revenue');
    const aug = fig('b', 'Revenue reached $30 billion in the three months to July 27, and the unit brought in $21 billion of that.', 'orbis', 'unit revenue', 1);
    const published = new Map([['a', '2025-05-28'], ['b', '2025-08-28'], ['c', '2025-08-29']]);
    expect(findDisagreements([may, aug], published)).toEqual([]);
    const again = fig('c', 'The unit had revenue of about $21.3 billion in the quarter.', 'orbis', 'unit revenue');
    expect(findDisagreements([aug, again], published).map((d) => d.kind)).toEqual(['rounding']);
  });
});
