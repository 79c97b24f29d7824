/**
 * Metadata shapes of saved pages that state their facts in the page's markup rather than in Open Graph
 * or JSON-LD: microformats2 (`h-entry` with `u-url`, `dt-published`, `p-author`), the abbr design
 * pattern (`<abbr class="published" title="…">` of hAtom, which Blogger still writes, with the
 * time as its title), and the site's name on either side of the headline in `<title>`; and the page's own
 * clock for a time its metadata gives in UTC.
 */

import { readMeta } from './header-line.ts';

const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const text = (t: string | null | undefined) => squash(t) || undefined;

/** The class of a microformats2 root element (`h-entry`, `h-card`): a property inside a nested root is that root's. */
const MF_ROOT = /(?:^|\s)h-[a-z]+(?:\s|$)/;
const classes = (el: Element) => el.getAttribute('class') ?? '';

/** The elements with microformats2 property class `prop` that belong to `root` itself (not to an `h-card` nested in it). */
function own(root: Element, prop: string): Element[] {
  return Array.from(root.querySelectorAll(`[class~="${prop}"]`)).filter((el) => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (MF_ROOT.test(classes(p))) return false;
    // The element may itself be a nested root ("p-author h-card"): then it is the property's value, not a property of its own items.
    return true;
  });
}

/** What an `h-entry` states about itself: its permalink, published time and authors. */
export interface MicroformatEntry {
  url?: string;
  published?: string;
  authors: string[];
}

/** The page's first `h-entry` (a blog post marked with microformats2), read by its own properties. */
export function hEntry(document: Document): MicroformatEntry | undefined {
  const root = document.querySelector('[class~="h-entry"]');
  if (!root) return undefined;
  // The entry's own u-url (not the author card's home page).
  const url = own(root, 'u-url').filter((el) => !MF_ROOT.test(classes(el))).map((el) => text(el.getAttribute('href') ?? el.getAttribute('value')))[0];
  const time = own(root, 'dt-published')[0];
  const published = text(time?.getAttribute('datetime') ?? time?.getAttribute('title') ?? time?.textContent);
  // "p-author h-card": the card's p-name, or its text.
  const authors = own(root, 'p-author')
    .map((el) => text((MF_ROOT.test(classes(el)) ? el.querySelector('[class~="p-name"]') : null)?.textContent ?? el.textContent))
    .filter((a): a is string => !!a && a.split(/\s+/).length <= 5);
  return { ...(url ? { url } : {}), ...(published ? { published } : {}), authors };
}

/**
 * The published time of hAtom's abbr design pattern: `<abbr class="published" title="2031-03-26T08:30:00+08:00">8:30 AM</abbr>`
 * shows a reader the time and gives the machine the whole date in `title` (Blogger's post footer).
 */
export function abbrPublished(document: Document): string | undefined {
  const el = document.querySelector('abbr[class~="published"][title], abbr[itemprop="datePublished"][title]');
  const t = text(el?.getAttribute('title'));
  return t && /^\d{4}-\d{2}-\d{2}/.test(t) ? t : undefined;
}

/**
 * The site's name in the page's `<title>`, on either side of the headline it is written beside: "Headline | Site",
 * or "Site: Headline" (Blogger) when the page also links that name to its home page ("Print: Headline" is a view's
 * label, not a site). Only a short name (up to six words) is a site's; undefined when the title does not hold the headline whole.
 */
export function titleSite(document: Document, docTitle: string | undefined, headline: string | undefined): string | undefined {
  if (!docTitle || !headline || headline.length < 12) return undefined;
  const at = docTitle.indexOf(headline);
  if (at < 0) return undefined;
  const after = /^\s+[|–—-]\s+([^|–—]{2,60})$/.exec(docTitle.slice(at + headline.length))?.[1];
  const before = /^([^|:–—]{2,60}?)\s*(?::|\s[|–—-])\s*$/.exec(docTitle.slice(0, at))?.[1];
  const name = squash(at === 0 ? after : before && homeLinks(document).has(squash(before)) ? before : undefined);
  return name && name.split(/\s+/).length <= 6 ? name : undefined;
}

/** The texts of the page's links to its own home page (a path of "/" alone). */
function homeLinks(document: Document): Set<string> {
  const out = new Set<string>();
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/^(?:https?:\/\/[^/?#]+)?\/$/.test(href) && squash(a.textContent)) out.add(squash(a.textContent));
  }
  return out;
}

/** The text of the first `<time datetime>` whose datetime is `date` (the same instant), when it reads as a date with a time. */
export function shownTime(document: Document, date: string): string | undefined {
  const at = Date.parse(date);
  for (const t of Array.from(document.querySelectorAll('time[datetime]'))) {
    if (Number.isNaN(at) || Date.parse(t.getAttribute('datetime') ?? '') !== at) continue;
    const text = squash(t.textContent);
    const m = readMeta(text, true);
    if (m?.kind === 'date' && m.hasTime) return text;
  }
  return undefined;
}

/**
 * The brand a page names itself by, over its JSON-LD publisher's full name: "RWB" in `og:site_name` for "Rhein-Welle
 * Broadcasting" — a site that goes by its initials (in its `<title>`, its logo, its share cards) is published under them;
 * the long form is the company behind it. Only initials of the full name's capitalised words (hyphenated parts counted).
 */
export function brandOver(ldName: string | undefined, siteName: string | undefined): string | undefined {
  if (!ldName || !siteName || !/^\p{Lu}{2,6}$/u.test(siteName)) return ldName;
  const initials = ldName.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === siteName ? siteName : ldName;
}
