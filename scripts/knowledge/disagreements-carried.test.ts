import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import { measureOf } from '../ingest/quantities.ts';
import { findDisagreements as find, type LedgerFigure } from './disagreements.ts';

/** Invented sentences: each figure as the link stage would record it, its measure read from its sentence. */
const sentences = new Map<LedgerFigure, string>();
function fig(source: string, text: string, figure: string, entity: string, from: 'sentence' | 'context' = 'sentence'): LedgerFigure {
  const { index, end, ...f } = extractFigures(text).find((g) => g.text.includes(figure))!;
  const made: LedgerFigure = { ...f, p: 1, start: 0, end: text.length, measure: measureOf(f, text, index, end), entity, subjectFrom: from, source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}
const parents: Record<string, string> = { 'orbis-2': 'orbis', 'orbis-1': 'orbis', 'zephyr-7': 'zephyr' };
/** Disagreements found, with each source's title naming the entities given. */
const found = (figures: readonly LedgerFigure[], titles: Record<string, string[]> = {}) =>
  find(figures, (f) => sentences.get(f)!, new Map(), (e) => parents[e], (s) => new Set(titles[s] ?? []));
const values = (figures: readonly LedgerFigure[], titles?: Record<string, string[]>) => found(figures, titles).map((d) => [d.kind, d.figures.map((f) => f.value).sort((a, b) => a - b)]);

describe('findDisagreements: a figure whose subject is carried over', () => {
  // One fact, in several wordings, with the model named in other sentences than the figure's.
  const named = [
    fig('a', 'Orbis says the final run of Orbis-2 took about 2.8 million GPU-hours.', '2.8 million', 'orbis-2'),
    fig('b', 'Training Orbis-2 consumed 2.79 million GPU-hours, the lab said.', '2.79 million', 'orbis-2'),
  ];
  const carried = [
    fig('c', 'According to the report, the final training run consumed 2.788 million GPU-hours.', '2.788 million', 'orbis-2', 'context'),
    fig('d', 'All told, the pre-training took 2.788 million GPU hours on its cluster.', '2.788 million', 'orbis-2', 'context'),
  ];
  it('widens its subject\'s spread where its article\'s title names the subject or its maker', () => {
    expect(values([...named, ...carried], { c: ['orbis'], d: ['orbis-2'] })).toEqual([['rounding', [2_788_000, 2_788_000, 2_790_000, 2_800_000]]]);
  });
  it('is left out where the title names neither (the article may be about another model)', () => {
    expect(values([...named, ...carried], { c: ['zephyr-7'] })).toEqual([['rounding', [2_790_000, 2_800_000]]]);
  });
  it('never makes a conflict, nor a group of its own', () => {
    const far = fig('c', 'The whole run consumed 5.6 million GPU-hours.', '5.6 million', 'orbis-2', 'context');
    expect(values([named[0]!, far], { c: ['orbis-2'] })).toEqual([]);
    expect(values(carried, { c: ['orbis-2'], d: ['orbis-2'] })).toEqual([]);
  });
  it('joins only for a model\'s own measures, not a project\'s carried over from a site or phase named before', () => {
    const site = fig('a', 'Zephyr said the first phase of its campus is planned at 1 gigawatt.', '1 gigawatt', 'zephyr');
    const other = fig('b', 'When complete, it is expected to draw about 1.2 gigawatts of power.', '1.2 gigawatts', 'zephyr', 'context');
    expect(values([site, other], { b: ['zephyr'] })).toEqual([]);
  });
});

describe('findDisagreements: a company total in a sentence opening with the bare measure', () => {
  const named = fig('a', 'Zephyr reported $31.2 billion in revenue for its fiscal third quarter.', '$31.2', 'zephyr');
  it('joins "Revenue reached …" carried over, in an article whose title names the company', () => {
    const bare = fig('b', 'Revenue reached $31.24 billion in the quarter, up 40% from a year earlier.', '$31.24', 'zephyr', 'context');
    expect(values([named, bare], { b: ['zephyr'] })).toEqual([['rounding', [31_200_000_000, 31_240_000_000]]]);
    expect(values([named, bare], { b: ['orbis'] })).toEqual([]);
  });
  it('joins the company speaking in the first person ("We delivered … revenue of …"), in an article whose title names it', () => {
    const spoken = fig('b', 'We closed a strong quarter, with revenue of $31.24 billion, up 40% from a year ago.', '$31.24', 'zephyr', 'context');
    expect(values([named, spoken], { b: ['zephyr'] })).toEqual([['rounding', [31_200_000_000, 31_240_000_000]]]);
    expect(values([named, spoken], { b: ['orbis'] })).toEqual([]);
  });
  it('leaves out a part of the business or an owner named before the measure', () => {
    const part = fig('b', 'Its cloud revenue reached $31.24 billion in the quarter.', '$31.24', 'zephyr', 'context');
    expect(values([named, part], { b: ['zephyr'] })).toEqual([]);
  });
  it('joins one part\'s revenue opening the sentence with its period and part named, never its owner', () => {
    const cloud = (f: LedgerFigure) => Object.assign(f, { measure: 'cloud revenue' });
    const own = cloud(fig('a', "Zephyr's fourth-quarter cloud revenue came in at $35.58 billion.", '$35.58', 'zephyr'));
    const bare = cloud(fig('b', 'Fourth-quarter Cloud revenue was a record $35.6 billion, driven by new chips.', '$35.6', 'zephyr', 'context'));
    expect(values([own, bare], { b: ['zephyr'] })).toEqual([['rounding', [35_580_000_000, 35_600_000_000]]]);
    const owned = cloud(fig('b', "The group's cloud revenue was $35.6 billion.", '$35.6', 'zephyr', 'context'));
    expect(values([own, owned], { b: ['zephyr'] })).toEqual([]);
  });
});

describe('findDisagreements: a share move in a sentence opening with the bare shares', () => {
  const named = fig('a', 'Shares of Zephyr closed down 17% on Monday.', '17%', 'zephyr');
  it('joins "Shares fell …" carried over, in an article whose title names the company', () => {
    const bare = fig('b', '* Shares fell 16.97% to $118.42 in New York', '16.97%', 'zephyr', 'context');
    expect(values([named, bare], { b: ['zephyr'] })).toEqual([['rounding', [16.97, 17]]]);
    expect(values([named, bare], { b: ['orbis'] })).toEqual([]);
  });
  it('leaves out a sentence naming another before the shares', () => {
    const other = fig('b', "Its supplier's shares fell 16.97% in New York.", '16.97%', 'zephyr', 'context');
    expect(values([named, other], { b: ['zephyr'] })).toEqual([]);
  });
});

describe('findDisagreements: one outlay in other words', () => {
  it('compares money to be spent on hardware with money to be invested in infrastructure', () => {
    const invest = fig('a', 'Zephyr said it would invest at least 380 billion yuan (about $53 billion) in AI infrastructure over three years.', '$53', 'zephyr');
    const spend = fig('b', 'Zephyr will spend 380 billion yuan ($52.4 billion) on cloud and AI hardware over three years.', '$52.4', 'zephyr');
    expect([invest.measure, spend.measure]).toEqual(['infrastructure investment', 'hardware spending']);
    expect(values([invest, spend])).toEqual([['rounding', [52_400_000_000, 53_000_000_000]]]);
  });
  it('compares capital spending set aside for a year with infrastructure spending planned for it, not with a three-year plan', () => {
    const capex = fig('a', 'Zephyr has set aside about $20 billion for AI capital spending in 2025, people briefed on the plan said.', '$20', 'zephyr');
    const plan = fig('b', 'Zephyr plans to spend about $12 billion on artificial intelligence infrastructure in 2025.', '$12', 'zephyr');
    const years = fig('c', 'Zephyr will invest $50 billion in AI infrastructure over the next three years.', '$50', 'zephyr');
    expect([capex.measure, plan.measure]).toEqual(['capital expenditure', 'infrastructure investment']);
    expect(values([capex, plan, years])).toEqual([['conflict', [12_000_000_000, 20_000_000_000]]]);
  });
});

describe('findDisagreements: a listed company\'s stock measure in a sentence opening with its shares', () => {
  it('joins "The shares lost …" carried over, in an article whose title names the company', () => {
    const named = fig('a', 'Zephyr lost $589 billion of market value on Monday.', '$589', 'zephyr');
    const bare = fig('b', 'The shares lost nearly $600 billion of market value in a single session.', '$600', 'zephyr', 'context');
    expect(values([named, bare], { b: ['zephyr'] })).toEqual([['rounding', [589_000_000_000, 600_000_000_000]]]);
    expect(values([named, bare], { b: ['orbis'] })).toEqual([]);
  });
});
