import type { Segment } from '../core/article.ts';
import type { Meta } from './header-line-forms.ts';
import { parseNameLine } from './byline-names.ts';
import { JOINED, LINK_LIST, canBeTitle, isProse } from './header-shapes.ts';
import { words, type Unit } from './units.ts';

/**
 * The header walk's look-aheads: lines the chrome rules took (into a link list, as a repeated block, as a running header) that
 * the lines around them show to be the header's own — a headline over its date, a docs page's title printed twice, a release's
 * header line echoed after the text. Split from header-walk.ts, which reads each line; these read the lines around it.
 */
export function lookAhead(
  us: readonly Unit[],
  ts: readonly string[],
  taken: ReadonlyMap<number, Segment>,
  start: number,
  metaOf: (t: string, haveUrl: boolean) => Meta | undefined,
  haveUrl: () => boolean,
) {
  // A headline-shaped line right above the date or byline (past at most one dek) is the headline, even when it
  // was taken with the link list above it: a menu's last item does not stand over the story's date (a row of links between bars is still a menu).
  const linkedHeadline = (i: number) => {
    const b = taken.get(i);
    if (b?.kind !== 'boilerplate' || !LINK_LIST.has(b.reason) || words(ts[i]!) < 5 || !canBeTitle(ts[i]!) || isProse(ts[i]!) || /\s[|·•]\s/.test(ts[i]!)) return false;
    const dated = (k: number) => !!metaOf(ts[k] ?? '', haveUrl())?.kind.match(/^(?:date|byline)$/);
    return dated(i + 1) || (dated(i + 2) && !isProse(ts[i + 1] ?? '') && words(ts[i + 1] ?? '') >= 5);
  };
  // A docs page prints its title as the breadcrumb's current page and again as the page's heading, two lines alike under the
  // menu: the second copy is the headline even when chrome took the pair for a repeated block.
  const printedTwice = (i: number) => {
    const b = taken.get(i);
    return b?.kind === 'boilerplate' && i > start && ts[i - 1] === ts[i] && ts[i + 1] !== ts[i] && taken.get(i - 1)?.kind === 'boilerplate' && words(ts[i]!) >= 3 && canBeTitle(ts[i]!) && !isProse(ts[i]!);
  };
  // A release page's "You just read:" block repeats the headline, its provider and date after the text: the two copies were
  // taken as a running header, but a header line printed once more after the story's last paragraph is the header's own.
  const lastLong = us.findLastIndex((u) => words(u.text) >= 20);
  const echoedAtEnd = (k: number) => {
    const b = taken.get(k);
    // A button printed at both ends ("Share") is a button: only lines of three words or more are read again.
    if (b?.kind !== 'boilerplate' || b.reason !== 'page chrome' || words(ts[k]!) < 3) return false;
    const copies = ts.flatMap((x, j) => (x === ts[k] ? [j] : []));
    return copies.length === 2 && copies[0] === k && copies[1]! > lastLong;
  };
  // Whether a date or a byline stands below line i, within `ahead` lines the chrome rules left (a dek goes on to one).
  // Lines already taken as chrome or credits (a share bar, an audio player, a photo's caption and credit) do not count.
  // A date under "Joined" is an author card's (after the text), never the header's.
  // (A line of names over its reading time, "Jane Doe" / "— 7 min read", "A and B, staff writers" / "5 min read", is a byline too.)
  const factBelow = (i: number, ahead: number) => {
    for (let k = i + 1, seen = 0; k < us.length && seen < ahead - 1; k++) {
      if (taken.has(k)) continue;
      seen++;
      const below = metaOf(ts[k + 1] ?? '', haveUrl());
      const nameOverLength = !!parseNameLine(ts[k]!)?.length && words(ts[k]!) <= 12 && below?.kind === 'meta' && below.role === 'reading time';
      if ((!!metaOf(ts[k]!, haveUrl())?.kind.match(/date|byline/) || nameOverLength) && !JOINED.test(ts[k - 1] ?? '')) return true;
    }
    return false;
  };
  return { linkedHeadline, printedTwice, echoedAtEnd, factBelow };
}
