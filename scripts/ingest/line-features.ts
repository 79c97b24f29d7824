/**
 * Layout-agnostic features of one unit (line) of a segmented article, for the learned chrome model
 * (line-model.ts). No site's words: only shape (length, case, digits, marks, end of sentence), place
 * (above, inside or below the main prose block; near the headline), neighbours, recurrence and the
 * hand-written rules' verdicts around the line. Cheap: one pass over the units to set up, then a few
 * tests per line, computed only for the lines the model is asked about.
 */
import type { Segment } from '../core/article.ts';
import { findProseBlock, SENTENCE_END, type ProseBlock } from './prose-block.ts';
import type { Unit } from './units.ts';

/** The features' names, in the order {@link lineFeatures} returns them (the model stores weights in this order). */
export const FEATURE_NAMES = [
  'above the story', 'inside the story', 'below the story', 'no prose block',
  'units above the story (log)', 'units below the story (log)', 'position in the text',
  'words (log)', 'one to three words', 'four to ten words', 'characters (log)',
  'ends a sentence', 'ends in a colon', 'holds a sentence break', 'ends in an ellipsis',
  'share of capitalised words', 'all capitals', 'share of digits', 'has a digit',
  'has a URL or domain', 'link marks (», →, |, ·)', 'markdown link', 'starts with a bullet', 'starts with a quote',
  'starts in lower case', 'in brackets', '@ or # word',
  'recurs in the text',
  'previous line is chrome', 'next line is chrome', 'between chrome lines', 'chrome within three lines', 'previous line is header',
  'previous line short', 'next line short', 'previous line a long sentence', 'next line a long sentence',
  'same block as previous', 'same block as next', 'run of loose lines (log)',
  'within two lines of the headline', 'lines after the headline (log)',
  'rules: chrome', 'rules: header', 'rules: credit',
] as const;

/** What {@link lineFeatures} computes once per article. */
export interface FeatureContext {
  us: readonly Unit[];
  wc: readonly number[];
  taken: ReadonlyMap<number, Segment>;
  block: ProseBlock | undefined;
  /** Index of the headline unit, or -1. */
  title: number;
  /** How many units have each text. */
  counts: Map<string, number>;
  /** Length of the run of loose (short, non-sentence) units each unit is in; 0 for others. */
  runs: number[];
}

/** A short line that does not end as a sentence: a label, a link title, a button. */
const isLoose = (t: string, n: number) => n <= 10 && !SENTENCE_END.test(t);
const HEADER_KINDS = new Set(['title', 'date', 'byline', 'meta']);

export function featureContext(us: readonly Unit[], wc: readonly number[], taken: ReadonlyMap<number, Segment>): FeatureContext {
  const counts = new Map<string, number>();
  for (const u of us) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
  let title = -1;
  for (const [i, s] of taken) if (s.kind === 'title' && (title < 0 || i < title)) title = i;
  const runs = new Array<number>(us.length).fill(0);
  for (let i = 0; i < us.length; ) {
    if (!isLoose(us[i]!.text, wc[i]!)) { i++; continue; }
    let j = i;
    while (j < us.length && isLoose(us[j]!.text, wc[j]!)) j++;
    for (let k = i; k < j; k++) runs[k] = j - i;
    i = j;
  }
  return { us, wc, taken, block: findProseBlock(us, taken, wc), title, counts, runs };
}

const b = (x: boolean) => (x ? 1 : 0);
const CAPITALISED = /^[\p{Lu}\d]/u;

/** The features of unit `i`, in {@link FEATURE_NAMES} order. */
export function lineFeatures(c: FeatureContext, i: number): number[] {
  const { us, wc, taken, block } = c;
  const t = us[i]!.text;
  const n = wc[i]!;
  const prev = i > 0 ? us[i - 1] : undefined;
  const next = us[i + 1];
  const above = block !== undefined && i < block.start;
  const below = block !== undefined && i > block.end;
  const tokens = t.split(/\s+/);
  const lettered = tokens.filter((w) => /\p{L}/u.test(w));
  let digits = 0;
  for (let k = 0; k < t.length; k++) { const ch = t.charCodeAt(k); if (ch >= 48 && ch <= 57) digits++; }
  const kind = (j: number) => taken.get(j);
  const chromeAt = (j: number) => kind(j)?.kind === 'boilerplate';
  let near = 0;
  for (let j = i - 3; j <= i + 3; j++) if (j !== i && chromeAt(j)) near++;
  const longSentence = (j: number) => j >= 0 && j < us.length && wc[j]! >= 12 && SENTENCE_END.test(us[j]!.text) && !taken.has(j);
  const own = kind(i)?.kind;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return [
    b(above), b(block !== undefined && !above && !below), b(below), b(block === undefined),
    above ? Math.log1p(block!.start - i) : 0, below ? Math.log1p(i - block!.end) : 0, us.length > 1 ? i / (us.length - 1) : 0,
    Math.log1p(n), b(n <= 3), b(n >= 4 && n <= 10), Math.log1p(t.length),
    b(SENTENCE_END.test(t)), b(t.endsWith(':')), b(/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(t)), b(/(?:…|\.\.\.)$/.test(t)),
    lettered.length ? lettered.filter((w) => CAPITALISED.test(w)).length / lettered.length : 0,
    b(letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()),
    t.length ? digits / t.length : 0, b(digits > 0),
    b(/https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|io|co|ai)\b/i.test(t)), b(/[»→›↗]|\s[|·•]\s/.test(t)), b(/\]\(/.test(t)),
    b(/^[-–•*+]\s/.test(t)), b(/^["“‘'>]/.test(t)),
    b(/^\p{Ll}/u.test(t)), b(/^[([].*[)\]]$/.test(t)), b(/(?:^|\s)[@#]\w/.test(t)),
    b((c.counts.get(t) ?? 0) > 1),
    // Between two chrome lines, or under one at the end of the text: a link or label of the same widget.
    b(chromeAt(i - 1)), b(chromeAt(i + 1)), b(chromeAt(i - 1) && (chromeAt(i + 1) || !next)), near / 6, b(HEADER_KINDS.has(kind(i - 1)?.kind ?? '')),
    b(!prev || wc[i - 1]! <= 5), b(!next || wc[i + 1]! <= 5), b(longSentence(i - 1)), b(longSentence(i + 1)),
    b(prev !== undefined && prev.block === us[i]!.block), b(next !== undefined && next.block === us[i]!.block), Math.log1p(c.runs[i]!),
    b(c.title >= 0 && Math.abs(i - c.title) <= 2), c.title >= 0 && i > c.title ? Math.log1p(i - c.title) : 0,
    b(own === 'boilerplate'), b(HEADER_KINDS.has(own ?? '')), b(own === 'credit'),
  ];
}
