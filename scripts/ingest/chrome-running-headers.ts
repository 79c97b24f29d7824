import type { Segment } from '../core/article.ts';
import { endsSentence, type Unit } from './units.ts';

/**
 * A printed page's running headers and footers, for markChrome (chrome-blocks.ts): lines that recur,
 * numbers aside, with body text between the copies.
 */

/** A page number or counter at either end of a printed page's header or footer: "4544 …", "… 4545", "… 1/3", "Page 2 of 9". */
// With the bar or dot a report sets between the number and its name: "2 | THE INSTITUTE" on a left page, "THE INSTITUTE | 3" on a right one.
const PAGE_MARK = /^(?:page\s+)?\d{1,5}(?:\s*(?:\/|of)\s*\d{1,5})?(?:\s+[|·•])?\s+|(?:\s+[|·•])?\s+(?:page\s+)?\d{1,5}(?:\s*(?:\/|of)\s*\d{1,5})?$/gi;
/** A line the same apart from its numbers ("Page 1 of 3" / "Page 2 of 3"), and apart from a page number at either end ("4544 Register / Vol. 90" / "Register / Vol. 90 4545"). */
const shapeOf = (t: string) => t.replace(PAGE_MARK, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
/** Fewest words of a running header: a speaker's name over each answer of an interview is not one. */
const MIN_RUNNING_WORDS = 4;
/** Most words of a running header; a printed page's header with its parts set apart by bars or slashes may be longer (a print time, the headline, the site). */
const MAX_RUNNING_WORDS = 14;
const MAX_PRINT_HEADER_WORDS = 30;
/** Marks of a print header or footer: parts set apart by " | " or " / ", a page number or counter at an end, a URL. */
// A print header's site after a spaced dash ("… Title - Site") is such a part too, when the line opens with the print time.
const PRINT_MARK = /\s[|/]\s|^\d{1,5}\s|\s\d{1,5}(?:\/\d{1,5})?$|https?:\/\/|^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}/;
/** A print footer: the page's address (with or without its scheme) and a page counter, "example.com/story 1/3". */
const URL_FOOTER = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*\s+(?:\d{1,3}\s*\/\s*\d{1,3}|[Pp]age \d{1,3}(?: of \d{1,3})?)$/;
/** Fewest words of body text between two recurrences of a running header. */
const MIN_BODY_BETWEEN = 20;

/**
 * A printed page's running header or footer: a short line that is not a sentence and recurs (its
 * numbers aside) with body text between two of the recurrences. A headline repeated right under itself has
 * no body text between, so it is left to the header rules. A URL with a page counter ("https://… 1/3") is a
 * print footer at any length.
 */
export function markRunningHeaders(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  const at = new Map<string, number[]>();
  const longBefore: number[] = [];
  // Body words up to and including each line: the words of a repeated line's first copy are not body between the copies.
  const longAfter: number[] = [];
  let n = 0;
  us.forEach((u, i) => {
    longBefore.push(n);
    // Body text: the words of prose lines (a column's wrapped lines count, each short of a paragraph).
    const w = wc[i]!;
    const printed = w <= MAX_PRINT_HEADER_WORDS && PRINT_MARK.test(u.text);
    if (w >= 8 && !printed) n += w;
    longAfter.push(n);
    const urlFooter = w <= 5 && URL_FOOTER.test(u.text);
    if (!urlFooter && (w < MIN_RUNNING_WORDS || w > (printed ? MAX_PRINT_HEADER_WORDS : MAX_RUNNING_WORDS) || endsSentence(u.text))) return;
    const k = shapeOf(u.text);
    const seen = at.get(k);
    if (seen) seen.push(i);
    else at.set(k, [i]);
  });
  const firstLong = wc.findIndex((w) => w >= MIN_BODY_BETWEEN);
  let lastLong = -1;
  // The story's last long paragraph, not a long notice below it that the rules already took.
  for (let i = wc.length - 1; i >= 0 && lastLong < 0; i--) if (wc[i]! >= MIN_BODY_BETWEEN && !out.has(i)) lastLong = i;
  for (const is of at.values()) {
    if (is.length < 2 || !is.slice(1).some((j, k) => longBefore[j]! - longAfter[is[k]!]! >= MIN_BODY_BETWEEN)) continue;
    // A header line written once above the story and again only below it ("You just read:" / the headline / the provider / the date)
    // is the header echoed at the end, not a page's running header: only the echo is chrome, and the header rules read the first.
    const echoed = is[0]! < firstLong && is.slice(1).every((j) => j > lastLong) && !PRINT_MARK.test(us[is[0]!]!.text);
    for (const i of echoed ? is.slice(1) : is) if (!out.has(i)) out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'page chrome' });
    if (!echoed) for (const i of is) markShortTitle(us, out, wc, i);
  }
}

/** Most words of a report's short title set as a running head. */
const MAX_SHORT_TITLE_WORDS = 8;
/** The units near the top where the document's full title stands. */
const TITLE_ZONE = 12;

/**
 * The report's short title as the running head beside a page's running header or footer ("2 | THE INSTITUTE" / "CHOKEPOINTS AND
 * WORKAROUNDS"): printed once per page, so it may be copied only once, but it is the title's own start above ("Chokepoints and
 * workarounds: China's …") set again at a page break, not a heading of the text.
 */
function markShortTitle(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[], at: number): void {
  for (const i of [at - 1, at + 1]) {
    if (i < 1 || i >= us.length || out.has(i) || wc[i]! > MAX_SHORT_TITLE_WORDS || endsSentence(us[i]!.text)) continue;
    const head = us[i]!.text.toLowerCase();
    const titled = us.slice(0, Math.min(TITLE_ZONE, i)).some((u) => { const t = u.text.toLowerCase(); return t !== head && t.startsWith(head) && /^\s*[:–—-]\s/.test(t.slice(head.length)); });
    if (titled) out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'page chrome' });
  }
}
