import { describe, expect, it } from 'vitest';
import { extractFigures } from '../ingest/figures.ts';
import { findDisagreements as find, type LedgerFigure } from './disagreements.ts';

/** Invented sentences in wordings the rules were not tuned on: each figure of a group as the link stage would record it. */
const sentences = new Map<LedgerFigure, string>();
function fig(source: string, text: string, figure: string, entity: string, measure: string): LedgerFigure {
  const { index: _i, end: _e, ...f } = extractFigures(text).find((g) => g.text.startsWith(figure))!;
  const made: LedgerFigure = { ...f, p: 1, start: 0, end: text.length, measure, entity, subjectFrom: 'sentence', source, sourceTitle: source };
  sentences.set(made, text);
  return made;
}
const kinds = (figures: readonly LedgerFigure[], published: Record<string, string>) => find(figures, (f) => sentences.get(f)!, new Map(Object.entries(published))).map((d) => d.kind);

describe('findDisagreements: plans in other words than "plans" and "expects"', () => {
  it('never compares a forecast, outlook, guidance, earmark or course with what was booked', () => {
    const days = { a: '2025-03-10', b: '2025-03-12' };
    const booked = fig('a', "Orbis's revenue hit $3.7 billion last year.", '$3.7', 'orbis', 'revenue');
    expect(kinds([booked, fig('b', 'Orbis sees revenue tripling to $12.7 billion.', '$12.7', 'orbis', 'revenue')], days)).toEqual([]);
    const spent = fig('a', 'Zephyr invested $11 billion in AI infrastructure, filings show.', '$11', 'zephyr', 'infrastructure investment');
    expect(kinds([spent, fig('b', 'Zephyr has earmarked $12 billion for AI infrastructure.', '$12', 'zephyr', 'infrastructure investment')], days)).toEqual([]);
    const capex = fig('a', 'Zephyr spent $55.7 billion on capital expenditure.', '$55.7', 'zephyr', 'capital expenditure');
    expect(kinds([capex, fig('b', 'Zephyr is on course to spend $80 billion on data centres.', '$80', 'zephyr', 'capital expenditure')], days)).toEqual([]);
    const sales = fig('a', 'Orbis booked $39 billion in sales.', '$39', 'orbis', 'revenue');
    expect(kinds([sales, fig('b', "Orbis's guidance calls for sales of $43bn.", '$43bn', 'orbis', 'revenue')], days)).toEqual([]);
  });
  it('never compares a year\'s target with the count so far, nor targets of different years', () => {
    const days = { a: '2025-05-20', b: '2025-05-22' };
    const target = fig('a', 'Zephyr is poised to ship 700,000 chips this year.', '700,000', 'zephyr', 'shipments');
    expect(kinds([target, fig('b', 'Zephyr has delivered 200,000 chips so far this year.', '200,000', 'zephyr', 'shipments')], days)).toEqual([]);
    const later = fig('a', 'Orbis anticipates reaching 1 million GPUs by the end of 2026.', '1 million', 'orbis', 'chip count');
    expect(kinds([later, fig('b', 'Orbis is on pace to hit 300,000 GPUs by year-end.', '300,000', 'orbis', 'chip count')], days)).toEqual([]);
  });
  it('still compares two plans of one scope that no rounding reconciles', () => {
    const a = fig('a', 'Zephyr plans to make 200,000 AI chips this year.', '200,000', 'zephyr', 'production');
    const b = fig('b', 'Zephyr aims to produce 300,000 AI chips in 2025.', '300,000', 'zephyr', 'production');
    expect(kinds([a, b], { a: '2025-07-14', b: '2025-07-16' })).toEqual(['conflict']);
  });
});

describe('findDisagreements: when a figure was true', () => {
  it('takes a market value as of its trading day: a month apart, two values; the same day, one', () => {
    const jan = fig('a', 'Orbis shares sank 17%, leaving it worth $2.9 trillion.', '$2.9', 'orbis', 'market value');
    const feb = fig('b', "Orbis's market capitalisation stood at $3.3 trillion as of Wednesday's close.", '$3.3', 'orbis', 'market value');
    expect(kinds([jan, feb], { a: '2025-01-27', b: '2025-02-27' })).toEqual([]);
    const same = fig('c', 'Orbis ended the day with a market value of about $3 trillion.', 'about $3', 'orbis', 'market value');
    const other = fig('d', 'Orbis closed with a market value of $3.4 trillion.', '$3.4', 'orbis', 'market value');
    expect(kinds([jan, same], { a: '2025-01-27', c: '2025-01-28' })).toEqual(['rounding']);
    expect(kinds([jan, other], { a: '2025-01-27', d: '2025-01-28' })).toEqual(['conflict']);
  });
  it('dates a valuation "on Wednesday" to the day of writing', () => {
    const a = fig('a', 'Orbis became the first company to be valued at $4 trillion on Wednesday.', '$4', 'orbis', 'valuation');
    const b = fig('b', 'Orbis, valued at $2.9 trillion, said it would keep hiring.', '$2.9', 'orbis', 'valuation');
    expect(kinds([a, b], { a: '2025-07-10', b: '2025-01-27' })).toEqual([]);
  });
  it('never takes a state reported as done for one dated months after its article ("this month" in July is no January report\'s)', () => {
    const july = fig('a', 'Zephyr was valued at $3.3 billion after its latest funding round this month.', '$3.3', 'zephyr', 'valuation');
    const jan = fig('b', 'Zephyr is valued at $2.5 billion, people familiar with the matter said.', '$2.5', 'zephyr', 'valuation');
    const jan2 = fig('c', 'Zephyr was valued at $3.3 billion in its latest round.', '$3.3', 'zephyr', 'valuation');
    const found = find([july, jan, jan2], (f) => sentences.get(f)!, new Map([['a', '2025-07-10'], ['b', '2025-02-03'], ['c', '2025-01-30']]));
    expect(found.map((d) => [d.kind, d.figures.map((f) => f.source).sort()])).toEqual([['conflict', ['b', 'c']]]);
    // "Last month", written in August, is July: the July report's.
    const aug = fig('d', 'Zephyr was valued at $3.5 billion last month.', '$3.5', 'zephyr', 'valuation');
    expect(kinds([july, aug], { a: '2025-07-10', d: '2025-08-05' })).toEqual(['conflict']);
  });
});

describe('findDisagreements: "the quarter" and "is worth" with no date', () => {
  it('takes a quarter named with no year as the one just reported when its article was written', () => {
    const feb = fig('a', 'Orbis booked revenue of $39.3 billion in its fourth quarter.', '$39.3', 'orbis', 'revenue');
    const may = fig('b', "Orbis's quarterly revenue rose to $44.1 billion.", '$44.1', 'orbis', 'revenue');
    expect(kinds([feb, may], { a: '2025-02-26', b: '2025-05-28' })).toEqual([]);
    // Written days apart, "the quarter" is one quarter: two values of it conflict.
    const next = fig('c', 'Orbis made $41 billion in the quarter.', '$41', 'orbis', 'revenue');
    expect(kinds([feb, next], { a: '2025-02-26', c: '2025-03-03' })).toEqual(['conflict']);
  });
  it('dates a valuation stated in the present tense to the day of writing, and one of a past round not', () => {
    const june = fig('a', 'Orbis, which is worth $3.3 trillion, briefly became the most valuable company.', '$3.3', 'orbis', 'valuation');
    const dec = fig('b', 'Orbis is valued at $2.8 trillion by investors.', '$2.8', 'orbis', 'valuation');
    expect(kinds([june, dec], { a: '2024-06-20', b: '2024-12-18' })).toEqual([]);
    const round = fig('c', 'Orbis was valued at $2.8 trillion after a private round.', '$2.8', 'orbis', 'valuation');
    expect(kinds([june, round], { a: '2024-06-20', c: '2024-12-18' })).toEqual(['conflict']);
  });
});

describe('findDisagreements: one measure spelt two ways', () => {
  it('compares "data centre revenue" with "data center revenue"', () => {
    const a = fig('a', 'Data center revenue was $35.6 billion in the quarter.', '$35.6', 'orbis', 'data center revenue');
    const b = fig('b', "Orbis's data-centre business brought in about $36bn in the quarter.", 'about $36bn', 'orbis', 'data centre revenue');
    expect(kinds([a, b], { a: '2025-02-26', b: '2025-02-27' })).toEqual(['rounding']);
  });
});
