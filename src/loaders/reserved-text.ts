/**
 * Astro's content store reads any string that starts with this prefix as an image import: it
 * rewrites the string and makes the build import the file it names (astro/dist/content/consts.js).
 * Text from articles and the gazetteer must never be read that way, so entries holding such a
 * string are refused with an error instead of being stored.
 */
export const RESERVED_PREFIX = '__ASTRO_IMAGE_';

/** Whether any string in `value` (deeply) starts with {@link RESERVED_PREFIX}. */
export function holdsReservedText(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith(RESERVED_PREFIX);
  if (Array.isArray(value)) return value.some(holdsReservedText);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsReservedText);
  return false;
}

/** The 1-based line of the first occurrence of the prefix in a file's text, if any. */
export function reservedTextLine(text: string): number | undefined {
  const at = text.indexOf(RESERVED_PREFIX);
  return at < 0 ? undefined : text.slice(0, at).split(/\r\n|\r|\n/).length;
}

/** The problem to report for a file holding such text. */
export function reservedTextProblem(file: string, text: string): { file: string; line?: number; message: string; hint: string } {
  const line = reservedTextLine(text);
  return {
    file,
    ...(line === undefined ? {} : { line }),
    message: `text starting with "${RESERVED_PREFIX}" would be read by Astro's content store as an image to import, not as text`,
    hint: `change that text (e.g. put it in quotes) or remove it`,
  };
}
