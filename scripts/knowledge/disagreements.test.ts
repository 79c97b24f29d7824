import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import { agree, findDisagreements as find, type LedgerFigure } from './disagreements.ts';

/** Each test figure's sentence (figures point at theirs by offsets). */
const sentences = new Map<LedgerFigure, string>();

/** A ledger figure as the link stage would record it, from an invented sentence (its first figure, or the one numbered `nth`). */
function fig(source: string, p: number, text: string, entity: string, measure: string, nth = 0): LedgerFigure {
  const { index: _i, end: _e, ...f } = extractFigures(text)[nth]!;
  const made: LedgerFigure = { ...f, p, start: 0, end: text.length, measure, entity, subjectFrom: 'sentence', source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}
/** A figure of a longer sentence than its own text. */
const withSentence = (f: LedgerFigure, sentence: string) => (sentences.set(f, sentence), f);
const findDisagreements = (figures: readonly LedgerFigure[], published?: ReadonlyMap<string, string>) => find(figures, (f) => sentences.get(f)!, published);

describe('agree', () => {
  it('takes values within the rounding of the less precise one as the same figure', () => {
    expect(agree(fig('a', 1, '$5.576 million', 'x', 'm'), fig('b', 1, '$6 million', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, '$5.5 million', 'x', 'm'), fig('b', 1, '$5.576 million', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, '16.9%', 'x', 'm'), fig('b', 1, '17%', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, '17%', 'x', 'm'), fig('b', 1, '18%', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '$589 billion', 'x', 'm'), fig('b', 1, 'nearly $600 billion', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, '$3 billion', 'x', 'm'), fig('b', 1, '$9 billion', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '$12 billion', 'x', 'm'), fig('b', 1, '$20 billion', 'x', 'm'))).toBe(false);
    // A one-digit figure's step is the figure itself: still, no rounding makes 200,000 "1 million".
    expect(agree(fig('a', 1, '200,000 GPUs', 'x', 'm'), fig('b', 1, '1 million GPUs', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '1.2 million GPUs', 'x', 'm'), fig('b', 1, '1 million GPUs', 'x', 'm'))).toBe(true);
    // Amounts within 1% are one figure from different data; percentages are not.
    expect(agree(fig('a', 1, '$589 billion', 'x', 'm'), fig('b', 1, '$593 billion', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, '$589 billion', 'x', 'm'), fig('b', 1, '$600.5 billion', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '79.2%', 'x', 'm'), fig('b', 1, '79.8%', 'x', 'm'))).toBe(false);
  });
  it('lets two amounts both hedged as approximate lie one whole step apart, where they have two or more digits', () => {
    expect(agree(fig('a', 1, 'approximately US$53 billion', 'x', 'm'), fig('b', 1, 'about $52 billion', 'x', 'm'))).toBe(true);
    // Hedged on one side only, or not at all: two values.
    expect(agree(fig('a', 1, '$53 billion', 'x', 'm'), fig('b', 1, 'about $52 billion', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '$12 billion', 'x', 'm'), fig('b', 1, '$13 billion', 'x', 'm'))).toBe(false);
    // An open bound and a value one step past it on its open side: one value cut and rounded; not on the other side, nor two steps past.
    expect(agree(fig('a', 1, 'more than $61 billion', 'x', 'm'), fig('b', 1, 'about $62 billion', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, 'up to $44 billion', 'x', 'm'), fig('b', 1, '$43 billion', 'x', 'm'))).toBe(true);
    expect(agree(fig('a', 1, 'more than $61 billion', 'x', 'm'), fig('b', 1, '$60 billion', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, 'more than $61 billion', 'x', 'm'), fig('b', 1, '$63 billion', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, 'more than 3%', 'x', 'm'), fig('b', 1, '4%', 'x', 'm'))).toBe(false);
    // One-digit values and percentages: "about 20,000" and "about 30,000" chips, "about 3%" and "about 4%", are two figures.
    expect(agree(fig('a', 1, 'about 20,000 GPUs', 'x', 'm'), fig('b', 1, 'about 30,000 GPUs', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, 'about 13%', 'x', 'm'), fig('b', 1, 'about 14%', 'x', 'm'))).toBe(false);
    // "About $10,000" is ten thousand, as "$10 billion" is ten billion: not $12,000 rounded; $10,240 still is.
    expect(agree(fig('a', 1, 'about US$12,000', 'x', 'm'), fig('b', 1, 'about $10,000', 'x', 'm'))).toBe(false);
    expect(agree(fig('a', 1, '$10,240', 'x', 'm'), fig('b', 1, 'about $10,000', 'x', 'm'))).toBe(true);
  });
});

describe('findDisagreements', () => {
  it('groups rounding variants as one spread, apart from real conflicts, conflicts first', () => {
    const found = findDisagreements([
      fig('a', 2, '$5.576 million', 'orbis-2', 'training cost'),
      fig('e', 7, 'about $5.5 million', 'orbis-2', 'training cost'),
      fig('b', 4, '$5.6 million', 'orbis-2', 'training cost'),
      fig('c', 1, 'about $6 million', 'orbis-2', 'training cost'),
      fig('a', 5, '$3 billion', 'zephyr', 'valuation'),
      fig('d', 1, '$9 billion', 'zephyr', 'valuation'),
    ]);
    expect(found.map((d) => [d.entity, d.measure, d.kind, d.low, d.high, d.sources])).toEqual([
      ['zephyr', 'valuation', 'conflict', 3e9, 9e9, 2],
      ['orbis-2', 'training cost', 'rounding', 5_500_000, 6e6, 4],
    ]);
  });

  it('never compares a sum over several things with one thing\'s figure', () => {
    const one = fig('a', 1, 'Its Pilot app has about 4 million monthly users.', 'orbis', 'monthly active users');
    const sum = fig('b', 1, 'Its three apps have a combined 9 million monthly users.', 'orbis', 'monthly active users');
    expect(findDisagreements([one, sum])).toEqual([]);
  });

  it('takes two conversions of one amount into another currency as rounding, not a conflict, where exchange rates could part them', () => {
    const a = fig('a', 1, 'Zephyr will invest at least Rmb380bn ($53bn) in cloud infrastructure over the next three years.', 'zephyr', 'infrastructure investment', 1);
    const b = fig('b', 1, "It follows Zephyr's pledge to spend 380 billion yuan, or about $52 billion, on cloud infrastructure.", 'zephyr', 'infrastructure investment', 1);
    expect([a.text, b.text]).toEqual(['$53bn', 'about $52 billion']);
    const found = findDisagreements([a, b]);
    expect(found.map((d) => [d.kind, d.low, d.high])).toEqual([['rounding', 52e9, 53e9]]);
    // Stated as amounts of their own, one whole step apart, they stay two values.
    expect(findDisagreements([fig('a', 1, 'Zephyr will invest $53bn.', 'zephyr', 'investment'), fig('b', 1, 'Zephyr will invest about $52bn.', 'zephyr', 'investment')]).map((d) => d.kind)).toEqual(['conflict']);
  });

  it('dates a changing quantity stated "in March" to the latest March not after publication, and compares it only with figures of about that time', () => {
    const march = fig('a', 1, 'Orbis had 30 million monthly users in March.', 'orbis', 'monthly active users');
    const april = fig('b', 1, 'Orbis now has 60 million monthly users.', 'orbis', 'monthly active users');
    // Written in February 2025, "March" is March 2024: a year before the April 2025 figure.
    expect(findDisagreements([march, april], new Map([['a', '2025-02-03'], ['b', '2025-04-16']]))).toEqual([]);
    // Written in April 2025, it is March 2025: about the time of the other.
    expect(findDisagreements([march, april], new Map([['a', '2025-04-10'], ['b', '2025-04-16']])).map((d) => d.kind)).toEqual(['conflict']);
  });

  it('dates a valuation stated with a month, or as "now", and never compares two such valuations months apart', () => {
    const march = fig('a', 1, 'Zephyr was valued at 20 billion yuan in March.', 'zephyr', 'valuation');
    const now = fig('b', 1, 'Zephyr is now valued at about 40 billion yuan.', 'zephyr', 'valuation');
    // Written in February 2025, "March" is March 2024, a year before "now" in April 2025.
    expect(findDisagreements([march, now], new Map([['a', '2025-02-03'], ['b', '2025-04-16']]))).toEqual([]);
    // Undated and not "now", a valuation belongs to a round, whenever reported: still compared.
    const round = fig('c', 1, 'Zephyr was valued at about 40 billion yuan after its latest round.', 'zephyr', 'valuation');
    expect(findDisagreements([march, round], new Map([['a', '2025-02-03'], ['c', '2025-04-16']])).map((d) => d.kind)).toEqual(['conflict']);
  });

  it('never compares the span of a family of models with one model\'s size that falls inside it', () => {
    const family = fig('a', 1, 'Six models based on Zephyr are open-sourced, ranging from 1.5 billion to 70 billion parameters.', 'zephyr', 'parameter count');
    const one = fig('b', 1, 'Zephyr has 32 billion parameters.', 'zephyr', 'parameter count');
    expect(findDisagreements([family, one])).toEqual([]);
  });

  it('takes different amounts of an event (a funding round) as different rounds, and restatements as one', () => {
    expect(findDisagreements([fig('a', 1, '1 billion yuan', 'zephyr', 'funding'), fig('b', 1, '1.5 billion yuan', 'zephyr', 'funding')])).toEqual([]);
    const same = findDisagreements([fig('a', 1, '1.5 billion yuan', 'zephyr', 'funding'), fig('b', 1, '1.52 billion yuan', 'zephyr', 'funding')]);
    expect(same.map((d) => [d.kind, d.low, d.high])).toEqual([['rounding', 1.5e9, 1.52e9]]);
  });

  it('takes a market value lost on different days as different events, and restatements of one day as one', () => {
    const found = findDisagreements([
      fig('a', 1, 'On March 3 Orbis lost $412 billion of market value.', 'orbis', 'market value loss'),
      fig('b', 1, 'Orbis lost US$412b in market value on Monday.', 'orbis', 'market value loss'),
      fig('c', 1, 'Orbis lost nearly $400 billion of market value.', 'orbis', 'market value loss'),
      fig('d', 1, 'Orbis fell again on Wednesday, wiping out about $150 billion of market value.', 'orbis', 'market value loss'),
    ]);
    expect(found.map((d) => [d.kind, d.low, d.high, d.sources])).toEqual([['rounding', 400e9, 412e9, 3]]);
  });

  it('never compares different measures, units or subjects', () => {
    expect(
      findDisagreements([
        fig('a', 1, '$5.6 million', 'orbis-2', 'training cost'),
        fig('b', 1, '$900 million', 'orbis-2', 'operating costs'),
        fig('c', 1, '$40 million', 'zephyr', 'training cost'),
        fig('d', 1, '5.6 million users', 'orbis-2', 'training cost'),
      ]),
    ).toEqual([]);
  });

  it('leaves out the parts of a breakdown listed in one paragraph', () => {
    const found = findDisagreements([
      fig('a', 3, 'roughly 50,000 GPUs', 'zephyr', 'chip count'),
      fig('b', 2, '30,000 GPUs', 'zephyr', 'chip count'),
      fig('b', 2, '10,000 GPUs', 'zephyr', 'chip count'),
      fig('b', 2, '10,000 GPUs', 'zephyr', 'chip count'),
    ]);
    expect(found).toEqual([]);
  });

  it('keeps a whole beside its part of another period in one paragraph, and compares the whole across sources', () => {
    const s = 'Orbis spent 76.8bn yuan on capital expenditure in 2024, of which 36.6bn yuan fell in the fourth quarter alone.';
    const part = withSentence(fig('a', 1, '36.6bn yuan', 'orbis', 'capital expenditure'), s);
    const found = findDisagreements([
      withSentence(fig('a', 1, '76.8bn yuan', 'orbis', 'capital expenditure'), s),
      part,
      fig('b', 4, 'Orbis spent about 77bn yuan on capital expenditure last year.', 'orbis', 'capital expenditure'),
    ]);
    expect(found.map((d) => [d.kind, d.low, d.high])).toEqual([['rounding', 76.8e9, 77e9]]);
  });

  it('finds nothing, and does not fail, when every figure of a group is part of a breakdown', () => {
    const found = findDisagreements([
      fig('a', 1, '30,000 GPUs', 'zephyr', 'chip count'),
      fig('a', 1, '10,000 GPUs', 'zephyr', 'chip count'),
      fig('b', 2, '20,000 GPUs', 'zephyr', 'chip count'),
      fig('b', 2, '5,000 GPUs', 'zephyr', 'chip count'),
    ]);
    expect(found).toEqual([]);
  });

  it('compares changes only within one restated event', () => {
    const found = findDisagreements([
      fig('a', 1, '17%', 'zephyr', 'share price change'),
      fig('b', 1, '16.9%', 'zephyr', 'share price change'),
      fig('b', 1, '8.9%', 'zephyr', 'share price change'),
      fig('c', 4, '171%', 'zephyr', 'share price change'),
    ]);
    expect(found.map((d) => [d.kind, d.figures.map((f) => f.text)])).toEqual([['rounding', ['16.9%', '17%']]]);
  });

  it('reports each change that several sources restate as an event of its own', () => {
    const found = findDisagreements([
      fig('a', 1, '17%', 'zephyr', 'share price change'),
      fig('b', 1, '16.97%', 'zephyr', 'share price change'),
      fig('c', 1, '5.8%', 'zephyr', 'share price change'),
      fig('d', 1, 'nearly 6%', 'zephyr', 'share price change'),
    ]);
    expect(found.map((d) => [d.kind, d.figures.map((f) => f.text).sort()]).sort()).toEqual([
      ['rounding', ['16.97%', '17%']],
      ['rounding', ['5.8%', 'nearly 6%']],
    ]);
  });

  it('ignores figures whose subject was only carried over from earlier sentences', () => {
    const carried = { ...fig('b', 1, '$9 billion', 'zephyr', 'valuation'), subjectFrom: 'context' as const };
    expect(findDisagreements([fig('a', 1, '$3 billion', 'zephyr', 'valuation'), carried])).toEqual([]);
  });
});

describe('findDisagreements: scope', () => {
  it('never compares a plan with the current state, a quarter with a year, or an earlier round with this one', () => {
    expect(findDisagreements([fig('a', 1, 'Orbis runs 100,000 GPUs.', 'orbis', 'chip count'), fig('b', 1, 'Orbis plans to reach 1 million GPUs.', 'orbis', 'chip count')])).toEqual([]);
    expect(findDisagreements([fig('a', 1, 'Orbis made $17 billion in its last fiscal year.', 'orbis', 'revenue'), fig('b', 1, 'In the quarter to January, Orbis made $5.5 billion.', 'orbis', 'revenue')])).toEqual([]);
    expect(
      findDisagreements([fig('a', 1, 'The round values Orbis at $80 billion.', 'orbis', 'valuation'), fig('b', 1, 'Orbis previously raised money at a valuation of $24 billion.', 'orbis', 'valuation')]),
    ).toEqual([]);
  });

  it('still compares figures of one scope, stated or left unsaid', () => {
    const found = findDisagreements([fig('a', 1, 'Orbis made $17.1 billion in the year to January.', 'orbis', 'revenue'), fig('b', 1, 'Orbis made about $17 billion.', 'orbis', 'revenue')]);
    expect(found.map((d) => d.kind)).toEqual(['rounding']);
  });

  it('keeps one thing\'s figure beside a sum in the same paragraph, and a value beside an earlier one', () => {
    const found = findDisagreements([
      fig('a', 1, 'Orbis runs about 20,000 chips in one cluster, and some 230,000 chips across all its data centres.', 'orbis', 'chip count'),
      fig('b', 1, 'Orbis has about 30,000 chips in the cluster.', 'orbis', 'chip count'),
    ].flatMap((f) => {
      if (f.source !== 'a') return [f];
      // The second figure of the same sentence.
      const sum = fig('a', 1, 'some 230,000 chips', 'orbis', 'chip count');
      sentences.set(sum, sentences.get(f)!);
      return [f, sum];
    }));
    expect(found.map((d) => [d.kind, d.low, d.high])).toEqual([['conflict', 20000, 30000]]);
  });

  it('reports no disagreement between open bounds all of one side ("more than 80,000", "more than 100,000")', () => {
    const over = [fig('a', 1, 'More than 80,000 apps have been built on Orbis.', 'orbis', 'app count'), fig('b', 1, 'Over 100,000 apps are now built on Orbis.', 'orbis', 'app count')];
    expect(findDisagreements(over)).toEqual([]);
    const under = [fig('a', 1, 'Orbis has up to 20,000 GPUs.', 'orbis', 'chip count'), fig('b', 1, 'Orbis has fewer than 30,000 GPUs.', 'orbis', 'chip count')];
    expect(findDisagreements(under)).toEqual([]);
    // A bound beside a value stated as such still counts.
    const mixed = [fig('a', 1, 'More than 80,000 apps have been built on Orbis.', 'orbis', 'app count'), fig('b', 1, 'About 81,000 apps are built on Orbis.', 'orbis', 'app count')];
    expect(findDisagreements(mixed).map((d) => d.kind)).toEqual(['rounding']);
  });

  it('dates an undated quantity that changes over time by its article: months apart, it is another time', () => {
    const a = fig('a', 1, 'Orbis has 300 million weekly users.', 'orbis', 'weekly active users');
    const b = fig('b', 1, 'Orbis has 400 million weekly users.', 'orbis', 'weekly active users');
    expect(findDisagreements([a, b], new Map([['a', '2025-01-10'], ['b', '2025-06-02']]))).toEqual([]);
    expect(findDisagreements([a, b], new Map([['a', '2025-01-10'], ['b', '2025-01-30']])).map((d) => d.kind)).toEqual(['conflict']);
    // A valuation belongs to a round, not to the day it is reported.
    const v = [fig('a', 1, 'Orbis is valued at $80 billion.', 'orbis', 'valuation'), fig('b', 1, 'Orbis is valued at $120 billion.', 'orbis', 'valuation')];
    // The chips a training run used are fixed once it is done; a fleet still grows.
    const run = [fig('a', 1, 'Zephyr trained the model on 4,096 Acme chips.', 'zephyr-2', 'chip count'), fig('b', 1, 'The model was trained on about 4,000 chips.', 'zephyr-2', 'chip count')];
    expect(findDisagreements(run, new Map([['a', '2025-01-10'], ['b', '2025-06-02']])).map((d) => d.kind)).toEqual(['rounding']);
    const fleet = [fig('a', 1, 'Zephyr owns 4,096 Acme chips.', 'zephyr', 'chip count'), fig('b', 1, 'Zephyr owns about 4,000 chips.', 'zephyr', 'chip count')];
    expect(findDisagreements(fleet, new Map([['a', '2025-01-10'], ['b', '2025-06-02']]))).toEqual([]);
  });
});

describe('findDisagreements: a maker\'s figure and its product\'s', () => {
  const parentOf = (e: string) => (e === 'orbis-2' || e === 'orbis-3' ? 'orbis' : undefined);
  const run = (figures: LedgerFigure[]) => find(figures, (f) => sentences.get(f)!, new Map(), parentOf);

  it('joins a maker-level figure to the one product group it restates up to rounding', () => {
    const found = run([fig('a', 1, 'Orbis trained a model on 2,048 chips.', 'orbis', 'chip count'), fig('b', 1, 'Orbis-2 was trained on about 2,000 chips.', 'orbis-2', 'chip count')]);
    expect(found.map((d) => [d.entity, d.kind, d.sources])).toEqual([['orbis-2', 'rounding', 2]]);
  });

  it('never joins a value no rounding reconciles, nor one that fits two products', () => {
    expect(run([fig('a', 1, 'Orbis runs 50,000 chips.', 'orbis', 'chip count'), fig('b', 1, 'Orbis-2 was trained on 2,048 chips.', 'orbis-2', 'chip count')])).toEqual([]);
    expect(
      run([fig('a', 1, 'Orbis trained a model on 2,048 chips.', 'orbis', 'chip count'), fig('b', 1, 'Orbis-2 was trained on 2,048 chips.', 'orbis-2', 'chip count'), fig('c', 1, 'Orbis-3 was trained on about 2,000 chips.', 'orbis-3', 'chip count')]),
    ).toEqual([]);
  });

  it("never compares the chips an organisation trained one model on with the chips it has", () => {
    expect(run([fig('a', 1, 'Orbis trained a model on about 2,000 chips.', 'orbis', 'chip count'), fig('b', 1, 'Orbis has roughly 50,000 chips of several types.', 'orbis', 'chip count')])).toEqual([]);
    // A product's chips are its training cluster, said or not.
    expect(run([fig('a', 1, 'Orbis-2 was trained on about 2,000 chips.', 'orbis-2', 'chip count'), fig('b', 1, 'Orbis-2 used 2,048 chips.', 'orbis-2', 'chip count')]).map((d) => d.kind)).toEqual(['rounding']);
    // Unless the sentence says the chips are a fleet: chips had access to are not a training run's.
    expect(run([fig('a', 1, 'Orbis-2 was trained on about 2,000 chips.', 'orbis-2', 'chip count'), fig('b', 1, 'Its maker has access to around 50,000 chips, shared with Orbis-2.', 'orbis-2', 'chip count')])).toEqual([]);
    expect(run([fig('a', 1, 'Orbis-2 used about 2,000 chips.', 'orbis-2', 'chip count'), fig('b', 1, 'The lab owns around 50,000 chips for Orbis-2.', 'orbis-2', 'chip count')])).toEqual([]);
  });

  it("keeps a maker's conflict whole", () => {
    const found = run([
      fig('a', 1, 'Orbis made 102,000 chips in 2024.', 'orbis', 'production'),
      fig('b', 1, 'Orbis made 130,000 chips in 2024.', 'orbis', 'production'),
      fig('c', 1, 'Orbis-2 output reached about 100,000 chips in 2024.', 'orbis-2', 'production'),
    ]);
    expect(found.map((d) => [d.entity, d.kind])).toContainEqual(['orbis', 'conflict']);
  });
});

describe('findDisagreements: open bounds', () => {
  it('takes a value beyond a "more than" or "up to" bound as no conflict, and one short of it as one', () => {
    expect(findDisagreements([fig('a', 1, 'more than $1 billion', 'zephyr', 'valuation'), fig('b', 1, 'about $4 billion', 'zephyr', 'valuation')])).toEqual([]);
    expect(findDisagreements([fig('a', 1, 'up to $500 billion', 'zephyr', 'investment'), fig('b', 1, '$100 billion', 'zephyr', 'investment')])).toEqual([]);
    expect(findDisagreements([fig('a', 1, 'at least $16 billion', 'zephyr', 'orders'), fig('b', 1, 'about $12 billion', 'zephyr', 'orders')]).map((d) => d.kind)).toEqual(['conflict']);
    // The bound is left out; the values it does not bound still compare.
    const found = findDisagreements([fig('a', 1, 'more than $1 billion', 'zephyr', 'valuation'), fig('b', 1, '$2.55 billion', 'zephyr', 'valuation'), fig('c', 1, '$2.6 billion', 'zephyr', 'valuation')]);
    expect(found.map((d) => [d.kind, d.low, d.high, d.sources])).toEqual([['rounding', 2.55e9, 2.6e9, 2]]);
  });
});

describe('findDisagreements: a whole and its parts in one paragraph', () => {
  it('keeps the whole that sums its parts, and compares it across sources', () => {
    const s = 'Orbis-2 took 2.788 million GPU-hours: 2.664 million GPU-hours for pre-training, 119,000 GPU-hours for context extension and 5,000 GPU-hours for post-training.';
    const found = findDisagreements([
      ...['2.788 million GPU-hours', '2.664 million GPU-hours', '119,000 GPU-hours', '5,000 GPU-hours'].map((t) => withSentence(fig('a', 1, t, 'orbis-2', 'training compute'), s)),
      fig('b', 1, 'about 2.8 million GPU-hours', 'orbis-2', 'training compute'),
    ]);
    expect(found.map((d) => [d.kind, d.low, d.high, d.figures.length])).toEqual([['rounding', 2_788_000, 2_800_000, 2]]);
  });
  it('keeps nothing where no value is the sum of the others', () => {
    const found = findDisagreements([fig('a', 1, '30,000 GPUs', 'zephyr', 'chip count'), fig('a', 1, '12,000 GPUs', 'zephyr', 'chip count'), fig('a', 1, '5,000 GPUs', 'zephyr', 'chip count'), fig('b', 2, '30,500 GPUs', 'zephyr', 'chip count')]);
    expect(found).toEqual([]);
  });
});

describe('findDisagreements: periods named from the time of writing', () => {
  it('dates "this year" and "next quarter" by each article\'s publication', () => {
    const a = fig('a', 1, 'Orbis expects revenue of $43 billion next quarter.', 'orbis', 'revenue');
    const b = fig('b', 1, 'Orbis expects revenue of $40 billion next quarter.', 'orbis', 'revenue');
    // Written in the same quarter, "next quarter" is the same one; a quarter apart, two different ones.
    expect(findDisagreements([a, b], new Map([['a', '2025-02-10'], ['b', '2025-03-02']])).map((d) => d.kind)).toEqual(['conflict']);
    expect(findDisagreements([a, b], new Map([['a', '2025-02-10'], ['b', '2025-05-02']]))).toEqual([]);
    // "Last year" in a 2025 article is 2024, as "in 2024" in another.
    const c = fig('c', 1, 'Orbis made $17 billion last year.', 'orbis', 'revenue');
    const d = fig('d', 1, 'Orbis made $12 billion in 2024.', 'orbis', 'revenue');
    expect(findDisagreements([c, d], new Map([['c', '2025-02-10'], ['d', '2025-09-02']])).map((x) => x.kind)).toEqual(['conflict']);
    expect(findDisagreements([c, d], new Map([['c', '2026-02-10'], ['d', '2025-09-02']]))).toEqual([]);
  });
});
