/**
 * A name as the object of a verb of comparison ("Orbis-2 outperformed Zephyr on several benchmarks,
 * with a score of 89.4"; "…, outperforming Zephyr"): what the subject is measured against, not whose
 * a later figure in the sentence is. A figure the name owns ("beat Zephyr's 79.2") stays its.
 */
import type { Mention } from '../core/match.ts';

/** A verb or phrase of comparison ("outperformed", "close to"), perhaps with the object's owner ("matches Acme's"), right before a name. */
const COMPARED_BY_VERB = /\b(?:(?:outperform|outscor|outpac|surpass|beat|match|trail|lag|exceed)(?:s|es|ed|ing|e)?|rival(?:s|led|ed|ling|ing)|lagg(?:ed|ing)|topp(?:ed|ing)|tops|close to|on (?:a )?par with|level with|similar to)\s+(?:the\s+)?(?:[\p{L}-]+['’]s?\s+)?$/iu;

/** Between a name and a figure after it: a relative clause about the name ("Zephyr, which uses ten times as many"), whose figures are the name's. */
const ITS_CLAUSE = /^,\s+(?:which|who|that)\b[^,;:—–]*$/;

/** The mentions of `text` that may be the subject of the figure starting at `at`: not the object of a verb of comparison, unless the figure is the name's own. */
export function notComparedObjects(mentions: readonly Mention[], text: string, at: number): Mention[] {
  // A possessive before the figure's noun ("Zephyr's score of"), not before another name ("Acme's Zephyr", which is compared in turn).
  const own = (m: Mention) => /^['’]s\s+(?!\p{Lu}|\p{Ll}+\d)/u.test(text.slice(m.end)) || (m.end <= at && ITS_CLAUSE.test(text.slice(m.end, at)));
  return mentions.filter((m) => own(m) || !COMPARED_BY_VERB.test(text.slice(Math.max(0, m.start - 40), m.start)));
}
