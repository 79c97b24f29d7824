import { describe, expect, it } from 'vitest';
import { units, words } from './units.ts';

/** Every string of up to four characters from letters, punctuation and the kinds of space `\s` knows. */
function* strings(alphabet: readonly string[], max: number): Generator<string> {
  yield '';
  if (max === 0) return;
  for (const rest of strings(alphabet, max - 1)) for (const c of alphabet) if (rest.length === max - 1) yield rest + c;
}

describe('words', () => {
  it('counts runs of non-space characters, as splitting on \\s+ does', () => {
    expect(words('  Ferry  trials\tend\u00a0today ')).toBe(4);
    expect(words('')).toBe(0);
    const alphabet = ['a', 'é', '中', '-', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'];
    for (let n = 1; n <= 4; n++) for (const t of strings(alphabet, n)) expect(words(t), JSON.stringify(t)).toBe(t.split(/\s+/).filter(Boolean).length);
  });
});

describe('units: hard-wrapped lines', () => {
  const texts = (t: string) => units(t).map((u) => u.text);
  it('joins a wrapped sentence onto the line above it', () => {
    expect(texts('The ferry operator said on Monday that its first\nbattery-powered vessel had completed sea trials.')).toEqual([
      'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials.',
    ]);
  });
  it('does not join a bare domain, a line under a row of header fields, or a line much longer than the one above', () => {
    expect(texts('Electric ferry finishes its sea trials\nharbour.example.com')).toHaveLength(2);
    expect(texts('Harbour Weekly  /  by Ola Nordmann  /  3h\neFerry plans a second vessel')).toHaveLength(2);
    expect(texts(`eFerry plans a second vessel after trials\neFerry, the operator, said on Monday that its first battery-powered vessel had completed sea trials and that it would order a second.`)).toHaveLength(2);
  });
  it("does not join a picture's placeholder text to the line above, but joins a wrapped word that ends the sentence", () => {
    expect(texts('UPDATED TUE, MAR 3 2031 10:02 AM CET\nthumbnail')).toHaveLength(2);
    expect(texts('The operator showed reporters a drawing of the new\nphoto')).toHaveLength(2);
    expect(texts('The operator showed reporters a drawing of the new\nphoto booth.')).toHaveLength(1);
  });
  it('joins a wrapped line that ends on a word no sentence ends on, even when the next opens with a name', () => {
    expect(texts('The operator said on Monday that its ferries would need a permit to sail to\nNorway for the rest of the season.')).toEqual([
      'The operator said on Monday that its ferries would need a permit to sail to Norway for the rest of the season.',
    ]);
    // A short line (a headline, a label) or a time stamp under such a line stays apart.
    expect(texts('Ferries to\nNorway')).toHaveLength(2);
    expect(texts('so everyone has heard the number, but here is where it actually comes from\n0:06')).toHaveLength(2);
  });
  it('in text set in a column, joins a full line left open on a figure or a month onto a capital or a digit', () => {
    const column = [
      'The ferry operator said on Monday that its first battery vessel had completed',
      'sea trials in the fjord, two years after the order was placed with the yard in',
      'Bergen and a year later than the operator had promised its passengers then.',
      'Analysts at Fjord Research estimated that the operator had carried about 2 million',
      'Passengers in 2025, most of them on the short crossing to the islands nearby.',
      'The yard has built ferries for the operator since it was founded in the early',
      'years of the last century, when the first steam vessels were put into service.',
      'The new route is the latest step in a plan that the council began in October',
      '2022 and expanded in 2023 and again in January of this year, officials said.',
      'Its diesel fleet will be retired in stages over the coming decade, the council',
      'said, and the last of the old vessels will be sold or scrapped by the year 2031',
    ].join('\n');
    const got = texts(column);
    expect(got).toContain('Analysts at Fjord Research estimated that the operator had carried about 2 million Passengers in 2025, most of them on the short crossing to the islands nearby.');
    expect(got.some((t) => t.includes('began in October 2022 and expanded'))).toBe(true);
    // A running header in capitals, a byline or a page counter is never the next line of the column.
    expect(texts(`${column}\nFJORD RESEARCH QUARTERLY REVIEW OF FERRY SERVICES AND ROUTES 2026`).at(-1)).toBe('FJORD RESEARCH QUARTERLY REVIEW OF FERRY SERVICES AND ROUTES 2026');
    // Text with a paragraph per line is not a column: two headlines in a list stay apart.
    const list = 'The ferry operator sold a stake in its yard for about 2 million\nOfficials in Bergen approve the new island route for this summer\nThe ferry crossed the fjord.';
    expect(texts(list)).toHaveLength(3);
  });
});

