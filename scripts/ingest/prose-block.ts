import type { Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/**
 * The article's main prose block, found Readability-style: every unit scores by how much it reads as
 * running text (long lines that end as sentences score up; short lines that are not sentences, and
 * lines already read as chrome or metadata, score down), and the block is the contiguous run with the
 * highest total (Kadane's maximum subarray). A chrome interruption in the middle of the story (a
 * newsletter box, an ad) costs less than the prose after it is worth, so the story stays one block;
 * a page's footer, comments or link lists after the last run of prose do not.
 */

/** A line that ends as a sentence does: a full stop, "!", "?" or "…", maybe inside a closing quote or bracket. */
// An end sign after the mark ("… questions. ®") leaves a sentence a sentence.
export const SENTENCE_END = /[.!?…]["”’)\]]?(?:\s*\p{So})?$/u;
/** Words a sentence line must pass to add to the block: shorter sentences (a caption, "Reply") weigh nothing or less. */
const PROSE_WORDS = 8;
/** A line of prose counts for at most this many words: one huge paragraph does not outweigh the page. */
const MAX_WORDS = 60;
/** What a short line that is not a sentence, or a line already read as chrome or metadata, costs. */
const LOOSE_COST = 6;
/**
 * What a line of the site's footer costs: the page ends there, and only a long run of prose after it
 * (a story misread as a footer line) is worth crossing it for.
 */
const FOOTER_COST = 30;

/** The main prose block: units `start` to `end`, both included. */
export interface ProseBlock {
  start: number;
  end: number;
}

/** How much unit `i` reads as the story's running text. */
function score(u: Unit, n: number, done: Segment | undefined): number {
  if (done) return done.kind === 'boilerplate' && done.reason === 'site footer' ? -FOOTER_COST : -LOOSE_COST;
  // A sentence line adds its words past the first few; a long line without an end mark (a wrapped paragraph cut short) counts as prose too.
  if (SENTENCE_END.test(u.text) || n >= 2 * PROSE_WORDS + 4) return Math.min(n, MAX_WORDS) - PROSE_WORDS;
  return -LOOSE_COST;
}

/**
 * The densest run of prose, or undefined when the text has none (a list, a table, a stub): then
 * nothing is judged by its place. `taken`: the verdicts so far (chrome, header, credits).
 */
export function findProseBlock(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, wc: readonly number[] = us.map((u) => words(u.text))): ProseBlock | undefined {
  let best: ProseBlock | undefined;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < us.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score(us[i]!, wc[i]!, taken.get(i));
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  }
  return best;
}

/** Longest run of loose lines below the block taken as the page's: a longer run is a list of the text. */
const MAX_RUN = 4;
/** Most words of a loose line: a longer line without an end mark is text that lost its full stop. */
const MAX_LOOSE_WORDS = 10;
/** Markdown's marks around a line ("*— Jane*", "[Subscribe](/rss)"): judged without them. */
const bare = (t: string) => t.replace(/\[([^\]]*)\]\([^)]*\)(?:\{[^}]*\})?/g, '$1').replace(/^[*_]+|[*_]+$/g, '').trim();
/**
 * A list item, a quotation, a table row, a line opening with a number (a chapter's time, a figure),
 * or a line with a sentence inside it: the text's, whatever its length.
 */
const TEXT_SHAPE = /^(?:[-–•*>+]\s|\d)|\|.*\||\t|[.!?]\s+\S/;
/** A sign-off under the text: "— Jane Doe", "*— Chen Yuhang*" (two to four capitalised words after a dash). */
const SIGNATURE = /^[—–-]{1,2}\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;

/**
 * Below the main block, a run of up to four loose lines (short, not sentences, not list items or
 * table rows) that ends the text or runs into chrome is the page's: "More stories from …", a
 * section label, "Authors", a transcript's closing music cue. A run that leads into a sentence is
 * a heading or a speaker's label of that sentence and stays; so does a run under a line that
 * introduces a list (ending in a colon), a heading over two or more phrases (a list of key points),
 * and any run with a figure in it.
 */
export function markBelowBlock(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[] = us.map((u) => words(u.text)), authors: readonly string[] = []): void {
  const block = findProseBlock(us, taken, wc);
  if (!block) return;
  // With no byline above the text, the writer's sign-off right under it names them (past at most three lines the rules
  // took as chrome or a closing quotation: a newsletter's "That's all for this week. Hit reply …" stands between the text and the name).
  let at = block.end + 1;
  const signAt = (k: number) => SIGNATURE.exec(bare(us[k]!.text));
  while (at < block.end + 4 && at < us.length && (taken.get(at)?.kind === 'boilerplate' || /^>/.test(us[at]!.text)) && !signAt(at)) at++;
  // The sign-off itself may have been taken as a loose line of chrome; its shape (a dash, then a name) says what it is.
  const sign = at < us.length && (!taken.has(at) || taken.get(at)?.kind === 'boilerplate') ? signAt(at) : null;
  if (sign && authors.length === 0) taken.set(at, { kind: 'byline', line: us[at]!.line, text: us[at]!.text, authors: [sign[1]!] });
  const loose = (i: number) => {
    if (i >= us.length || taken.has(i) || wc[i]! > MAX_LOOSE_WORDS) return false;
    const t = bare(us[i]!.text);
    return !SENTENCE_END.test(t) && !t.endsWith(':') && !TEXT_SHAPE.test(us[i]!.text);
  };
  markAboveBlock(us, taken, wc, block);
  for (let i = block.end + 1; i < us.length; i++) {
    if (!loose(i)) continue;
    let j = i;
    while (loose(j)) j++;
    const intro = /:$/.test(us[i - 1]!.text);
    const endsInChrome = j === us.length || taken.get(j)?.kind === 'boilerplate';
    // Phrases of three words or more under a heading ("Key figures" / "Fleet doubles by next year" / "Ships built in Norway") are a list
    // of the text, as are lines with a figure; a footer's runs mix in one- and two-word labels.
    const items = wc.slice(i + 1, j);
    const list = (items.length >= 2 && items.every((n) => n >= 3)) || us.slice(i, j).some((u) => /\d/.test(u.text));
    if (!intro && !list && endsInChrome && j - i <= MAX_RUN) {
      for (let k = i; k < j; k++) taken.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'page chrome' });
    }
    i = j;
  }
}

/** A writer's line about their beat: "I cover chips, cloud and …", "I write about energy for …". */
const FIRST_PERSON_BIO = /^I(?:['’]m| am) an? (?:\w+ ){0,3}(?:reporter|writer|editor|journalist|analyst|correspondent|columnist|contributor)\b|^I (?:cover|write about|report on)\b/;
/** Most words of such a line. */
const MAX_BIO_WORDS = 25;

/**
 * Above the main block, under the headline, a writer's one-line note about their beat beside the
 * byline's furniture (a follow button, a disclaimer) is the author box's, not the story's first line.
 */
function markAboveBlock(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], block: ProseBlock): void {
  let title = -1;
  for (const [i, s] of taken) if (s.kind === 'title' && (title < 0 || i < title)) title = i;
  if (title < 0) return;
  for (let i = title + 1; i < block.start; i++) {
    if (taken.has(i) || wc[i]! > MAX_BIO_WORDS || !FIRST_PERSON_BIO.test(us[i]!.text)) continue;
    // Beside the header's furniture: chrome or a byline right above or below.
    const beside = [i - 1, i + 1].some((j) => { const s = taken.get(j); return s?.kind === 'boilerplate' || s?.kind === 'byline'; });
    if (beside) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'author bio' });
  }
}
