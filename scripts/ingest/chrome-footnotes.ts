import type { Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * A report's footnotes, as a PDF's text copies them at the foot of a page: numbered lines ("1 SMIC,
 * "Unaudited results …," February 11, 2025.", "2 Registration records, …") whose numbers the text
 * carries as markers glued after a word or a stop ("… revenue of roughly $8 billion.1 Second, …"). The
 * markers are the evidence: a numbered list of the story's own is written "1." or "1)", and its numbers
 * are not glued into the sentences above it. The same holds for a paper's endnotes and a law firm's memo.
 */

/** A footnote's line: its number, a space, then the note ("1 SMIC, …", "12 Interviews with …"). */
const NOTE = /^(\d{1,3})\s+["“'‘(]?\p{Lu}/u;
/** Most words of one footnote. */
const MAX_NOTE_WORDS = 60;
/** Fewest notes in a run. */
const MIN_RUN = 2;

/** A note's marker in the text: its number right after a word, a quotation mark, a bracket or a percent sign, and a stop or comma maybe ("billion.1", "phase,2", "40%.3"); never after a digit ("47.5" is a decimal). */
const marker = (k: number) => new RegExp(`(?<=[\\p{L}%)"”’])[.,;:]?${k}(?=\\s|$)`, 'u');

/** Marks, into `out`, runs of numbered lines whose numbers the rest of the text carries as note markers. */
export function markFootnotes(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  for (let i = 0; i < us.length; i++) {
    const first = NOTE.exec(us[i]!.text);
    if (!first || out.has(i)) continue;
    // The run: consecutive numbers on consecutive lines.
    let j = i;
    while (j + 1 < us.length && !out.has(j + 1) && wc[j + 1]! <= MAX_NOTE_WORDS && Number(NOTE.exec(us[j + 1]!.text)?.[1]) === Number(first[1]) + (j + 1 - i)) j++;
    const run = j - i + 1;
    if (run < MIN_RUN || wc[i]! > MAX_NOTE_WORDS) continue;
    const rest = us.filter((_, k) => k < i || k > j).map((u) => u.text).join('\n');
    const marked = Array.from({ length: run }, (_, k) => Number(first[1]) + k).filter((k) => marker(k).test(rest)).length;
    // Most of the notes have their marker in the text.
    if (marked * 2 >= run) for (let k = i; k <= j; k++) out.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'page chrome' });
    i = j;
  }
}
