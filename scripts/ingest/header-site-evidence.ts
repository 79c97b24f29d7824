import type { Segment } from '../core/article.ts';
import { titleCase } from './byline-names.ts';
import { GENERIC_LABEL, spells, squash, SUFFIX_LABEL } from './header-address-label.ts';
import { COPYRIGHT_NOTICE, copyrightHolder } from './outlet-name.ts';
import { isNetworkName } from './header-copyright-holder.ts';

/**
 * The site's name as the page corroborates it: a short line above the text (a masthead, a logo's text) that another,
 * independent kind of evidence on the same page names too —
 *  - an address the page prints (a bare domain in a byline row, an e-mail address, a footer's "© www.example.com"),
 *    whose main label spells the line ("harbourledger" for "Harbour Ledger", "plainsledger" for "The Plains Ledger"); or
 *  - the footer's copyright line ("© 2031 Harbour Ledger. All rights reserved.", "Copyright … Harbour Ledger Media Co").
 * One line alone may be a nav item, a section or a search box's prompt; a name the page's address or copyright repeats is
 * the site's. Of several, the first in reading order (a masthead comes before a section).
 */

/** A host as written: "harbourledger.com.au", "tips@harbourledger.com", "https://www.harbourledger.com/". */
const HOST = /(?<![\p{L}\d-])(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+(?:[a-z]{2,24})(?![\p{L}\d-])/giu;
/** Fewest letters a spelled name must have: "AI" or "News" is no site's name. */
const MIN_LETTERS = 5;

const wordsOf = (t: string) => t.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);

/** A line shaped like a site's name: one to six words, a capital first, no sentence, no label, no link. */
function nameShaped(t: string): boolean {
  const ws = t.split(/\s+/);
  return ws.length <= 6 && /^\p{Lu}/u.test(t) && !/[.!?,:;|/@()[\]]|\s[-–—]\s/u.test(t) && squash(t).length >= MIN_LETTERS && !/\d/.test(t);
}

/**
 * The registrable label of every address the text prints: "harbourledger" in news.harbourledger.com.au. (A subdomain names a part
 * of the site, "engineering" or "tips", not the site.)
 */
function addressLabels(texts: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(HOST)) {
      // Not a file name ("photo.jpg") nor a decimal: at least one label before a top-level domain of letters.
      const parts = m[0].toLowerCase().split('.').slice(0, -1);
      while (parts.length > 1 && SUFFIX_LABEL.test(parts.at(-1)!)) parts.pop();
      const l = parts.at(-1);
      if (l && !GENERIC_LABEL.test(l) && l.length >= MIN_LETTERS) labels.add(l.replace(/-/g, ''));
    }
  }
  return labels;
}

/** The words of the holder a copyright line names (outlet-name.ts reads it), without a legal form. */
const holderOf = (line: string): string[] => {
  const holder = copyrightHolder(line) ?? '';
  return isNetworkName(holder) ? [] : wordsOf(holder).filter((w) => !LEGAL_FORM.test(w));
};
const LEGAL_FORM = /^(?:inc|ltd|llc|llp|plc|gmbh|corp|limited|co)$/;

export const isNameShaped = nameShaped;

/** Whether a copyright line's holder is the name: the same words, the name within them, or the name shortened to its first words. */
function copyrightNames(line: string, name: string): boolean {
  const want = wordsOf(name).filter((w) => w !== 'the' && !LEGAL_FORM.test(w));
  const owner = holderOf(line).filter((w) => w !== 'the');
  if (!want.length || !owner.length) return false;
  const at = (hay: string[], needle: string[]) => hay.some((_, i) => needle.every((w, k) => hay[i + k] === w));
  // "© 2031 HarbourQuote" for a masthead "HarbourQuote Markets": the holder opens the name, one word shorter.
  return at(owner, want) || (owner.length <= 3 && want.length - owner.length === 1 && at(want.slice(0, owner.length), owner));
}

/** What the page says about its own name: the first header line it corroborates, and a test for any other name. */
export interface SiteEvidence {
  first: string | undefined;
  corroborates: (name: string) => boolean;
}

/**
 * Whether the page's own lines outside its sentences (an address it prints, its copyright line) name a short name-shaped line:
 * the header reader asks it of headline candidates, as a site's name confirmed so is no headline ("What the Chips Say" over
 * the story, "© 2025 What the Chips Say" at the foot).
 */
export function namedBy(around: readonly string[]): (name: string) => boolean {
  const labels = addressLabels(around);
  const copyrights = around.filter((t) => COPYRIGHT_NOTICE.test(t) && t.length <= 200);
  return (name: string) => [...labels].some((l) => spells(l, name)) || copyrights.some((c) => copyrightNames(c, name));
}

export function siteEvidence(segments: readonly Segment[]): SiteEvidence {
  const start = segments.find((s) => s.kind === 'paragraph' || s.kind === 'heading')?.line ?? Infinity;
  // Evidence stands outside the article's sentences: a body sentence quoting a company's address names no site.
  const corroborates = namedBy(segments.filter((s) => s.kind !== 'paragraph' && s.kind !== 'heading' && s.kind !== 'title').map((s) => s.text));
  let first: string | undefined;
  for (const s of segments) {
    if (s.line >= start) break;
    // "Harbour Ledger logo": a logo's alt text, its name before the word.
    const name = s.text.trim().replace(/\s+logo$/i, '');
    if ((s.kind !== 'meta' && s.kind !== 'boilerplate') || !nameShaped(name) || !corroborates(name)) continue;
    first = /\p{Ll}/u.test(name) ? name : titleCase(name);
    break;
  }
  return { first, corroborates };
}

/** A byline's names without the site's own name, when it stands beside a writer's (alone, it may be a personal site's owner). */
export function withoutSite(authors: readonly string[], site: string | undefined): string[] {
  const rest = site ? authors.filter((a) => squash(a) !== squash(site)) : [...authors];
  return rest.length && rest.length < authors.length ? rest : [...authors];
}

/**
 * Whether an address is the site's: the name spells its registrable label ("madrascourier.in" for "The Madras Courier"), or the
 * name's initials are it ("epa.ae" for "Emirates Press Agency").
 */
export function hostOfSite(url: string, site: string): boolean {
  const label = [...addressLabels([URL.parse(url)?.hostname ?? ''])][0] ?? '';
  const initials = wordsOf(site).filter((w) => w !== 'the' && w !== 'of').map((w) => w[0]).join('');
  const host = (URL.parse(url)?.hostname ?? '').toLowerCase().split('.');
  return (!!label && spells(label, site)) || (initials.length >= 3 && host.includes(initials));
}
