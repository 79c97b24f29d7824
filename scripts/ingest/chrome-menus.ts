import type { Segment } from '../core/article.ts';
import { isKnownPerson, parseNameLine } from './byline.ts';
import { endsSentence, words, type Unit } from './units.ts';

/**
 * Chrome told by runs of short lines, for markChrome (chrome-blocks.ts): a menu or tag cloud (one- or
 * two-word lines in one block), and short lines stranded between two pieces of chrome.
 */

/** Fewest one- or two-word lines in a row that make a menu or a tag cloud. */
const MIN_MENU_RUN = 4;
/** A group label in a menu: "Current browse context:". */
const MENU_LABEL = /^\p{L}[\p{L} ]{1,28}:$/u;
const isMenuItem = (t: string) => words(t) <= 3 && t.length <= 30 && !/[\d.!?,;:]/.test(t);
/** A person's name is not a menu item (a profile header writes it twice above a post); asked only inside a run, as it runs compromise. */
// The name-shape test first: compromise (in isKnownPerson) is the costly part.
export const isPersonName = (t: string) => words(t) >= 2 && !!parseNameLine(t) && isKnownPerson(t);

/** A run of one- or two-word lines in one block ("Home" / "World" / "Tech" / "Opinion"): a menu or a tag cloud. */
export function markMenus(us: readonly Unit[], out: Map<number, Segment>, firstLong: number): void {
  for (let i = 0; i < us.length; ) {
    let j = i;
    while (j < us.length && !out.has(j) && us[j]!.block === us[i]!.block && isMenuItem(us[j]!.text)) j++;
    if (j - i >= MIN_MENU_RUN) {
      // The run, split at people's names: each part long enough is a menu.
      let start = i;
      for (let k = i; k <= j; k++) {
        if (k < j && !isPersonName(us[k]!.text)) continue;
        if (k - start >= MIN_MENU_RUN) for (let m = start; m < k; m++) out.set(m, { kind: 'boilerplate', line: us[m]!.line, text: us[m]!.text, reason: 'navigation' });
        start = k + 1;
      }
    }
    i = Math.max(j, i + 1);
  }
  // A menu with some of its items already known as chrome, and labels over its groups ("Access Paper:" / "View PDF" / "TeX Source" / "Other Formats" / "view license").
  // Below the first long paragraph only: above it, a site's name among its menu items is the header's to read.
  const isChrome = (k: number) => out.get(k)?.kind === 'boilerplate';
  for (let i = firstLong + 1; i > 0 && i < us.length; ) {
    let j = i;
    const items: number[] = [];
    while (j < us.length && us[j]!.block === us[i]!.block && (isChrome(j) || (!out.has(j) && (isMenuItem(us[j]!.text) || MENU_LABEL.test(us[j]!.text))))) if (!out.has(j++)) items.push(j - 1);
    if (j - i > MIN_MENU_RUN && items.length >= 3 && !items.some((k) => isPersonName(us[k]!.text))) for (const k of items) out.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'navigation' });
    i = Math.max(j, i + 1);
  }
}

/** Most lines, and most words per line, of a stray run between two pieces of chrome. */
const MAX_ISLAND = 3;

/**
 * Short lines stranded between page chrome in the body ("Share" / "level 1" / "[deleted]" / "· 3 mo.
 * ago"): a run of at most three lines of at most three words, none a sentence, after the first long
 * paragraph, with chrome right above and right below, is chrome too (a comment's user name, a sort
 * option, a thread level).
 */
export function markIslands(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  // The first long paragraph of the text, not a long banner above it (a cookie notice is chrome, and the header is under it).
  const firstLong = wc.findIndex((n, i) => n >= 20 && !out.has(i));
  if (firstLong < 0) return;
  const isChrome = (j: number) => out.get(j)?.kind === 'boilerplate';
  for (let i = firstLong + 1; i < us.length; i++) {
    if (out.has(i) || !isChrome(i - 1)) continue;
    let j = i;
    while (j < us.length && j - i < MAX_ISLAND && !out.has(j) && wc[j]! <= MAX_ISLAND && !endsSentence(us[j]!.text)) j++;
    if (j > i && isChrome(j)) for (let k = i; k < j; k++) out.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'page chrome' });
    i = j;
  }
}
