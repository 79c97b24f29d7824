import type { BoilerplateReason, Segment } from '../core/article.ts';
import { hasFiniteVerb } from './chrome-lead-photo.ts';
import { addressesReader } from './chrome-reader-address.ts';
import type { ContainerRole } from './read-html-containers.ts';
import { endsSentence, type Unit } from './units.ts';
import { hasFigure } from './chrome-figures.ts';

/**
 * A saved page's lines that its markup put in a container with a role (read-html-containers.ts), for the
 * lines the rules left open: a caption's, an advert's, a promo's, a related-links box's, a menu's, a side
 * box's. The role alone is not enough for a line that could be the story's: a line with a figure other
 * than a year is never taken (an advert's offer aside), and a side box gives only its loose lines and
 * its lines to the reader (a pull quote or a fact box in an <aside> is the story's), and a short block
 * right under an image only a phrase with no finite verb ("Benchmark results published by the lab").
 */

/** Most words of a line taken by its container's role. */
const MAX_WORDS: Record<ContainerRole, number> = { caption: 40, advert: 40, promo: 40, related: 20, navigation: 12, aside: 12, 'under image': 20 };
const REASON: Record<ContainerRole, BoilerplateReason> = {
  caption: 'image', 'under image': 'image', advert: 'advertisement', promo: 'share or subscribe prompt', related: 'related links', navigation: 'navigation', aside: 'page chrome',
};

/** Marks, into `taken`, the open lines that stand only in containers with a role. */
export function markContainers(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], roles: ReadonlyMap<string, ContainerRole> | undefined): void {
  if (!roles?.size) return;
  for (let i = 0; i < us.length; i++) {
    const t = us[i]!.text;
    const role = roles.get(t);
    if (!role || taken.has(i) || wc[i]! > MAX_WORDS[role] || (role !== 'advert' && hasFigure(t))) continue;
    if (role === 'aside' && endsSentence(t) && !addressesReader(t, wc[i]!)) continue;
    // A line under an image is its caption only by a caption's grammar: one phrase with no finite verb.
    if (role === 'under image' && (hasFiniteVerb(t) || /[.!?]\s/.test(t))) continue;
    taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: t, reason: REASON[role] });
  }
}
