import type { BoilerplateReason, Segment } from '../core/article.ts';
import { lineChrome, opensLinkList } from './chrome.ts';
import { endsSentence, words, type Unit } from './units.ts';

/**
 * Chrome told by repetition and by its neighbours, once the header is read (chrome-late.ts calls it):
 * - the page naming itself after the story: a line holding the whole headline and little else
 *   ("This is <headline> by <author>, posted on <date>.");
 * - a post stamp with the page's prompts in one row after the story ("Posted 14th July 2025 at 10:42 pm · Follow me on …");
 * - an author card shown twice (before the story and after it): a short run of lines between chrome,
 *   each of which recurs verbatim elsewhere in the text;
 * - a line in capitals between lines the header or the chrome rules took, above the story (a printed document's title page);
 * - a link title right under another link title of a list and right above chrome: the list goes on
 *   through a title with a question mark in it ("What is X? Everything you need to know"); and up to
 *   three teasers between a list's heading and chrome, whatever their marks.
 */

/** Fewest words of a headline that a line must hold whole to be the page naming itself. */
const MIN_ECHO_TITLE = 5;
/** Most words such a line may add to the headline. */
const MAX_ECHO_EXTRA = 15;
/** Most lines, and most words per line, of a repeated card between chrome. */
const MAX_CARD_LINES = 3;
// Below a long paragraph's length: the story's paragraphs are never a card.
const MAX_CARD_WORDS = 19;
/** Most words of a title-page line in capitals. */
const MAX_CAPS_WORDS = 10;
/** Most lines of a run of them. */
const MAX_CAPS_RUN = 3;
/** Most lines of teasers under a link list's heading. */
const MAX_TEASERS = 3;
/** Most words of a link title. */
const MAX_TITLE_WORDS = 16;
/** A post stamp: a label and a date with its year (and maybe a time), as one part of a row. */
const STAMP = /^(?:posted|published|updated|written|filed)(?: on| at)?\s*:?\s*[^.!?·|]{0,40}\b(?:19|20)\d{2}\b[^.!?·|]{0,20}$/i;

/** Marks, into `taken`, the chrome told by repetition and neighbours after the first long paragraph. */
export function markEchoes(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[]): void {
  const drop = (i: number, reason: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  const open = (i: number) => i >= 0 && i < us.length && !taken.has(i);
  const chrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  const furniture = (i: number) => { const s = taken.get(i); return s !== undefined && s.kind !== 'title'; };
  const firstLong = wc.findIndex((n, i) => n >= 20 && open(i));
  if (firstLong < 0) return;
  let titleAt = -1;
  for (const [i, s] of taken) if (s.kind === 'title' && (titleAt < 0 || i < titleAt)) titleAt = i;
  const title = titleAt >= 0 ? us[titleAt]!.text.trim().toLowerCase() : '';
  const titleWords = title ? words(title) : 0;
  // The headline in quotation marks is a reference to the page (a comment section's '2 thoughts on "…"', left to chrome-comments.ts), not the page naming itself.
  const echoes = (i: number) => {
    if (titleWords < MIN_ECHO_TITLE || wc[i]! <= titleWords || wc[i]! > titleWords + MAX_ECHO_EXTRA) return false;
    const at = us[i]!.text.toLowerCase().indexOf(title);
    return at >= 0 && !/["“‘'«]/.test(us[i]!.text[at - 1] ?? '');
  };
  // The story's last long paragraph (not counting an echo, which may be long): a headline quoted in the story comes before it.
  let lastLong = firstLong;
  for (let i = firstLong; i < us.length; i++) if (open(i) && wc[i]! >= 20 && !echoes(i)) lastLong = i;
  for (let i = firstLong + 1; i < us.length; i++) {
    if (!open(i)) continue;
    const t = us[i]!.text;
    // The page naming itself: the whole headline inside a longer line, after the story.
    if (i > lastLong && echoes(i)) drop(i, 'page chrome');
    else if (wc[i]! <= 40 && /\s[·|•]\s/.test(t)) {
      // A stamp and prompts in one row: every part a stamp or chrome, and at least one a stamp.
      const parts = t.split(/\s+[·|•]\s+/);
      const stamps = parts.filter((p) => STAMP.test(p)).length;
      if (stamps >= 1 && stamps < parts.length && parts.every((p) => STAMP.test(p) || lineReason(p))) drop(i, 'relative time');
    }
  }
  markRepeatedCards(us, taken, wc, firstLong, open, chrome, drop);
  // A line in capitals between two lines the header or the chrome rules took, above the story: a printed document's
  // title-page furniture ("SELECT COMMITTEE ON …", "U.S. GOVERNMENT PRINTING OFFICE"); the headline is the header's already.
  // (A run of up to three such lines: "U.S. GOVERNMENT PUBLISHING OFFICE" / "59-312 PDF WASHINGTON : 2025".)
  const caps = (i: number) => open(i) && wc[i]! >= 2 && wc[i]! <= MAX_CAPS_WORDS && !/\p{Ll}/u.test(us[i]!.text) && /\p{Lu}{2}/u.test(us[i]!.text);
  for (let i = 1; i < firstLong; i++) {
    if (!caps(i) || !furniture(i - 1)) continue;
    let j = i;
    while (j < firstLong && j - i < MAX_CAPS_RUN && caps(j)) j++;
    if (furniture(j)) for (let k = i; k < j; k++) drop(k, 'page chrome');
    i = j;
  }
  // A link title between a title of the list and chrome below.
  for (let i = firstLong + 1; i < us.length - 1; i++) {
    const above = taken.get(i - 1);
    if (open(i) && above?.kind === 'boilerplate' && above.reason === 'related links' && chrome(i + 1) && wc[i]! <= MAX_TITLE_WORDS && !endsSentence(us[i]!.text)) drop(i, 'related links');
  }
  // Teasers between a link list's heading ("Related") and chrome below: up to three short lines, even
  // headlines of two sentences ("X is about to bite. Here's what changes.") that the title rule leaves.
  for (let i = firstLong + 1; i < us.length; i++) {
    if (!open(i) || !chrome(i - 1) || !opensLinkList(us[i - 1]!.text)) continue;
    let j = i;
    while (j < us.length && j - i < MAX_TEASERS && open(j) && wc[j]! <= MAX_TITLE_WORDS) j++;
    if (j > i && chrome(j)) for (let k = i; k < j; k++) drop(k, 'related links');
    i = j;
  }
}

/** The reason lineChrome gives a part of a row, or undefined (a credit is not a prompt). */
const lineReason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : undefined;
};

/** An author card shown twice: a run of up to three short lines between chrome, each line found again elsewhere in the text. */
function markRepeatedCards(
  us: readonly Unit[],
  taken: Map<number, Segment>,
  wc: readonly number[],
  firstLong: number,
  open: (i: number) => boolean,
  chrome: (i: number) => boolean,
  drop: (i: number, reason: BoilerplateReason) => void,
): void {
  const seen = new Map<string, number>();
  us.forEach((u, i) => {
    if (wc[i]! <= MAX_CARD_WORDS) seen.set(u.text, (seen.get(u.text) ?? 0) + 1);
  });
  const runs: number[][] = [];
  for (let i = 1; i < us.length; i++) {
    if (!open(i) || !chrome(i - 1)) continue;
    let j = i;
    while (j < us.length && j - i < MAX_CARD_LINES && open(j) && wc[j]! <= MAX_CARD_WORDS && (seen.get(us[j]!.text) ?? 0) >= 2) j++;
    // The run must end at chrome, and must not be the story's first long paragraph.
    if (j > i && chrome(j) && !(i <= firstLong && firstLong < j)) runs.push(Array.from({ length: j - i }, (_, k) => i + k));
    i = j;
  }
  for (const run of runs) for (const k of run) drop(k, 'author bio');
}
