import type { Segment } from '../core/article.ts';
import type { Meta } from './header-line-forms.ts';
import { parseNameLine } from './byline-names.ts';
import { words } from './units.ts';

/**
 * Whether a sentence line the header walk meets is a dek (standfirst) the header goes on past, or the text, read from the
 * header facts around it. Split from header-walk.ts, which reads each line; these read the facts already met and the line below.
 */
export function dekReading(
  ts: readonly string[],
  taken: ReadonlyMap<number, Segment>,
  segments: ReadonlyMap<number, Segment>,
  candidates: readonly number[],
  i: number,
  metaOf: (t: string) => Meta | undefined,
): { bylineNext: boolean; underFacts: boolean } {
  const t = ts[i]!;
  // A sentence right under the header's date and byline is the text: a date further down is a comment's or a card's.
  // (A top bar's today-date above every headline candidate is the page's, not the story's: a dek may still go on to the story's date.)
  const datedBelow = [...segments].some(([k, s]) => (s.kind === 'date' || (s.kind === 'byline' && !!s.date)) && candidates.some((c) => c < k));
  // But a dek between the date and the byline (date / dek / "By A") is the standfirst: the byline right under it is the header's.
  // (A bare line of names, "A and B, staff writers", "A in Paris", is a byline there too; a lone name alone may be anyone's.)
  const nameLine = (k: number) => {
    const people = taken.has(k) || words(ts[k] ?? '') > 12 ? undefined : parseNameLine(ts[k] ?? '');
    return !!people && (people.length > 1 || words(ts[k]!) > words(people.join(' ')));
  };
  const bylineBelow = !taken.has(i + 1) && metaOf(ts[i + 1] ?? '')?.kind === 'byline';
  // (A dek is one sentence: a paragraph of several over a speaker's name is a transcript's text.)
  const bylineNext = words(t) <= 30 && !/[.!?]\s+\p{Lu}/u.test(t) && ![...segments.values()].some((s) => s.kind === 'byline') && (bylineBelow || nameLine(i + 1));
  const underFacts = datedBelow && /^(?:date|byline)$/.test(segments.get(i - 1)?.kind ?? '') && !bylineNext;
  return { bylineNext, underFacts };
}
