import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

/** A policy brief copied from its PDF: running heads with page numbers, the short title at a page break, footnotes, the colophon. */
const REPORT = [
  'POLICY BRIEF',
  'Frost and water: the valley orchards after two dry summers',
  'ADA FENWICK AND TOMAS BRANDT',
  'MAY 14, 2025',
  'EXECUTIVE SUMMARY',
  'The valley has lost orchards to frost and drought in each of the last two summers, and the cooperative has asked for help twice.',
  'Our main findings are threefold. First, the harvest fell by a third in 2024.1 Second, the irrigation fund has grown: its third phase',
  'holds more than the first two combined.2 Third, the binding constraint is water, not labour.',
  '2 | THE VESTA INSTITUTION',
  'FROST AND WATER',
  'Growers on the upper slopes lost fewer trees, which the cooperative puts down to their older rootstock and their colder nights in spring.',
  'Industry estimates of the losses vary widely, from about 20% to nearly 40%.3 We estimate that the valley will need two more dry years to recover.',
  'THE VESTA INSTITUTION | 3',
  '1 Vesta Cooperative, "Harvest report for 2024," February 11, 2025.',
  '2 Registration records, Valley Water Board, May 24, 2024.',
  '3 Interviews with growers, March–April 2025.',
];

describe("a report's page furniture, as its PDF's text copies it", () => {
  it('takes the running heads with their page numbers, the short title beside them, and the numbered notes the text marks', () => {
    const k = byText(REPORT.join('\n'));
    expect(k.get('2 | THE VESTA INSTITUTION')).toBe('page chrome');
    expect(k.get('THE VESTA INSTITUTION | 3')).toBe('page chrome');
    expect(k.get('FROST AND WATER')).toBe('page chrome');
    for (const note of REPORT.slice(-3)) expect(k.get(note)).toBe('page chrome');
    expect(k.get(REPORT[10]!)).toBe('paragraph');
  });

  it("keeps a numbered list whose numbers the text does not carry as markers", () => {
    const list = ['1 Growers on the upper slopes lost the fewest trees.', '2 Growers near the river lost the most.', '3 The cooperative will meet in May.'];
    const text = [...REPORT.slice(0, 8), ...REPORT.slice(10, 12).map((l) => l.replace(/\.\d/g, '.')), ...list];
    const k = byText(text.join('\n'));
    for (const l of list) expect(k.get(l)).not.toBe('page chrome');
  });
});
