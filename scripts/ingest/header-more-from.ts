import { parseNameLine } from './byline-names.ts';
import { chromeReason, type Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/** "More from Harbour Review", "More stories from Harbour Review": a list's head naming whose stories it lists. */
const MORE_FROM = /^(?:[Mm]ore|[Oo]ther|[Ll]atest)\s+(?:stories\s+|articles\s+|news\s+)?from\s+(\p{Lu}.{1,60}?)\s*:?$/u;
/** Chrome reasons a masthead's or a curator's source line above the headline is given. */
const ABOVE = new Set(['navigation', 'page chrome', 'related links']);

/**
 * "Harbour Review" over the headline and "More from Harbour Review" under the text (a magazine app's or an aggregator's
 * card of the source, a site's own list of its stories): the name the page writes both ways is the outlet's. Only a short
 * capitalised line above the headline that is no person's name, and the same name after "More from" further down.
 */
export function moreFromName(us: readonly Unit[], ts: readonly string[], taken: ReadonlyMap<number, Segment>, titleAt: number): { at: number; value: string } | undefined {
  const named = new Set(us.slice(titleAt + 1).flatMap((u) => MORE_FROM.exec(u.text.trim())?.[1] ?? []));
  if (named.size === 0) return undefined;
  for (let k = titleAt - 1; k >= 0; k--) {
    const t = ts[k]!.trim();
    const s = taken.get(k);
    if (s && !(s.kind === 'boilerplate' && ABOVE.has(chromeReason(s) ?? ''))) continue;
    if (named.has(t) && words(t) <= 6 && /^\p{Lu}/u.test(t) && !parseNameLine(t)) return { at: k, value: t };
  }
  return undefined;
}
