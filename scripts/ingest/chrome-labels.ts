import nlp from 'compromise';
import { chromeReason, type Segment } from '../core/article.ts';
import { addressesReader } from './chrome-reader-address.ts';
import { memoize } from './memo.ts';
import type { ProseBlock } from './prose-block.ts';
import { endsSentence, type Unit } from './units.ts';

/**
 * Lines that belong to the chrome right under them, judged once the rules have run: a label with no
 * verb over two or more lines of chrome is their label ("In this issue:" over a contents list the
 * rules took); and a reader poll below the story — its short label, then a question to the reader over
 * two or more short option lines the rules took as loose chrome ("Poll" / "Do you commute by ferry?" /
 * "Yes, daily" / "Sometimes" / "Never"). A label with a verb ("He listed three demands:") introduces
 * the story's own list, and a question not put to the reader is the story's.
 */

/** Most words of a label, and of a poll's label above its question. */
const MAX_LABEL_WORDS = 6;
const MAX_POLL_LABEL_WORDS = 2;
/** Most words of a poll's option. */
const MAX_OPTION_WORDS = 6;
/** Fewest chrome lines under a label or a poll's question. */
const MIN_UNDER = 2;

/** What a poll's options were taken as. */
const OPTION_REASONS = new Set<string | undefined>(['page chrome', 'widget']);

const hasVerb = memoize((t: string) => nlp(t).has('#Verb'));

/** Marks, into `taken`, the labels of chrome and the reader polls below the story. */
export function markChromeLabels(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], block: ProseBlock | undefined): void {
  const isChrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  const chromeUnder = (i: number) => {
    let n = 0;
    while (i + 1 + n < us.length && isChrome(i + 1 + n)) n++;
    return n;
  };
  // A poll's options: short lines the rules took as loose chrome or a widget, not share buttons or tags (a post's closing question over them is the post's).
  const options = (i: number) => {
    let n = 0;
    while (i + 1 + n < us.length && wc[i + 1 + n]! <= MAX_OPTION_WORDS && OPTION_REASONS.has(reasonOf(i + 1 + n))) n++;
    return n;
  };
  const reasonOf = (i: number) => chromeReason(taken.get(i));
  const isPollLabel = (i: number) => !taken.has(i) && wc[i]! <= MAX_POLL_LABEL_WORDS && !endsSentence(us[i]!.text);
  const drop = (i: number, reason: 'page chrome' | 'widget') => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  for (let i = 0; i < us.length; i++) {
    const t = us[i]!.text;
    if (taken.has(i)) continue;
    if (t.endsWith(':') && wc[i]! <= MAX_LABEL_WORDS && !/\d/.test(t) && chromeUnder(i) >= MIN_UNDER && !hasVerb(t)) drop(i, 'page chrome');
    else if (block && i - 1 > block.end && t.endsWith('?') && isPollLabel(i - 1) && addressesReader(t, wc[i]!) && options(i) >= MIN_UNDER) {
      drop(i - 1, 'widget');
      drop(i, 'widget');
    }
  }
}
