import { BARE_URL, endsSentence, words, type Unit } from './units.ts';

/** Numbered section lines: "2. The Battle for Compute Power and Data: A Game for Giants". */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+\S/;
const MAX_HEADING = 120;
const MAX_HEADING_WORDS = 14;

/** A body line that heads what follows: short, not a sentence, and followed by a long paragraph (or numbered). */
export function isHeading(u: Unit, next: Unit | undefined): boolean {
  const t = u.text;
  if (t.length > MAX_HEADING || !next || BARE_URL.test(next.text)) return false;
  if (!/^[\p{Lu}\p{Lo}\d"“‘']/u.test(t)) return false;
  // Scripts without spaces between words (Chinese, Japanese) are measured in characters instead.
  if (/\s/.test(t) ? words(t) > MAX_HEADING_WORDS : t.length > 40) return false;
  if (NUMBERED_HEADING.test(t)) return !/[.,;:]$/.test(t);
  return !endsSentence(t) && next.text.length >= Math.max(80, t.length * 2);
}
