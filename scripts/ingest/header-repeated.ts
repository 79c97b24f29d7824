import type { Segment } from '../core/article.ts';
import { parseNameLine } from './byline-names.ts';
import { parseDateLine } from './dates.ts';
import { words, type Unit } from './units.ts';

/** Fewest words of a line that is a headline, not a menu label. */
const MIN_HEADLINE_WORDS = 4;
/** Fewest words of the story's first paragraph. */
const MIN_BODY_WORDS = 20;

/**
 * A headline the page prints twice above the story (over the byline, and again over the text, as market portals and app
 * views do): the chrome rules take a line that recurs for a running header, and the story is left without its headline.
 * Two copies of one line that both stand above the text's first long paragraph, with no body between them, are the
 * header's; they are given back to the header reader, which reads the first as the headline and the second as its repeat.
 */
export function releaseRepeatedHeadline(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): ReadonlyMap<number, Segment> {
  const firstBody = us.findIndex((u, k) => !taken.has(k) && words(u.text) >= MIN_BODY_WORDS);
  if (firstBody < 0) return taken;
  const seen = new Map<string, number>();
  for (let k = 0; k < firstBody; k++) {
    const s = taken.get(k);
    const t = us[k]!.text.trim();
    if (s?.kind !== 'boilerplate' || s.reason !== 'page chrome' || words(t) < MIN_HEADLINE_WORDS) continue;
    const first = seen.get(t);
    if (first === undefined) {
      seen.set(t, k);
      continue;
    }
    // Nothing between the two copies that reads as text: only header facts and widgets the rules took.
    if (us.slice(first + 1, k).some((u, j) => !taken.has(first + 1 + j) && words(u.text) >= MIN_BODY_WORDS)) continue;
    const free = new Map(taken);
    free.delete(first);
    free.delete(k);
    return free;
  }
  return releaseHeadlineOverSections(us, taken, firstBody);
}

/** How near the header's date or byline the first copy stands. */
const NEAR_FACT = 3;

/**
 * A newsletter's web post prints its headline over the issue and again over the first section of the text: the chrome
 * rules take the recurring line for a running header. A line printed exactly twice, whose first copy stands above the text
 * right beside the header's date or byline (a date above it, or a name or date a line or two under it), is the headline:
 * the first copy is given back to the header reader (the second, inside the text, stays as it was).
 */
function releaseHeadlineOverSections(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, firstBody: number): ReadonlyMap<number, Segment> {
  const isFact = (k: number) => k >= 0 && k < us.length && !taken.has(k) && (!!parseDateLine(us[k]!.text.trim()) || (words(us[k]!.text) <= 4 && parseNameLine(us[k]!.text.trim())?.length === 1));
  for (let k = 0; k < firstBody; k++) {
    const s = taken.get(k);
    const t = us[k]!.text.trim();
    if (s?.kind !== 'boilerplate' || s.reason !== 'page chrome' || words(t) < MIN_HEADLINE_WORDS) continue;
    const copies = us.flatMap((u, j) => (u.text.trim() === t ? [j] : []));
    if (copies.length !== 2 || copies[0] !== k || copies[1]! < firstBody) continue;
    const near = Array.from({ length: NEAR_FACT }, (_, d) => [k - 1 - d, k + 1 + d]).flat();
    if (!near.some(isFact)) continue;
    const free = new Map(taken);
    free.delete(k);
    return free;
  }
  return taken;
}
