import { afterEach, describe, expect, it } from 'vitest';
import saved from './header-rank-model.json' with { type: 'json' };
import { TITLE_FEATURES } from './header-rank-features.ts';
import { observeTitleChoice, type TitleModel, TitleModelSchema, type TitleRow, useTitleModel } from './header-rank.ts';
import { BODY, read } from './header-fixture.ts';
import { type Example, labelDigest, OPEN_SETS, titleLabels, train } from '../eval/train-header.ts';

/**
 * The learned headline ranker, on invented headers: the features it sees, that a model in use
 * chooses the headline and the rules choose without one, and that the saved model was trained on the
 * open sets' current labels (the test does not retrain: it compares the digest).
 */

const LEDE = 'Shipyard orders slowed sharply in March as freight rates fell for a fourth month, brokers in Bergen and Gdansk said on Monday, and two yards postponed new hulls.';
const HEADER = ['Harbour Ledger', 'Shipyard orders slow as freight rates fall', 'By Kari Hansen', 'March 3, 2031', LEDE, BODY].join('\n\n');

/** The rows the header's headline choice saw for `text`. */
function rowsOf(text: string): { rows: TitleRow[]; ruleAt: number; title: string } {
  let seen: { rows: TitleRow[]; ruleAt: number } = { rows: [], ruleAt: -1 };
  observeTitleChoice((rows, ruleAt) => (seen = { rows, ruleAt }));
  try {
    const title = read(text).title;
    return { ...seen, title };
  } finally {
    observeTitleChoice(undefined);
  }
}
const feature = (row: TitleRow, name: (typeof TITLE_FEATURES)[number]) => row.features[TITLE_FEATURES.indexOf(name)];

/** A model that weighs one feature only: for checking that the model, not the rules, chooses. */
const only = (name: (typeof TITLE_FEATURES)[number], weight = 1): TitleModel => ({
  features: [...TITLE_FEATURES],
  enabled: true,
  digest: '',
  trainedOn: [],
  rows: 0,
  articles: 0,
  model: { name: 'LogisticRegression', classifiers: [{ weights: [TITLE_FEATURES.map((n) => (n === name ? weight : 0))] }, { weights: [TITLE_FEATURES.map(() => 0)] }] },
});

afterEach(() => useTitleModel(undefined));

describe('headline features', () => {
  it('sees the headline over its byline and date, sharing words with the lede, and the rules choosing it', () => {
    useTitleModel(undefined);
    const { rows, title } = rowsOf(HEADER);
    expect(title).toBe('Shipyard orders slow as freight rates fall');
    const headline = rows.find((r) => r.title === title)!;
    expect(feature(headline, 'date or byline under it')).toBe(1);
    expect(feature(headline, 'rules chose it')).toBe(1);
    expect(feature(headline, 'shares words with the first paragraph')).toBeGreaterThan(0.5);
    expect(feature(headline, 'four words or more')).toBe(1);
    expect(headline.features).toHaveLength(TITLE_FEATURES.length);
    for (const r of rows.filter((r) => r !== headline)) expect(feature(r, 'rules chose it')).toBe(0);
  });

  it('reads the words of the URL slug and a site tail after a bar', () => {
    const text = ['https://ledger.example/2031/03/shipyard-orders-slow-freight-rates', 'Shipyard orders slow as freight rates fall | Harbour Ledger', 'March 3, 2031', LEDE, BODY].join('\n\n');
    const { rows } = rowsOf(`Harbour Ledger\n\n${text}`);
    const headline = rows.find((r) => r.title === 'Shipyard orders slow as freight rates fall')!;
    // All its long words but "fall" are in the slug.
    expect(feature(headline, 'shares words with the URL slug')).toBeCloseTo(5 / 6);
    expect(feature(headline, 'outlet after a bar or dash')).toBe(1);
  });
});

describe('choosing with a model', () => {
  it('takes the line the model scores highest, and the rules\' choice without a model', () => {
    useTitleModel(only('first candidate'));
    expect(read(HEADER).title).toBe('Harbour Ledger');
    useTitleModel(only('nearness of the date or byline below'));
    expect(read(HEADER).title).toBe('Shipyard orders slow as freight rates fall');
    useTitleModel(undefined);
    expect(read(HEADER).title).toBe('Shipyard orders slow as freight rates fall');
  });

  it('keeps a URL glued to the chosen line out of the title, and the rest of its text as it stands', () => {
    useTitleModel(only('first candidate'));
    expect(read(['Orders <slow> as rates fall https://ledger.example/x', 'Harbour Ledger', 'March 3, 2031', LEDE, BODY].join('\n\n')).title).toBe('Orders <slow> as rates fall');
  });

  it('refuses a model trained on other features, naming the file and what to run', () => {
    expect(() => useTitleModel({ ...only('bias'), features: ['bias'] })).toThrow(/header-rank-model\.json.*npm run train:header/);
  });

  it('learns from invented headers, the same weights every time, ranking their headlines first', () => {
    const texts = [HEADER, ['Markets', 'Freight rates fall for a fourth month', 'By Ola Nordmann', 'April 2, 2031', LEDE, BODY].join('\n\n'), ['Harbour Ledger', 'Weekly', 'Two yards postpone new hulls as orders slow', 'May 5, 2031', LEDE, BODY].join('\n\n')];
    const heads = ['Shipyard orders slow as freight rates fall', 'Freight rates fall for a fourth month', 'Two yards postpone new hulls as orders slow'];
    const exs: Example[] = texts.map((t, k) => {
      const { rows } = rowsOf(t);
      return { set: 'invented', file: `${k}.txt`, rows, right: rows.map((r) => r.title === heads[k]) };
    }).filter((e) => e.rows.length >= 2);
    expect(exs.length).toBeGreaterThan(0);
    const json = (withRules: boolean) => JSON.parse(JSON.stringify(train(exs, withRules).toJSON())) as TitleModel['model'];
    expect(json(false)).toEqual(json(false));
    useTitleModel({ ...only('bias'), model: json(false) });
    for (const [k, t] of texts.entries()) expect(read(t).title).toBe(heads[k]);
  });
});

describe('the saved model', () => {
  const model = TitleModelSchema.parse(saved);

  it('was trained on the open sets only, with the features the ingest computes', () => {
    expect(model.trainedOn).toEqual([...OPEN_SETS]);
    // Neither the blind sets being measured (run.ts) nor the sets opened since its training are in it.
    for (const blind of ['holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26']) expect(model.trainedOn).not.toContain(blind);
    expect(model.trainedOn).toHaveLength(21);
    expect(model.features).toEqual([...TITLE_FEATURES]);
  });

  it('was trained on the title labels as they are now (else run npm run train:header)', async () => {
    expect(labelDigest(await titleLabels(process.cwd(), OPEN_SETS))).toBe(model.digest);
  });
});
