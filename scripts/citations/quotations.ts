/**
 * The quotation check: a quotation in a citing sentence must appear verbatim in a cited paragraph.
 *
 * Only two things are normalised before comparing, because they vary with typing and typesetting,
 * never with meaning:
 * - quotation-mark and apostrophe glyphs: " “ ” „ ‟ ″ ＂ ' ‘ ’ ‚ ‛ ′ ʼ ＇ and ` are all read as one mark,
 *   so a quotation inside a quotation may switch between double and single marks, as style guides ask
 *   ("its innovative “mixture of experts” model" is quoted as “its innovative ‘mixture of experts’ model”);
 * - whitespace: every run of white space (spaces, tabs, line breaks, no-break spaces) is one space,
 *   and space at either end of the quotation is ignored.
 * Everything else — letters, case, hyphens and dashes, punctuation, digits — must match exactly.
 * An ellipsis (… or ...) inside a quotation marks an omission: the parts around it must each appear,
 * in order, in the same paragraph.
 */

const MARKS = /["\u201C\u201D\u201E\u201F\u2033\uFF02'\u2018\u2019\u201A\u201B\u2032\u02BC\uFF07`]/g;

/** The text with quotation-mark glyphs unified and white space collapsed (see the module comment). */
export function normaliseQuoted(text: string): string {
  return text.replace(MARKS, "'").replace(/\s+/gu, ' ').trim();
}

/** The parts of a quotation between omission marks (… or ... or […]), normalised, non-empty. */
function parts(quotation: string): string[] {
  return normaliseQuoted(quotation)
    .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** True when every part of the quotation appears, in order, in this (already normalised) paragraph. */
function foundIn(quoted: readonly string[], paragraph: string): boolean {
  let at = 0;
  for (const part of quoted) {
    const i = paragraph.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
}

/**
 * True when the quotation appears verbatim (see the module comment) in one of the paragraphs, which
 * the caller has passed through {@link normaliseQuoted} (once, however many quotations it checks).
 */
export function quotationSupported(quotation: string, normalisedParagraphs: readonly string[]): boolean {
  const quoted = parts(quotation);
  if (quoted.length === 0) return true;
  return normalisedParagraphs.some((p) => foundIn(quoted, p));
}
