import nlp from 'compromise';
import type { Segment } from '../core/article.ts';
import { isPersonName } from './chrome-menus.ts';
import { memoize } from './memo.ts';
import { BARE_URL, endsSentence, type Unit } from './units.ts';
import { hasFigure } from './chrome-figures.ts';

/**
 * The lead photo between the header and the text, told by its place and its grammar once the header is
 * read: a caption is a sentence with no verb ("The harbour office in Bergen, Norway.", "Jane Roe, the
 * chief executive, at a conference in 2024."), where the story's sentences have one. Such a line right
 * above a photo credit is the credit's caption; and right above a short name that stands between it and
 * the first long paragraph, under the page's chrome (the share row), the name is the photo's credit
 * ("Getty Images") — never a person's name, which is the byline's to read.
 */

/** Most words of a caption. */
const MAX_CAPTION_WORDS = 30;
/** Most words of a bare credit line. */
const MAX_CREDIT_WORDS = 4;
/** Fewest words of the story's first long paragraph. */
const LONG = 20;
/**
 * A finite verb: a participle or a gerund ("seen from …", "at a briefing") leaves a caption verbless, and so
 * does a past form before "by" ("results published by the lab": compromise reads it as a past tense).
 */
export const hasFiniteVerb = memoize((t: string) =>
  (nlp(t).json() as { terms: { text: string; tags: string[] }[] }[]).some((s) =>
    s.terms.some(({ tags }, k) => tags.includes('Verb') && !tags.some((g) => g === 'Gerund' || g === 'Participle' || g === 'Particle') && !(tags.includes('PastTense') && s.terms[k + 1]?.text.toLowerCase() === 'by')),
  ),
);

/** A caption's grammar: one sentence without a finite verb, no figure but a year. */
export const isVerblessCaption = (t: string, n: number) => n <= MAX_CAPTION_WORDS && t.endsWith('.') && !/[.!?]\s/.test(t.slice(0, -1)) && !hasFigure(t) && !hasFiniteVerb(t);

/** Marks, into `taken`, the lead photo's caption and bare credit between the headline and the first long paragraph. */
export function markLeadPhoto(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[]): void {
  const open = (i: number) => i >= 0 && i < us.length && !taken.has(i);
  let title = -1;
  for (const [i, s] of taken) if (s.kind === 'title' && (title < 0 || i < title)) title = i;
  const firstLong = wc.findIndex((n, i) => n >= LONG && open(i));
  if (title < 0 || firstLong < 0) return;
  for (let cap = title + 2; cap + 1 < firstLong; cap++) {
    if (!open(cap) || !isVerblessCaption(us[cap]!.text, wc[cap]!)) continue;
    const c = cap + 1;
    const credit = taken.get(c);
    const text = us[c]!.text;
    if (credit?.kind === 'credit' && !BARE_URL.test(text)) {
      taken.set(cap, { kind: 'boilerplate', line: us[cap]!.line, text: us[cap]!.text, reason: 'image' });
    } else if (c === firstLong - 1 && open(c) && taken.get(cap - 1)?.kind === 'boilerplate' && wc[c]! <= MAX_CREDIT_WORDS && /^\p{Lu}/u.test(text) && !endsSentence(text) && !/\d/.test(text) && !isPersonName(text)) {
      taken.set(cap, { kind: 'boilerplate', line: us[cap]!.line, text: us[cap]!.text, reason: 'image' });
      taken.set(c, { kind: 'credit', line: us[c]!.line, text });
    }
  }
}
