import type { Segment } from '../core/article.ts';
import { words, type Unit } from './units.ts';

/**
 * A Markdown picture's caption and credit, as blog exports and clippers write them: the line right
 * under the image (`![alt](src)`), blank line or not, is its caption when it is wholly in italics
 * ("*Benchmark scores of … as reported by the team.*") and its credit when it is a name and the
 * outlet or agency after a slash ("Jane Roe/The Harbour Courier"). The story's own lines are never
 * written either way right under a picture: a paragraph in italics is a line of emphasis anywhere
 * else, and a name with a slash is not a sentence.
 */

/** A Markdown image alone on its line. */
const MD_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
/** A line wholly in italics (one pair of * or _), not bold. */
const ITALIC = /^(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)$/;
/** Most words of such a caption. */
const MAX_CAPTION_WORDS = 40;
/** "Jane Roe/The Harbour Courier", "J. Roe / Agency Photos": a photographer's name, a slash, an outlet or agency. */
const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s[\p{Lu}&][\p{L}&.'’-]*){0,4}$/u;

/** Marks the caption or credit under each Markdown image into `out` (unit index → segment). */
export function markMarkdownCaptions(us: readonly Unit[], out: Map<number, Segment>): void {
  for (let i = 0; i + 1 < us.length; i++) {
    if (!MD_IMAGE.test(us[i]!.text)) continue;
    const j = i + 1;
    const t = us[j]!.text;
    if (out.has(j)) continue;
    if (ITALIC.test(t) && words(t) <= MAX_CAPTION_WORDS) out.set(j, { kind: 'boilerplate', line: us[j]!.line, text: t, reason: 'image' });
    else if (NAME_SLASH_OUTLET.test(t)) out.set(j, { kind: 'credit', line: us[j]!.line, text: t });
  }
}
