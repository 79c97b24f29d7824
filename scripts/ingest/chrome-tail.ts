import type { BoilerplateReason, Segment } from '../core/article.ts';
import { OFFSET, YEARLESS_DATE } from './chrome-app.ts';
import { ABOUT_AUTHOR, ABOUT_OTHER } from './chrome-bio.ts';
import { markRuns } from './chrome-runs.ts';
import { isReadingTime, parseDateLine } from './dates.ts';
import { endsSentence, words, type Unit } from './units.ts';

/**
 * Chrome marked after the header is read (so a date, a URL or a byline line is the header's first):
 * post stamps, a footer after an end mark, a press release's "About …" and forward-looking
 * boilerplate, and the short lines left in a page's tail where chrome outnumbers the text.
 */

/** The end mark of a release or wire story: "###", "- END -", "-30-", "(END)", "Enditem". */
const END_LINE = /^(?:#{3}|[-–—=~]+\s*(?:END|ENDS|THE END)\s*[-–—=~]+|\((?:END|ENDS)\)|ENDS?|-\s?30\s?-|[Ee]nditem)$/;
/** A release's contact block opens its footer too: "Contact:", "Media Contacts", "Press contact: …". */
// Alone, or with a colon and details: "Contacts between the labs" is a heading of the story.
const CONTACT_LINE = /^(?:(?:media|press|investor|public relations) )?(?:contacts?|inquiries|enquiries)\s*(?::(?:\s*\S[^.!?]{0,80})?)?$/i;
/** "About Kestrel Data Centers": the company's own paragraph follows. */
const ABOUT = /^About\s+(\p{Lu}[^.!?:,;]{1,50})$/u;
/** How a company's description goes on: "The company …", "Founded in 2021, …", "Headquartered in …". */
const DESCRIBES = /^(?:the company|the group|the firm|founded|established|headquartered)\b/i;
/** Most lines of a contact block under the company's paragraph. */
const MAX_CONTACT_LINES = 3;
/** "For more information, visit …" under the company's paragraph. */
const MORE_INFO = /^(?:for more information|to learn more|learn more|visit)\b/i;
/** The heading of a release's legal boilerplate. */
const LEGAL_HEADING = /^(?:forward[- ]looking statements?|safe harbou?r(?: statement)?|cautionary (?:note|statement)s?\b[^.!?]{0,60})$/i;
const FORWARD_LOOKING = /\bforward[- ]looking (?:statements?|information)\b/i;
/** The boilerplate without its heading: "This press release contains forward-looking statements …". */
const LEGAL_PARAGRAPH = /^this (?:press |news )?(?:release|announcement) (?:contains|includes|may contain) forward[- ]looking (?:statements?|information)\b/i;
/** "Printed from https://…": a print view's footer (read after the header, which may take its URL). */
const PRINTED_FROM = /^printed from:?\s+https?:\/\/\S+$/i;
/** Words of a long paragraph: the text of the article, not a line of the page around it. */
const LONG = 20;
/** A line of the tail that is not a sentence: short, and not ending in a full stop, "!" or "?" (nor an author note's heading, left to markAuthorBio). */
// An end sign after the full stop ("… questions. ®") leaves a sentence a sentence.
const isLoose = (t: string, max: number) => words(t) <= max && !/[.!?]["”’]?(?:\s*\p{So})?$/u.test(t) && !ABOUT_AUTHOR.test(t) && !ABOUT_OTHER.test(t);
/** A tail line that may hold a figure, a list item or a link of the story ("Weights: https://…"): never taken as loose chrome by share alone. */
const MAY_BE_TEXT = /\d|^(?:[-–—•*]|\d+[.)])\s|https?:\/\//;
/** Most words of a profile's bio above its follow button. */
const MAX_BIO_ABOVE = 20;
/** A follow button or follower count: the line under it in the tail is the profile's bio. */
const FOLLOW = /^(?:follow|[\d.,]+\s*[KkMm]?\s+follow(?:ers|ing))$/i;
/** Share of chrome among the lines after the last long paragraph that makes the rest of them chrome too. */
const TAIL_SHARE = 0.5;
/** A tail this long, and this much chrome, has no story left in it: a short last line under its chrome is the page's. */
const DENSE_TAIL = 5;
const DENSE_SHARE = 0.8;
const MAX_CODA = 6;
/** Words addressed to the reader, and most words of a promotion's line. */
const READER = /\b(?:you|your|yours)\b/i;
const MAX_PROMO_WORDS = 20;
const MAX_PROMO_LINES = 3;
/** An ad slot's label: the story may go on under it. */
const AD_SLOT = /^\W*(?:advertisement|advert|ad|sponsored(?: content)?)\W*$/i;
/** Longest run of loose lines the share rule takes. */
const MAX_LOOSE_RUN = 2;

/** Most words of a row of header fields. */
const MAX_ROW_WORDS = 14;
/** The separators of such a row, a spaced full stop too (a mobile page's "3 min read . 22 Jan 2025, 09:45 AM IST"). */
const ROW_SEPARATOR = /\s+[.·•|]\s+/;
/**
 * A row of a reading time and a date, apart by a separator, that the header left open (it read the date elsewhere, or the row sits
 * under a second byline): the page's stamp, not the story's text. Every part is one of the two, and both are there.
 */
function isStampRow(t: string): boolean {
  if (!ROW_SEPARATOR.test(t)) return false;
  const parts = t.split(ROW_SEPARATOR);
  return parts.length >= 2 && parts.some((p) => isReadingTime(p)) && parts.some((p) => !!parseDateLine(p)) && parts.every((p) => isReadingTime(p) || !!parseDateLine(p));
}

/** Marks the chrome of the tail into `taken` (which holds the chrome, the header and the tail's date and URL); `wc`: the words of each unit. */
export function markTail(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[] = us.map((u) => words(u.text))): void {
  const drop = (i: number, reason: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const open = (i: number) => i < us.length && !taken.has(i);
  const isChrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  const total = wc.reduce((a, b) => a + b, 0);
  markRuns(us, taken, wc);
  // Post stamps below the header: a date without a year beside chrome ("·" / "Jan 27"; a timeline's "Jan 20" over its event is the text's), and a transcript's time offsets ("0:06") when there are several.
  const offsets = us.flatMap((u, i) => (open(i) && OFFSET.test(u.text) ? [i] : []));
  if (offsets.length >= 2) for (const i of offsets) drop(i, 'relative time');
  us.forEach((u, i) => {
    if (open(i) && YEARLESS_DATE.test(u.text) && (isChrome(i - 1) || isChrome(i + 1))) drop(i, 'relative time');
    else if (open(i) && PRINTED_FROM.test(u.text)) drop(i, 'site footer');
    else if (open(i) && wc[i]! <= MAX_ROW_WORDS && isStampRow(u.text)) drop(i, 'page chrome');
  });
  markEndFooter(us, taken, wc, total, drop);
  // A press release's boilerplate, in the second half: the forward-looking statements, then "About X" over X's own paragraph.
  const half = secondHalf(wc, total);
  for (let i = half; i < us.length; i++) {
    if (!open(i)) continue;
    const t = us[i]!.text;
    if (LEGAL_HEADING.test(t) && open(i + 1) && FORWARD_LOOKING.test(us[i + 1]!.text)) {
      drop(i, 'site footer');
      drop(++i, 'site footer');
    } else if (LEGAL_PARAGRAPH.test(t)) drop(i, 'site footer');
  }
  for (let i = half; i < us.length; i++) {
    const name = open(i) && wc[i]! <= 6 ? ABOUT.exec(us[i]!.text)?.[1] : undefined;
    const next = us[i + 1]?.text ?? '';
    if (!name || !open(i + 1) || !(next.slice(0, 80).includes(name.split(/\s+/)[0]!) || /^the company\b/i.test(next))) continue;
    let j = i + 2;
    // More of the company's own description ("The company …", "Founded in …", its name again), and "For more information" lines.
    const first = name.split(/\s+/)[0]!;
    while (open(j) && (MORE_INFO.test(us[j]!.text) || (wc[j]! >= 8 && (DESCRIBES.test(us[j]!.text) || us[j]!.text.startsWith(first))))) j++;
    // Then maybe a contact block: a few short lines, not sentences (a name, a company, a phone), over the page's chrome.
    let c = j;
    while (c < j + MAX_CONTACT_LINES && open(c) && wc[c]! <= 6 && !/[.!?]$/.test(us[c]!.text)) c++;
    if (c > j && (c === us.length || isChrome(c) || CONTACT_LINE.test(us[c]!.text))) j = c;
    // A section of the story about a company ("About DeepSeek" in an explainer) has more story after it; the boilerplate has only the page's end.
    if (j < us.length && !isChrome(j) && !CONTACT_LINE.test(us[j]!.text) && !ABOUT.test(us[j]!.text)) continue;
    for (let k = i; k < j; k++) drop(k, 'site footer');
    i = j - 1;
  }
  markLooseTail(us, taken, wc, drop);
}

/** The first unit of the text's second half, by words. */
function secondHalf(wc: readonly number[], total: number): number {
  let before = 0;
  for (let i = 0; i < wc.length; before += wc[i]!, i++) if (before >= total / 2) return i;
  return wc.length;
}

/** After an end mark or a contact block, a short rest is the page's footer ("Issues: …", "Print", "Share"), unless it is a credit. */
function markEndFooter(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], total: number, drop: (i: number, r: BoilerplateReason) => void): void {
  let end = -1;
  for (let i = us.length - 1; i >= 0 && end < 0; i--) if (END_LINE.test(us[i]!.text.trim()) || CONTACT_LINE.test(us[i]!.text)) end = i;
  if (end < 0) return;
  const after = wc.slice(end + 1).reduce((a, b) => a + b, 0);
  // An end mark used as a section break has the story's text after it: much of the text, or long paragraphs.
  // After a contact block (no end mark), nothing long at all.
  const rest = wc.slice(end + 1);
  const marked = END_LINE.test(us[end]!.text.trim());
  if (rest.some((n) => n > 80) || ((!marked || after * 3 > total - after) && rest.some((n) => n >= LONG))) return;
  for (let i = end + 1; i < us.length; i++) if (!taken.has(i)) drop(i, 'site footer');
}

/**
 * The tail after the last long paragraph: where most lines are chrome, the loose lines among them
 * (short, no full stop) are chrome too ("Focus to learn more", "cs.CL"); and anywhere in it, up to
 * two loose lines with chrome right above and below (or the end) are (three or more are a list); a short line under a follow button is the profile's bio.
 */
function markLooseTail(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], drop: (i: number, r: BoilerplateReason) => void): void {
  let last = -1;
  for (let i = us.length - 1; i >= 0 && last < 0; i--) if (wc[i]! >= LONG && !taken.has(i)) last = i;
  if (last < 0) return;
  const isChrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  // A short line over a sentence of the text is its heading or speaker ("Operator" / "Our next question comes from …").
  const labelsText = (i: number) => i + 1 < us.length && !taken.has(i + 1) && /[.!?]["”’]?$/.test(us[i + 1]!.text);
  const tail = Array.from({ length: us.length - last - 1 }, (_, k) => last + 1 + k);
  const chrome = tail.filter(isChrome).length;
  if (tail.length >= 3 && chrome >= 3 && chrome >= TAIL_SHARE * tail.length) {
    // A whole date stamp ("Feb 17, 2025 06:10 p.m.", its "p.m." no full stop) is loose too: its digits are a related card's date, not a figure of the text
    // (the header and the tail-date reader have taken the story's own date by now).
    const loose = (i: number) => i < us.length && !taken.has(i) && ((isLoose(us[i]!.text, 12) && !MAY_BE_TEXT.test(us[i]!.text)) || (wc[i]! <= 8 && !!parseDateLine(us[i]!.text))) && !labelsText(i);
    // Runs of one or two: three or more loose lines in a row are a list of the text ("Key takeaways" and its points).
    for (let i = last + 1; i < us.length; i++) {
      if (!loose(i)) continue;
      let j = i;
      while (loose(j)) j++;
      if (j - i <= MAX_LOOSE_RUN) for (let k = i; k < j; k++) drop(k, 'page chrome');
      i = j;
    }
  }
  // A profile's bio right above its follow button, under the profile's name or other chrome (a creator card: "Name｜Blog" / bio / "Follow").
  for (let i = last + 2; i + 1 < us.length; i++) {
    const under = isChrome(i - 1) || (wc[i - 1]! <= 6 && !endsSentence(us[i - 1]!.text));
    if (!taken.has(i) && wc[i]! <= MAX_BIO_ABOVE && under && isChrome(i + 1) && FOLLOW.test(us[i + 1]!.text)) drop(i, 'author bio');
  }
  for (let i = last + 2; i < us.length; i++) {
    if (taken.has(i) || !isChrome(i - 1)) continue;
    if (FOLLOW.test(us[i - 1]!.text) && wc[i]! <= 12) {
      drop(i, 'author bio');
      continue;
    }
    let j = i;
    // Only loose lines without figures: "Moonshot declined to comment." between a QR-code prompt and "— END —" is the story's last line, and a signature's date is the text's.
    while (j < us.length && j - i < MAX_LOOSE_RUN && !taken.has(j) && isLoose(us[j]!.text, 8) && !MAY_BE_TEXT.test(us[j]!.text)) j++;
    if (j > i && (j === us.length || isChrome(j))) for (let k = i; k < j; k++) drop(k, 'page chrome');
    i = j;
  }
  // A promotion inside the page's footer: up to three lines, one addressed to the reader ("Take Us With You" / "Real-time updates … you want
  // right in the palm of your hand." / "Courier App"), chrome right above them and nothing but chrome below them to the end. The story's text never sits there.
  // (Above them, the tail's date line counts as the page's too: "This story was originally published …".)
  for (let i = last + 1; i < us.length; i++) {
    // An ad slot above is a break in the story, not the footer's start.
    if (taken.has(i) || !taken.has(i - 1) || AD_SLOT.test(us[i - 1]!.text)) continue;
    let j = i;
    while (j < us.length && j - i < MAX_PROMO_LINES && !taken.has(j) && wc[j]! <= MAX_PROMO_WORDS && !MAY_BE_TEXT.test(us[j]!.text) && !/^["“‘]/.test(us[j]!.text)) j++;
    const rest = Array.from({ length: us.length - j }, (_, k) => j + k);
    if (j > i && rest.length > 0 && rest.every(isChrome) && us.slice(i, j).some((u) => READER.test(u.text))) for (let k = i; k < j; k++) drop(k, 'share or subscribe prompt');
    i = j;
  }
  // The page's last line, a short sentence right under chrome, where nearly all the tail is chrome: the end of a promotion
  // ("Want to write for us?" / "Then join our community."). The story's own last line is not below the page's furniture.
  const end = us.length - 1;
  if (end > last && tail.length >= DENSE_TAIL && chrome >= DENSE_SHARE * (tail.length - 1) && !taken.has(end) && isChrome(end - 1) && wc[end]! <= MAX_CODA && !MAY_BE_TEXT.test(us[end]!.text)) drop(end, 'page chrome');
}
