import type { Segment } from '../core/article.ts';
import { isFirstName, isKnownPerson, parseNameLine } from './byline-names.ts';
import { COPYRIGHT_LEAD, COPYRIGHT_MARK } from './outlet-name.ts';
import { words, type Unit } from './units.ts';

/**
 * "© 2031 Harbour Ledger Media Ltd." at the foot, "Subscribe to Harbour Ledger PRO" or "HARBOUR LEDGER is a trademark of …" in
 * the page's chrome: the copyright holder's brand (its name without the company's tail — legal form, "Media", "Newspaper") is the
 * site's when the page writes that brand on another line of its own furniture too. Two lines of the page agree, so neither a
 * parent company's notice alone nor a company a body sentence names is taken.
 */

/** Words a company adds after its brand: its legal form and the words of a holding or publishing company. */
const COMPANY_TAIL = /^(?:llc|l\.l\.c\.|inc\.?|ltd\.?|limited|plc|corp\.?|corporation|co\.?|company|gmbh|ag|s\.?a\.?|media|ip|group|holdings?|newspapers?|publishing|publications|communications|enterprises|international|digital|ventures|partners)$/i;

/** The holder a copyright line names, up to its full stop, bar, year or "All rights reserved". */
function holderOf(line: string): string {
  const rest = line.replace(COPYRIGHT_LEAD, '').replace(/^©\s*(?:(?:19|20)\d{2}\s*)?/, '');
  return (/^(.*?)(?:\s+(?:19|20)\d{2}\b|[.|]\s|[.|]?$|\s+all rights)/i.exec(rest)?.[1] ?? '').replace(/,$/, '').trim();
}

export function repeatedHolder(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, titleAt: number, end: number): { at: number; value: string } | undefined {
  for (let k = us.length - 1; k >= Math.max(end, titleAt + 1); k--) {
    const t = us[k]!.text.trim();
    if (!COPYRIGHT_MARK.test(t)) continue;
    const ws = holderOf(t).split(/\s+/).filter(Boolean);
    while (ws.length > 1 && COMPANY_TAIL.test(ws.at(-1)!.replace(/,$/, ''))) ws.pop();
    // The brand, then shorter ones down to its first word: the longest the page writes again.
    for (let n = Math.min(ws.length, 5); n >= 1; n--) {
      const name = ws.slice(0, n).join(' ').replace(/,$/, '');
      if (!/^\p{Lu}/u.test(name) || name.replace(/^the\s+/i, '').replace(/[^\p{L}\d]/gu, '').length < 4 || COMPANY_TAIL.test(name)) continue;
      // "© 2031 Jane Doe": a person's own site; no part of a person's name is a brand.
      if (words(name) >= 2 && (parseNameLine(name) || isKnownPerson(name))) return undefined;
      if (n === 1 && isFirstName(name)) return undefined;
      const written = new RegExp(`(?<![\\p{L}\\d])${RegExp.escape(name)}(?![\\p{L}\\d])`, 'iu');
      // Another line of the page's furniture (its chrome — a menu, a sign-up prompt, the footer — or the footer line beside the notice:
      // "HARBOUR LEDGER is a trademark of …") writes the brand, capitalised; never a body sentence, a byline or another notice.
      const again = us.some((u, j) => j !== k && j !== titleAt && (taken.get(j)?.kind === 'boilerplate' || Math.abs(j - k) === 1) && !COPYRIGHT_MARK.test(u.text.trim()) && /^\p{Lu}/u.test(written.exec(u.text)?.[0] ?? ''));
      if (again) return { at: k, value: name };
    }
    return undefined;
  }
  return undefined;
}
