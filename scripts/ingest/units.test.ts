import { describe, expect, it } from 'vitest';
import { words } from './units.ts';

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
