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
  it('joins a wrapped line that ends on a word no sentence ends on, even when the next opens with a name', () => {
    expect(texts('The operator said on Monday that its ferries would need a permit to sail to\nNorway for the rest of the season.')).toEqual([
      'The operator said on Monday that its ferries would need a permit to sail to Norway for the rest of the season.',
    ]);
    // A short line (a headline, a label) or a time stamp under such a line stays apart.
    expect(texts('Ferries to\nNorway')).toHaveLength(2);
    expect(texts('so everyone has heard the number, but here is where it actually comes from\n0:06')).toHaveLength(2);
  });
});
