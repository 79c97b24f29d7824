import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleList } from './rule-list.ts';

/** The loop rule-list.ts stands in for: the lowest index `>= from` whose pattern matches. */
const loop = (patterns: readonly RegExp[], t: string, from = 0) => {
  for (let k = from; k < patterns.length; k++) if (patterns[k]!.test(t)) return k;
  return -1;
};

/** Invented rules of every kind the chrome lists hold: anchored in every branch or not, each flag set, captures, back-references, named groups. */
const PATTERNS: RegExp[] = [
  /^(?:share|tweet)$/i,
  /\bopens in a new tab\)$/i,
  /^(\d{1,3}) of (\d{1,3})$/,
  /^([A-Z]{2})\s+[A-Z]+(?:\s+\1\s+[A-Z]+)+$/,
  /^ad(?:vert)?$|^sponsored by\b/i,
  /^\p{Lu}[\p{L}]+ (?:Video|TV)$/u,
  /^(?<n>\d+) views$/,
  /^sk[yi]$/iu,
  /^(?:a|b)|c$/,
  /^$|^-+$/,
  /^share\b.{0,10}$/i,
  /^(?:(x)|(y))+z$/,
  /^[^.!?]{3,20}\(\d:\d\d\)$/,
  // Matches lines an earlier rule of another flag set matches too: the earlier one must win.
  /^Share\b/u,
  /^\d+ views$/,
];

describe('ruleList: the first matching rule of an ordered list, in a few regex runs', () => {
  const list = ruleList(PATTERNS);

  it.each(['Share', 'share this', 'Ad', 'ad', 'advert', 'a', 'share it', 'SKI', 'Sponsored by Quaymark', '2 of 6', 'NI TECH NI SHIP', 'Harbour TV', '12 views', 'SKY', 'ſky', 'abc', 'c', '', '---', 'xyxz', 'Tour (3:41)', 'Link (opens in a new tab)', 'A sentence of the story.'])(
    '%j: the same rule as the loop',
    (t) => {
      for (let from = 0; from <= PATTERNS.length; from++) expect(list.next(t, from), `from ${from}`).toBe(loop(PATTERNS, t, from));
    },
  );

  it('finds the same rule as the loop on any line made of the rules’ pieces', () => {
    const piece = fc.constantFrom('share', 'Share', ' ', 'on', ' of ', '2', '12', 'views', 'NI', 'TECH', 'Video', 'TV', 'Harbour', 'ad', 'vert', 'sky', 'ſ', 'x', 'y', 'z', 'a', 'c', '-', '.', '(3:41)', ')', 'opens in a new tab', 'é', 'K');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(PATTERNS.length), (parts, from) => {
        const t = parts.join('');
        expect(list.next(t, from)).toBe(loop(PATTERNS, t, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds no rule in an empty list', () => {
    expect(ruleList([]).next('Share')).toBe(-1);
  });
});

describe('ruleList with gates', () => {
  const gates: (((t: string) => boolean) | undefined)[] = PATTERNS.map((_, k) => (k % 3 === 0 ? (t: string) => t.length % 2 === 0 : k % 3 === 1 ? (t: string) => t.includes('e') : undefined));
  const gatedLoop = (t: string) => {
    for (let k = 0; k < PATTERNS.length; k++) if ((!gates[k] || gates[k]!(t)) && PATTERNS[k]!.test(t)) return k;
    return -1;
  };
  const list = ruleList(PATTERNS);

  it('finds the first rule whose gate passes and whose pattern matches, as the gated loop does', () => {
    const piece = fc.constantFrom('share', 'Share', ' ', 'e', ' of ', '2', '12', 'views', 'NI', 'TECH', 'TV', 'Harbour', 'ad', 'sky', 'x', 'y', 'z', 'a', 'c', '-', '(3:41)', 'opens in a new tab)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const t = parts.join('');
        expect(list.next(t, 0, (k) => !gates[k] || gates[k]!(t))).toBe(gatedLoop(t));
      }),
      { numRuns: 2000 },
    );
  });
});
