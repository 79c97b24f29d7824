import type { BoilerplateReason, Segment } from '../core/article.ts';
import { endsSentence, type Unit } from './units.ts';

/**
 * Short lines told by the chrome beside them, whatever their words:
 * - a count over a noun the counter rules do not know ("11 Restacks", "3 Boosts") in a row of counters;
 * - a call-to-action box's title: a question to the reader with its subject left out ("Need H100s this week?",
 *   "Looking for a faster cluster?") over the box's pitch, when nothing of the story comes after the box;
 * - a headline stranded among the page's end furniture: a short line that is no sentence, chrome right above and right below it
 *   and nothing of the story after it (a link list whose label no rule knew, one title left between read ones).
 */

/** A count and one word (a platform's own name for the action), a separator glyph of the row allowed at either end. */
const COUNT_WORD = /^(?:[∙·•|]\s*)?[\d,.]+[KkMm]?\s+\p{Lu}?\p{Ll}{2,15}s(?:\s*[∙·•|])?$/u;
/** A question whose subject ("do you …") is left out: it opens with the reader's want, not an auxiliary or a name. */
const READER_QUESTION = /^(?:Need|Want|Looking|Ready|Interested|Curious|Tired|Struggling|Planning|Thinking|Building|Running|Training|Scaling|Hiring|Shopping)\b[^.!?"“”]{0,60}\?$/u;
/** Most words of a box's title. */
const MAX_TITLE = 8;
/** Most words of a stranded headline. */
const MAX_HEADLINE = 16;
/** A headline's shape: a capital first, no sentence's end inside it or at its close, whatever marks follow ("… very readable. /end", "*Thanks to J.*"). */
const isHeadline = (t: string) => /^\p{Lu}/u.test(t) && !endsSentence(t) && !/[.!?]["”’)*_]*(?:\s|$)/u.test(t);

/** Marks, into `taken`, counters in a run of counters and a call-to-action box's title after the story. */
export function markBeside(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[]): void {
  const reason = (j: number): BoilerplateReason | undefined => {
    const s = taken.get(j);
    return s?.kind === 'boilerplate' ? s.reason : undefined;
  };
  const drop = (i: number, r: BoilerplateReason) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: r });
  // Only a counter whose neighbour is a counter already ("42 Likes" / "11 Restacks"): a cell of a table ("8 GPUs") stands beside figures.
  for (let i = 0; i < us.length; i++) {
    if (taken.has(i) || wc[i]! > 3 || !COUNT_WORD.test(us[i]!.text.trim())) continue;
    if (reason(i - 1) === 'widget' || reason(i + 1) === 'widget') drop(i, 'widget');
  }
  for (let i = 0; i < us.length - 1; i++) {
    const t = us[i]!.text.trim();
    if (taken.has(i) || wc[i]! > MAX_TITLE || !READER_QUESTION.test(t)) continue;
    const pitch = reason(i + 1);
    if (pitch !== 'advertisement' && pitch !== 'share or subscribe prompt') continue;
    // The box closes the text: every line after it is chrome already (a question in the story goes on to its answer).
    if (us.slice(i + 1).every((_, k) => taken.has(i + 1 + k))) drop(i, pitch);
  }
  // From the page's end up, while every line below is chrome: a headline between two chrome lines is a link of the end furniture.
  for (let i = us.length - 2; i > 0; i--) {
    if (taken.get(i)?.kind === 'boilerplate') continue;
    if (taken.has(i) || wc[i]! > MAX_HEADLINE || !isHeadline(us[i]!.text) || !reason(i - 1) || !reason(i + 1)) break;
    drop(i, 'related links');
  }
}
