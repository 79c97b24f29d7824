import type { Segment } from '../core/article.ts';
import { BARE_URL, words, type Unit } from './units.ts';

/** A photo's caption told by its place beside a credit or image line, for markChrome (chrome-blocks.ts). */

/** "Figure 1: …", "Chart: …": a caption by its label. */
const FIGURE_LABEL = /^(?:figure|fig\.|chart|graphic|table|image|photo|illustration)\s*\d*\s*[:.]\s/i;
/** Fewest words of description beside a credit for the line to be a caption already. */
const MIN_CAPTION_WORDS = 6;
/** A credit set after its description, in brackets or after a spaced dash: "… in Taipei. (Photo by X/Getty Images)", "… - Copyright AP Photo/Y". */
const TRAILING_CREDIT = /\s*\([^()]*\)\s*$|\s[-–—|]\s(?!.*\s[-–—|]\s)[^.!?]*$/;
/** A line holding a description beside its credit: a sentence before more text, or several words before a trailing credit. */
const holdsCaption = (t: string) => {
  const description = t.replace(TRAILING_CREDIT, '');
  return /[.!?]\s+\S/.test(description) || (description !== t && words(description) >= MIN_CAPTION_WORDS);
};
/** Most units in a block that holds a photo and its caption. */
const MAX_CAPTION_BLOCK = 4;

/**
 * A short sentence beside a photo credit or image file, in the same block, is its caption — when the
 * block is small, or when it is above the first long paragraph (the lead photo of a header). One
 * caption per image: the line above it when that reads as one (caption, then credit), else the line
 * below (credit, then caption). Only credits and image lines found before this pass anchor a caption,
 * never a line this pass took: a chain of short body sentences below a credit is body text.
 */
export function markPhotoCaptions(us: readonly Unit[], out: Map<number, Segment>): void {
  const firstLong = us.findIndex((u) => words(u.text) >= 30);
  const isImage = (i: number) => {
    const s = out.get(i);
    if (!s || !(s.kind === 'credit' ? !BARE_URL.test(s.text) : s.kind === 'boilerplate' && s.reason === 'image')) return false;
    // A credit or caption line that already holds its caption ("Huawei's booth in Barcelona. Photograph: X/Reuters",
    // "Photo shows the expo hall. (Photo/Xinhua)", "X speaks in Paris, 11 February 2025 - Copyright AP Photo/Y")
    // takes no other line as one: the line beside it is the story's (wire stories' paragraphs are often one short sentence).
    // So does a caption told by its own marks ("Jane Roe, left, and John Doe at the summit"): it is the picture's one caption.
    return s.text.startsWith('![') || (!holdsCaption(s.text) && !(s.kind === 'boilerplate' && words(s.text) >= MIN_CAPTION_WORDS + 2 && /\p{Ll}/u.test(s.text)));
  };
  const anchors = us.flatMap((_, i) => (isImage(i) ? [i] : []));
  const isCaption = (i: number, anchor: number) => {
    const u = us[i];
    if (!u || out.has(i) || u.block !== us[anchor]!.block || u.text.length > 200 || !/[.)]$/.test(u.text)) return false;
    return us.filter((v) => v.block === u.block).length <= MAX_CAPTION_BLOCK || i < firstLong || FIGURE_LABEL.test(u.text);
  };
  for (const a of anchors) {
    const i = isCaption(a - 1, a) ? a - 1 : isCaption(a + 1, a) ? a + 1 : -1;
    if (i >= 0) out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'image' });
  }
}
