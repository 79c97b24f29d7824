import type { Segment } from '../core/article.ts';
import { parseNameLine } from './byline.ts';
import { YEARLESS_DATE } from './chrome-app.ts';
import { parseDateLine } from './dates.ts';
import { words, type Unit } from './units.ts';

/**
 * A comment section under the story: its heading ("14 thoughts on “…”", "3 Comments", "Responses")
 * and, under it, what each comment is made of: the commenter's name, the time they wrote, their
 * text, "Reply". Everything from the heading to the end is the readers', not the article's.
 */

/** "14 thoughts on “Headline”", "2 responses to …", "Comments (3)", "Reader comments", "Discussion about this post". */
const HEADING = /^(?:\d{1,4}|one|two|three|four|five)\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\s+\S.{0,150})?$|^(?:reader |readers['’] )?(?:comments?|responses?|discussion)(?:\s*\(\d{1,4}\))?:?$|^discussion about this (?:post|article|story|episode)$/i;
/** When a comment was written: a clock time, a relative time or a date with its year. */
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\bago$/i;
/** How far under the heading the first commenter's name may stand. */
const LOOK = 4;

// A date without its year ("Jul 14") too: a platform dates this year's comments so.
const isTime = (t: string) => words(t) <= 8 && (TIME.test(t) || YEARLESS_DATE.test(t) || !!parseDateLine(t));

/** Marks a comment section, from its heading to the end, as chrome. */
export function markComments(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[] = us.map((u) => words(u.text))): void {
  const total = wc.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let h = 0; h < us.length; before += wc[h]!, h++) {
    // In the second half of the text only: the story comes first.
    if (before < total / 2 || wc[h]! > 30 || !HEADING.test(us[h]!.text.trim())) continue;
    // A commenter's name, then the time they wrote: the section's shape, which a story's heading "Comments" over its text lacks.
    const commenter = Array.from({ length: LOOK }, (_, k) => h + 1 + k).some((i) => i + 1 < us.length && wc[i]! <= 4 && (!taken.has(i) || taken.get(i)!.kind === 'boilerplate') && isTime(us[i + 1]!.text) && !!parseNameLine(us[i]!.text));
    if (!commenter) continue;
    for (let i = h; i < us.length; i++) if (!taken.has(i)) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'comment form' });
    return;
  }
}
