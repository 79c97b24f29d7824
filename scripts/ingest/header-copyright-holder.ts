import type { Segment } from '../core/article.ts';
import { isFirstName, isKnownPerson, parseNameLine } from './byline-names.ts';
import { asNotice, copyrightHolder } from './outlet-name.ts';
import { lineChrome } from './chrome.ts';
import { words, type Unit } from './units.ts';

/**
 * "© 2031 Harbour Ledger Media Ltd." at the foot, "Subscribe to Harbour Ledger PRO" or "HARBOUR LEDGER is a trademark of …" in
 * the page's chrome: the copyright holder's brand (a company's name without its tail — legal form, then "Media", "Newspaper") is the
 * site's when the page writes that brand on another line of its own furniture too. Two lines of the page agree, so neither a
 * parent company's notice alone nor a company a body sentence names is taken.
 */

/** A company's legal form, closing its name in a notice. */
const LEGAL_TAIL = /^(?:llc|l\.l\.c\.|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|co\.?|gmbh|ag|s\.?a\.?)$/i;
/** Words a holding or publishing company adds after its brand ("Harbour Ledger Media IP Ltd."), read only before a legal form. */
const COMPANY_TAIL = /^(?:company|media|ip|group|holdings?|newspapers?|publishing|publications|communications|enterprises|international|digital|ventures|partners)$/i;


/** "LinkedIn © 2026" under a member's article: a network the page's share buttons name hosts posts, and publishes none of them. */
export function isNetworkName(name: string): boolean {
  const chrome = lineChrome(name);
  return !!chrome && 'reason' in chrome && chrome.reason === 'share or subscribe prompt';
}

export function repeatedHolder(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, titleAt: number, end: number): { at: number; value: string } | undefined {
  for (let k = us.length - 1; k >= Math.max(end, titleAt + 1); k--) {
    const t = asNotice(us[k]!.text);
    if (!t) continue;
    const ws = (copyrightHolder(t) ?? '').split(/\s+/).filter(Boolean);
    // "Harbour Media Ltd." is a company whose brand is "Harbour"; "© Harbour Media" without a legal form names "Harbour Media" itself.
    const bare = (w: string) => w.replace(/,$/, '');
    if (ws.length > 1 && LEGAL_TAIL.test(bare(ws.at(-1)!))) {
      while (ws.length > 1 && LEGAL_TAIL.test(bare(ws.at(-1)!))) ws.pop();
      while (ws.length > 1 && COMPANY_TAIL.test(bare(ws.at(-1)!))) ws.pop();
    }
    // The brand whole (a shorter part of it, "Harbour" of "Harbour Media", may be any word the page writes).
    const name = ws.slice(0, 5).join(' ').replace(/,$/, '');
    if (ws.length > 5 || !/^\p{Lu}/u.test(name) || name.replace(/^the\s+/i, '').replace(/[^\p{L}\d]/gu, '').length < 4 || COMPANY_TAIL.test(name) || LEGAL_TAIL.test(name)) return undefined;
    if (isNetworkName(name)) return undefined;
    // "© 2031 Jane Doe": a person's own site, no brand.
    if ((words(name) >= 2 && (parseNameLine(name) || isKnownPerson(name))) || (words(name) === 1 && isFirstName(name))) return undefined;
    const written = new RegExp(`(?<![\\p{L}\\d])${RegExp.escape(name)}(?![\\p{L}\\d])`, 'iu');
    // Another line of the page's furniture (its chrome — a menu, a sign-up prompt, the footer — or the footer line beside the notice:
    // "HARBOUR LEDGER is a trademark of …") writes the brand, capitalised; never a body sentence, a byline or another notice.
    const again = us.some((u, j) => j !== k && j !== titleAt && (taken.get(j)?.kind === 'boilerplate' || Math.abs(j - k) === 1) && !asNotice(u.text) && /^\p{Lu}/u.test(written.exec(u.text)?.[0] ?? ''));
    return again ? { at: k, value: name } : undefined;
  }
  return undefined;
}
