/**
 * A dateline opening a body sentence ("HANGZHOU, China, March 18, 2025 — Orbis said…", "PARIS
 * (Agency) - …"): where the story was filed, not what its figures are about. A place named there is
 * no subject of the sentence's figures.
 */

/** A place in capitals, then a region or a date after a comma or an agency in brackets, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]+){0,3}(?:,\s*[^—–\n]{2,60}?|\s*\([^()\n]{2,30}\))*\s*(?:—|–|--|\s-)\s+/u;

/** The length of the dateline opening `sentence`, or 0 where it opens with none. */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  // A capitalised word of three letters or more: an acronym alone ("US -") or a word ("A -") opens no dateline.
  return m && /^\s*\p{Lu}{3,}/u.test(m[0]) ? m[0].length : 0;
}
