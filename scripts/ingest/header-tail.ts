import { isKnownPerson } from './byline-names.ts';
import { parseByline } from './byline.ts';
import { looksLikeOutlet } from './outlet-name.ts';
import { parseDateLine, parsePlaceDateLine } from './dates.ts';
import { readMeta } from './header-line.ts';
import { runningHead } from './header-line-forms.ts';
import { validUrl } from './header-line-url.ts';
import { plain } from './headline.ts';
import { hostOfSite } from './header-site-evidence.ts';
import { words } from './units.ts';
import { chromeReason, type Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * Header facts stated at the end of an article instead of its top: a date line under the text, a
 * permalink line. Read only when the header gave none.
 */

/** A date line is looked for among the last few units when the header has none. */
const TAIL_UNITS = 4;

/**
 * A permalink line at the end: "Permalink: https://…", "Permalink https://…" (a label and a link copied side by side), "Short link: …", "Canonical URL: https://…" (a bare "Source:" there may cite data);
 * "Read more at: https://…", what a site's copy tracker appends to text copied from the page: the page's own address.
 */
const TAIL_URL = /^(?:(?:permalink|short ?link|canonical(?: url| link)?|original (?:url|link|article))\s*:?|read more at\s*:?)\s*(https?:\/\/\S+)$/i;

/** "Originally published at <URL> on <date>.", "This post first appeared on <URL>": the post's first address. */
// Read-later and syndication footers word it otherwise: "Originally at <URL>", "Read the original article at <URL>", "View original: <URL>".
const ORIGINALLY_AT = /^(?:(?:this (?:post|article|story|piece|essay) )?(?:was )?(?:originally|first) (?:published|posted|appeared) (?:at|on|in)|originally (?:at|from|on)|(?:read|view|see|open) (?:the )?original(?: (?:article|post|story|page))?(?: (?:at|here|on))?\s*:?)\s+(https?:\/\/\S+?)(?:\s+on\s+[^.]{4,40})?\.?$/i;
/** A share sheet's line naming the app a story was shared from: "Shared via Headlines+ for iOS", "Sent from the Harbour app". */
const SHARED_VIA = /^(?:shared|sent)\s+(?:via|from|with|using)\s+\S/i;
const BARE_LINK = /^(https?:\/\/\S+)$/;
/** A label of the page's own address, alone on its line: "Permalink:", "Shorter Document URL:", "Page URL:". */
const URL_LABEL_ALONE = /^(?:permalink|short(?:er)?\s+(?:document\s+)?(?:url|link)|canonical(?: url| link)?|original (?:url|link)|(?:document|page|article|story) (?:url|link))\s*:?$/i;

/** A DOI link alone on its line ("https://doi.org/10.48550/arXiv.2501.09914", "DOI: 10.1000/xyz"): the work's persistent address. */
const DOI_LINE = /^(?:doi\s*:?\s*)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
/** A DOI is looked for among the first units: a paper's page prints its own near the top, and cites others' further down. */
const DOI_UNITS = 30;

/** A browser's print footer: the page's address and the page number ("https://… 1/3"). */
const PRINT_FOOTER = /^(https?:\/\/\S+)\s+\d{1,3}\/\d{1,3}$/;
/** A browser's print header: when it was printed, then the tab's title ("4/16/31, 8:03 AM Headline | Site"). */
export const PRINT_HEADER = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}\s*[AP]M\s+(\S.*)$/i;

/** The site named in a browser's print header ("" when the tab's title names none); undefined for any other line. */
export function printedSite(line: string): string | undefined {
  const tab = PRINT_HEADER.exec(line)?.[1];
  if (!tab) return undefined;
  const name = /\s[|–—-]\s+([^|–—]{2,60})$/.exec(tab)?.[1]?.trim();
  return name && words(name) <= 6 ? name : '';
}

/**
 * The header and footer a browser prints on every page of a page printed to PDF: the footer states
 * the page's address, the header the site's name after the tab's headline ("Headline | Site"). Its
 * time is when the page was printed, never the article's date. Each repeat is page chrome.
 */
function printMarks(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  let url = false;
  let site = [...taken.values()].some((s) => (s.kind === 'meta' && s.role === 'publisher' && s.value) || ('publisher' in s && s.publisher));
  us.forEach((u, i) => {
    // Running headers and footers are taken as page chrome first (chrome-blocks.ts); their first copy still states the page's address.
    const was = taken.get(i);
    if (was && !(was.kind === 'boilerplate' && was.reason === 'page chrome')) return;
    const at = { line: u.line, text: u.text };
    const footer = PRINT_FOOTER.exec(u.text)?.[1];
    if (footer && validUrl(footer)) {
      out.set(i, !url ? { kind: 'meta', role: 'url', value: footer, ...at } : { kind: 'boilerplate', reason: 'page chrome', ...at });
      url = true;
      return;
    }
    // A periodical's running head repeated on each page.
    if (runningHead(u.text)) {
      out.set(i, { kind: 'boilerplate', reason: 'page chrome', ...at });
      return;
    }
    const name = printedSite(u.text);
    if (name === undefined) return;
    if (!site && name) {
      out.set(i, { kind: 'meta', role: 'publisher', value: name, ...at });
      site = true;
    } else out.set(i, { kind: 'boilerplate', reason: 'page chrome', ...at });
  });
  return out;
}

/**
 * The article's own address stated in a labelled line among its last units, or as a DOI link near its
 * top (a paper's abstract page), when the header gave none.
 */
export function readTailUrl(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = printMarks(us, taken);
  if ([...taken.values(), ...out.values()].some((s) => s.kind === 'meta' && s.role === 'url' && s.value)) return out;
  for (let i = 0; i < Math.min(us.length, DOI_UNITS); i++) {
    const doi = DOI_LINE.exec(plain(us[i]!.text))?.[1];
    const url = doi && `https://doi.org/${doi}`;
    if (url && validUrl(url)) {
      out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
      return out;
    }
  }
  // "Shorter Document URL:" / "https://…": a page's label for its own address, alone over the link (a document's details sidebar), wherever it stands.
  for (let i = 0; i + 1 < us.length; i++) {
    const url = URL_LABEL_ALONE.test(plain(us[i]!.text).trim()) ? BARE_LINK.exec(plain(us[i + 1]!.text).trim())?.[1] : undefined;
    const s = taken.get(i + 1);
    if (url && validUrl(url) && (!s || s.kind === 'boilerplate' || s.kind === 'credit')) {
      // The label goes with its address: neither is the text's.
      out.set(i, { kind: 'meta', role: 'section', line: us[i]!.line, text: us[i]!.text });
      return out.set(i + 1, { kind: 'meta', role: 'url', value: url, line: us[i + 1]!.line, text: us[i + 1]!.text });
    }
  }
  // "Originally published at https://… on February 11, 2031.": a syndicated post names its first address, wherever it stands under the text.
  for (let i = us.length - 1; i >= 0; i--) {
    const url = ORIGINALLY_AT.exec(plain(us[i]!.text).trim())?.[1];
    if (url && validUrl(url) && (!taken.has(i) || taken.get(i)!.kind === 'boilerplate')) return out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
  }
  for (let i = us.length - 1; i >= Math.max(0, us.length - TAIL_UNITS * 2); i--) {
    // "Shared via Headlines for iOS" over a bare link: a news app appends the story's address to what it shares.
    const shared = SHARED_VIA.test(plain(us[i - 1]?.text ?? '')) ? BARE_LINK.exec(plain(us[i]!.text))?.[1] : undefined;
    const url = TAIL_URL.exec(plain(us[i]!.text))?.[1] ?? shared;
    if (url && validUrl(url)) {
      out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
      if (shared) out.set(i - 1, { kind: 'boilerplate', reason: 'share or subscribe prompt', line: us[i - 1]!.line, text: us[i - 1]!.text });
      break;
    }
  }
  if ([...out.values()].some((s) => s.kind === 'meta' && s.role === 'url')) return out;
  const site = [...taken.values()].find((s): s is Extract<Segment, { kind: 'meta' }> => s.kind === 'meta' && s.role === 'publisher' && !!s.value)?.value;
  for (let i = us.length - 1; i >= Math.max(0, us.length - TAIL_UNITS * 2) && site; i--) {
    // The story's own address under the text, alone (a news agency's permalink) or in a print stamp ("Printable version | <date> |
    // <URL>"): a deep link on the site's own host (the name spells it), never a link list's item.
    const parts = plain(us[i]!.text).trim().split(/\s+\|\s+/);
    const url = parts.length <= 3 ? parts.map((p) => BARE_LINK.exec(p)?.[1]).find((u) => u) : undefined;
    const others = parts.filter((p) => !BARE_LINK.test(p));
    const stamp = others.every((p) => !!parseDateLine(p) || (words(p) <= 3 && !/[.:/]/.test(p)));
    const listed = ['related links', 'link list'].includes(chromeReason(taken.get(i)) ?? '');
    if (url && stamp && !listed && validUrl(url) && (URL.parse(url)?.pathname.length ?? 0) > 8 && hostOfSite(url, site)) return out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
  }
  return out;
}


/**
 * A date line at the end of the article ("Published on 3 March 2031" under the text), when the
 * header gave none: a whole line that is only a date is metadata wherever it stands.
 */
const POSTED_FOOTER = /^(?:this (?:entry|post|article) was )?(?:posted|published|written)\s+on\s+(.{6,40}?\d{4}(?:\s+at\s+[\d:]+\s*[ap]\.?m\.?)?)(?:\s+by\s+([^.]{3,60}?))?\.?$/i;
/** "Posted by Jane Doe at 9:14 AM": a post footer with the author and the time of day only. */
const POSTED_BY_AT = /^(?:posted|written|published)\s+by\s+(\p{Lu}.{2,60}?)\s+at\s+(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)$/iu;
const LABEL_ABOVE = /^(?:joined|member since|saved|added|last seen|birthday|born)\s*:?$/i;
/** A line labelled as the publication's date: "Published on …", "Posted: …", "Edited on …" is not one. */
const PUBLISHED_LINE = /^(?:(?:first |originally )?published|posted)\b/i;
/** "This story was originally published March 4, 2031 at 5:00 AM.": a footer giving the first publication's date. */
const ORIGINALLY = /^(?:this (?:story|article|post|report|piece) was )?(?:originally|first) published\s+(?:on\s+)?(.{6,60}?\d{4}.*?)\.?$/i;
/** How far up from the end such a labelled line is looked for. */
const LABELLED_TAIL_UNITS = 16;
export function readTailDate(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  const [datedAt, dated] = [...taken].find(([, s]) => s.kind === 'date' || (s.kind === 'byline' && s.date)) ?? [];
  if (dated) {
    // The header's date line printed again under the text (a page's footer repeats "Posted …, updated …"): another copy of the date.
    const day = (dated.kind === 'date' ? dated.iso : dated.kind === 'byline' ? dated.date!.iso : '').slice(0, 10);
    const untaken = us.map((_, k) => k).filter((k) => !taken.has(k));
    // Only a labelled line is such a copy: the label is tested before the line is read (most tail lines are prose).
    for (const i of untaken.slice(-TAIL_UNITS * 2)) {
      if (!/^(?:posted|published|updated|first published|last updated)\b/i.test(us[i]!.text)) continue;
      const m = readMeta(plain(us[i]!.text), true);
      if (m?.kind === 'date' && m.iso.slice(0, 10) === day) out.set(i, { kind: 'meta', role: 'other date', line: us[i]!.line, text: us[i]!.text });
    }
    // "Updated March 5, 2031" at the top, "This story was originally published March 4, 2031 at 5:00 AM." under the text: the first publication wins.
    // (Chrome rules may have taken the footer as a production note: it is the date all the same.)
    for (const i of us.map((_, k) => k).filter((k) => !taken.has(k) || taken.get(k)!.kind === 'boilerplate').slice(-LABELLED_TAIL_UNITS)) {
      const m = ORIGINALLY.exec(plain(us[i]!.text).trim());
      const first = m ? parseDateLine(m[1]!) : undefined;
      if (!first || first.iso.slice(0, 10) > day || (first.iso.slice(0, 10) === day && !/^\(?(?:last )?updated\b/i.test(dated.text))) continue;
      out.set(datedAt!, { kind: 'meta', role: 'other date', line: dated.line, text: dated.text });
      out.set(i, { kind: 'date', ...first, line: us[i]!.line, text: us[i]!.text });
      return out;
    }
    // "Sunday, March 2, 2031" over the text, "Posted by Jane Doe at 9:14 AM" under it (a blog theme's post footer): the
    // footer names the author and gives the day's time. Read only when the header's date has no time. (Chrome rules
    // take such a stamp as page furniture when it is all they see: it is the byline all the same.)
    if (dated.kind === 'date' && !dated.hasTime) {
      // From the last lines of text on, furniture included: a comment section under the stamp may be long.
      const from = untaken.slice(-LABELLED_TAIL_UNITS)[0] ?? us.length;
      for (let i = from; i < us.length; i++) {
        if (taken.has(i) && taken.get(i)!.kind !== 'boilerplate') continue;
        const m = POSTED_BY_AT.exec(plain(us[i]!.text).trim());
        const by = m ? parseByline(`By ${m[1]!}`) : undefined;
        const at = m ? parseDateLine(`${day} ${m[2]!}`) : undefined;
        if (!by || by.publisher || !at?.hasTime) continue;
        out.set(datedAt!, { ...dated, iso: at.iso, hasTime: true });
        out.set(i, { kind: 'byline', ...by, line: us[i]!.line, text: us[i]!.text });
        return out;
      }
    }
    // "14th July 2025" over the text, "Posted 14th July 2025 at 10:42 pm" under it (a weblog): the footer's copy gives the day's time.
    if (dated.kind === 'date' && !dated.hasTime) {
      for (const i of untaken.slice(-LABELLED_TAIL_UNITS)) {
        const m = PUBLISHED_LINE.test(us[i]!.text.trim()) ? readMeta(plain(us[i]!.text), true) : undefined;
        if (m?.kind !== 'date' || !m.hasTime || m.iso.slice(0, 10) !== day) continue;
        out.set(datedAt!, { ...dated, iso: m.iso, hasTime: true });
        out.set(i, { kind: 'meta', role: 'other date', line: us[i]!.line, text: us[i]!.text });
        break;
      }
    }
    return out;
  }
  const open = us.map((_, i) => i).filter((i) => !taken.has(i)).slice(-TAIL_UNITS);
  // "This entry was posted on March 12, 2031 by Jane Doe.": a blog theme's footer, with the date and the author.
  for (const i of open) {
    const m = POSTED_FOOTER.exec(us[i]!.text.trim());
    const date = m ? parsePlaceDateLine(m[1]!) : undefined;
    if (!date) continue;
    const by = m![2] ? parseByline(`By ${m![2]}`) : undefined;
    const at = { line: us[i]!.line, text: us[i]!.text };
    out.set(i, by ? { kind: 'byline', ...by, date, ...at } : { kind: 'date', ...date, ...at });
    return out;
  }
  for (const i of open) {
    const date = parsePlaceDateLine(us[i]!.text);
    // "Joined" over "Mar 12, 2021": an author card's date says when a profile began, not when the article appeared.
    if (date && !LABEL_ABOVE.test(us[i - 1]?.text ?? '')) {
      out.set(i, { kind: 'date', line: us[i]!.line, text: us[i]!.text, ...date });
      // An article-area copy sets the masthead right under its closing date ("Published: 3 Mar 2031" / "Harbour Gazette"):
      // the outlet, when nothing above named one. (Chrome rules may have taken the lone name as page chrome.)
      const name = plain(us[i + 1]?.text ?? '').trim();
      const loose = !taken.has(i + 1) || (taken.get(i + 1) as { reason?: string }).reason === 'page chrome';
      if (loose && name && words(name) <= 6 && looksLikeOutlet(name) && !isKnownPerson(name) && !named(taken)) out.set(i + 1, { kind: 'meta', role: 'publisher', value: name, line: us[i + 1]!.line, text: us[i + 1]!.text });
      return out;
    }
  }
  // "Published on 2031-03-12 10:32 · IP location: Fujian": a Q&A or forum answer states its date under the answer, above
  // its action row, comments and related questions; a line labelled as the publication stands further up than a bare date does.
  for (const i of us.map((_, k) => k).filter((k) => !taken.has(k)).slice(-LABELLED_TAIL_UNITS).reverse()) {
    if (!PUBLISHED_LINE.test(us[i]!.text.trim())) continue;
    const m = readMeta(plain(us[i]!.text), true);
    if (m?.kind === 'date') {
      const { publisher: _, ...date } = m;
      out.set(i, { ...date, line: us[i]!.line, text: us[i]!.text });
      break;
    }
  }
  return out;
}

/** Whether a segment already names the outlet. */
const named = (taken: ReadonlyMap<number, Segment>) => [...taken.values()].some((s) => ('publisher' in s && s.publisher) || (s.kind === 'meta' && s.role === 'publisher' && s.value));
