import { describe, expect, it } from 'vitest';
import type { ArticleLabels, DisagreementLabels } from './labels.ts';
import { scoreDisagreements, type Reported } from './score-disagreements.ts';
import { chromeKept, factKept, fieldCorrect, matchFigures, measuresAgree, nonFigureLeaked, scoreArticle, subjectsAgree, unitsAgree } from './score.ts';
import { articleView, disagreementView, type ArticleView, type FigureView } from './view.ts';

const labels = (over: Partial<ArticleLabels> = {}): ArticleLabels => ({
  title: 'Nvidia sheds $589 billion',
  date: '2025-01-27',
  authors: ['Lena Hartmann', 'Omar Vidal'],
  publisher: 'Reuters',
  url: null,
  chrome_lines: [],
  facts: [],
  figures: [],
  not_figures: [],
  ...over,
});
const view = (over: Partial<ArticleView> = {}): ArticleView => ({ title: 'Nvidia sheds $589 billion', date: '2025-01-27', authors: ['Omar Vidal', 'Lena Hartmann'], publisher: 'Reuters', body: [], figures: [], ...over });
const fig = (text: string, value: number, over: Partial<FigureView> = {}): FigureView => ({ text, values: [value], ...over });

describe('metadata fields', () => {
  it('compares titles up to typographic quotes and whitespace, authors as a set ignoring case', () => {
    expect(fieldCorrect('title', labels({ title: "DeepSeek's bet" }), view({ title: 'DeepSeek’s  bet' }))).toBe(true);
    expect(fieldCorrect('title', labels(), view({ title: 'Nvidia sheds $589 billion | Reuters' }))).toBe(false);
    expect(fieldCorrect('authors', labels(), view({ authors: ['OMAR VIDAL', 'lena hartmann'] }))).toBe(true);
    expect(fieldCorrect('authors', labels(), view({ authors: ['Lena Hartmann'] }))).toBe(false);
  });

  it('needs the time only when the label has one, and no date where the text states none', () => {
    expect(fieldCorrect('date', labels(), view({ date: '2025-01-27' }))).toBe(true);
    expect(fieldCorrect('date', labels({ date: '2025-01-27T21:41' }), view({ date: '2025-01-27' }))).toBe(false);
    expect(fieldCorrect('date', labels({ date: '2025-01-27T21:41' }), view({ date: '2025-01-27T21:41' }))).toBe(true);
    expect(fieldCorrect('date', labels({ date: null }), view({ date: '2025-03-01' }))).toBe(false);
    expect(fieldCorrect('date', labels({ date: null }), view({ date: undefined }))).toBe(true);
  });

  it('wants no publisher or URL invented, and an untitled text to say its title is inferred', () => {
    expect(fieldCorrect('publisher', labels({ publisher: null }), view())).toBe(false);
    expect(fieldCorrect('url', labels({ url: 'https://a.example/x/' }), view({ url: 'https://a.example/x' }))).toBe(true);
    expect(fieldCorrect('title', labels({ title: null }), view({ titleInferred: true }))).toBe(true);
    expect(fieldCorrect('title', labels({ title: null }), view({ titleInferred: false }))).toBe(false);
  });
});

describe('chrome and facts', () => {
  it('counts a chrome line as kept when a block is it or is glued to it, not when a sentence uses the word', () => {
    expect(chromeKept('Share', ['Share'])).toBe(true);
    expect(chromeKept('Share', ['Share Nvidia fell 17% on Monday.'])).toBe(true);
    expect(chromeKept('Share', ['Its share of revenue fell.'])).toBe(false);
    expect(chromeKept('Photo: VCG/Getty Images', ['ByteDance said so. Photo: VCG/Getty Images'])).toBe(true);
    expect(chromeKept('We use cookies to improve your experience.', ['Intro. We use cookies to improve your experience. More text.'])).toBe(true);
  });

  it('does not count a paragraph that is a whole line of the source as a chrome line glued to it', () => {
    const source = new Set(['SoftBank', 'SoftBank said it would invest.', 'Share', 'Nvidia fell 17% on Monday.']);
    expect(chromeKept('SoftBank', ['SoftBank said it would invest.'], source)).toBe(false);
    expect(chromeKept('Share', ['Share Nvidia fell 17% on Monday.'], source)).toBe(true);
    expect(chromeKept('SoftBank', ['SoftBank'], source)).toBe(true);
  });

  it('keeps a fact only when one block holds it verbatim', () => {
    expect(factKept('Salaries are high for China.', ['Intro.', 'Salaries are high for China. Job postings…'])).toBe(true);
    expect(factKept('Salaries are high for China.', ['Salaries are high', 'for China.'])).toBe(false);
  });
});

describe('figures', () => {
  it('matches by value within 0.5% and by unit when the ingest gives one, one to one', () => {
    const want = [
      { text: '$5.576 million', value: 5576000, unit: 'USD', subject: 'DeepSeek-V3', measure: 'training cost' },
      { text: '2,048', value: 2048, unit: 'GPU', subject: 'DeepSeek-V3', measure: 'chip count' },
    ];
    const noUnits = matchFigures(want, [fig('$5.58 million', 5580000), fig('2,048', 2048)]);
    expect(noUnits.map((m) => [Boolean(m.figure), m.unitCompared])).toEqual([[true, false], [true, false]]);
    const wrongUnit = matchFigures(want, [fig('2,048', 2048, { unit: 'USD' })]);
    expect(wrongUnit[1]!.figure).toBeUndefined();
    const oneForTwo = matchFigures([want[1]!, want[1]!], [fig('2,048', 2048, { unit: 'GPUs' })]);
    expect(oneForTwo.map((m) => Boolean(m.figure))).toEqual([true, false]);
    expect(matchFigures(want, [fig('$5.4 million', 5400000)])[0]!.figure).toBeUndefined();
  });

  it('prefers the figure whose text overlaps the label when values repeat', () => {
    const [m] = matchFigures([{ text: '10,000 H800s', value: 10000, unit: 'GPU', subject: 'H800', measure: 'chip count' }], [fig('10,000', 10000, { sentence: 'a' }), fig('10,000 H800s', 10000, { sentence: 'b' })]);
    expect(m!.figure!.sentence).toBe('b');
  });

  it('folds units: $ and USD, plurals, rates by their leading unit', () => {
    expect(unitsAgree('USD', '$')).toBe(true);
    expect(unitsAgree('GPU', 'GPUs')).toBe(true);
    expect(unitsAgree('USD per million tokens', 'USD')).toBe(true);
    expect(unitsAgree('%', 'percent')).toBe(true);
    expect(unitsAgree('GPU', 'parameter')).toBe(false);
    expect(unitsAgree('GPU', 'chips')).toBe(true);
    expect(unitsAgree('employee', 'people')).toBe(true);
    expect(unitsAgree('USD per million tokens', 'USD/1M tokens')).toBe(true);
    expect(unitsAgree('GPU-hour', 'GPU hours')).toBe(true);
    expect(unitsAgree('GPU-hour', 'GPU')).toBe(false);
    expect(unitsAgree('CNY', 'USD')).toBe(false);
    expect(unitsAgree('megawatt', 'MW')).toBe(true);
    expect(unitsAgree('megawatt', 'GW')).toBe(false);
  });

  it('accepts a subject by slug, or any of a list of acceptable subjects', () => {
    expect(subjectsAgree('DeepSeek-V3', 'deepseek-v3')).toBe(true);
    expect(subjectsAgree(['DeepSeek-V3', 'DeepSeek'], 'deepseek')).toBe(true);
    expect(subjectsAgree(['DeepSeek-V3', 'DeepSeek'], 'highflyer')).toBe(false);
    // A name the gazetteer lacks, as written: the same name without a word saying what kind of company it is, or a company form.
    expect(subjectsAgree('Mistral AI', 'Mistral')).toBe(true);
    expect(subjectsAgree('Kestrel Labs', 'Kestrel Labs')).toBe(true);
    expect(subjectsAgree('Vantor', 'Vantor Inc.')).toBe(true);
    expect(subjectsAgree('Mistral Compute', 'Mistral')).toBe(false);
    expect(subjectsAgree('Fathom Cloud', 'Fathom')).toBe(false);
    expect(subjectsAgree('Mistral AI', 'Mist')).toBe(false);
  });

  it('accepts a measure written in another order or with more detail, not a generic one', () => {
    expect(measuresAgree('input price', 'API price (input)')).toBe(true);
    expect(measuresAgree('valuation', 'Valuations')).toBe(true);
    expect(measuresAgree('annualized revenue', 'annualised revenue')).toBe(true);
    expect(measuresAgree('training cost', 'amount')).toBe(false);
    expect(measuresAgree('training cost', 'training compute')).toBe(false);
    expect(measuresAgree('headcount', 'count')).toBe(false);
    expect(measuresAgree('chip count', 'count')).toBe(false);
    expect(measuresAgree('count', 'count')).toBe(true);
  });

  it('finds a leaked non-figure by a figure inside it in a sentence that holds it', () => {
    const figs = [fig('27', 27, { sentence: 'NEW YORK, Jan 27 (Reuters) - Nvidia fell.' }), fig('17%', 17, { sentence: 'Nvidia fell 17%.' })];
    expect(nonFigureLeaked('Jan 27', figs)?.text).toBe('27');
    expect(nonFigureLeaked('GPT-4o', figs)).toBeUndefined();
    expect(nonFigureLeaked('17.42 GMT', figs)).toBeUndefined();
  });

  it('scores an article that made no page as failing every measure', () => {
    const s = scoreArticle('a.html', labels({ chrome_lines: ['Share'], facts: ['A fact.'], not_figures: ['Jan 27'] }), undefined);
    expect(s.chrome.removed).toBe(0);
    expect(s.facts.kept).toBe(0);
    expect(s.nonFigures.leaked).toEqual(['Jan 27']);
    expect(Object.values(s.fields).every((x) => !x)).toBe(true);
  });
});

describe('reading the pipeline output defensively', () => {
  it('reads figures with or without unit, subject and measure, and range ends', () => {
    expect(articleView({ title: 'T', authors: [], body: [{ type: 'paragraph', text: 'x' }], figures: [{ p: 1, kind: 'money', value: 5, text: '$5', sentence: 's', quantity: 'amount', entity: 'openai' }] }).figures).toEqual([
      { text: '$5', values: [5], subject: 'openai', measure: 'amount', sentence: 's' },
    ]);
    expect(articleView({ title: 'T', date: { iso: '2025-01-03', text: 'Jan 3, 2025' }, figures: [{ value: 1.5e9, high: 7e10, unit: 'parameter', subject: 'DeepSeek-R1', measure: 'parameter count', text: 'x' }] })).toMatchObject({
      date: '2025-01-03',
      figures: [{ values: [1.5e9, 7e10], unit: 'parameter', subject: 'DeepSeek-R1' }],
    });
    expect(disagreementView({ entity: 'nvidia', quantity: 'valuation', figures: [{ source: 'a', value: 1 }, { source: 'b' }] })).toEqual({ subject: 'nvidia', measure: 'valuation', members: [{ source: 'a', value: 1 }] });
  });
});

describe('disagreements', () => {
  const set: DisagreementLabels = {
    expected: [{ subject: 'DeepSeek-V3', measure: 'training cost', kind: 'rounding', sources: [{ file: 'a.txt', value: 5576000 }, { file: 'b.txt', value: 5600000 }, { file: 'c.txt', value: 6000000 }] }],
    traps: [{ name: 'run vs lab', parts: [[{ file: 'a.txt', value: 5576000 }], [{ file: 'b.txt', value: 500000000 }]] }],
  };
  const r = (members: [string, number][], over: Partial<Reported> = {}): Reported => ({ members: members.map(([file, value]) => ({ file, value })), ...over });

  it('finds a group covered by two of its sources, and says when look-alikes are lumped in', () => {
    const clean = scoreDisagreements(set, [r([['a.txt', 5576000], ['c.txt', 6000000]], { kind: 'rounding', subject: 'deepseek-v3' })]);
    expect(clean.found).toMatchObject([{ sourcesHeld: 2, sourcesTotal: 3, foreign: [], kindReported: 'rounding', subjectAgrees: true }]);
    expect(clean.invented).toEqual([]);
    expect(clean.trapsHit).toEqual([]);
    const lumped = scoreDisagreements(set, [r([['a.txt', 5576000], ['b.txt', 5600000], ['b.txt', 500000000]])]);
    expect(lumped.found[0]!.foreign).toEqual(['b.txt: 500000000']);
    expect(lumped.trapsHit.map((t) => t.name)).toEqual(['run vs lab']);
  });

  it('counts a group of one source, or of unlabelled figures, as not found and invented', () => {
    const s = scoreDisagreements(set, [r([['a.txt', 5576000], ['a.txt', 2048]]), r([['x.txt', 1], ['y.txt', 2]])]);
    expect(s.found).toEqual([]);
    expect(s.missed).toHaveLength(1);
    expect(s.invented).toHaveLength(2);
  });
});
