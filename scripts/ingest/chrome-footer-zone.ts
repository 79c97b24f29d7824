import type { BoilerplateReason, Segment } from '../core/article.ts';
import type { ProseBlock } from './prose-block.ts';
import { words, type Unit } from './units.ts';
import { hasFigure } from './chrome-figures.ts';
import { COPYRIGHT_LINE } from './outlet-name.ts';

/**
 * The page's footer told by its place: below the story's prose block, the lines right beside the
 * copyright line are the footer's — above it, a publisher group's line or a masthead's motto under the
 * footer's links ("Harbour Gazette is part of Tide Media plc, …", "Published since 1898 …"); below it, to
 * the end of the page, a trademark or legal notice. Only lines with no figure but a year, and only above
 * the copyright line when a run of the page's end furniture (links, prompts, footer, comments) is right
 * above them: a short last paragraph after an advert is the story's.
 */

/** A copyright line: "© 2025 …", "Copyright … 2025", "All rights reserved" (outlet-name.ts, where every reader of such lines takes it). */
const COPYRIGHT = COPYRIGHT_LINE;
/** Most lines beside the copyright line, and most words of each. */
const MAX_LINES = 2;
const MAX_WORDS = 40;
/** Most lines of a run of links above the copyright line, and most words of each. */
const MAX_LOOSE_LINES = 8;
const MAX_LOOSE_WORDS = 12;
/** A link's text, not a sentence: short, closing on no full stop, "!" or "?". */
const isLoose = (t: string, n: number) => n <= MAX_LOOSE_WORDS && !/[.!?:;,]["”’)]?$/.test(t);
/** Fewest lines of end furniture right above the lines taken above the copyright line. */
const MIN_FURNITURE = 2;
/** What the furniture at a page's end is removed as (an advert or a caption may stand inside the story). */
const END_REASONS = new Set<BoilerplateReason>(['site footer', 'related links', 'comment form', 'share or subscribe prompt', 'navigation', 'tag list', 'author bio', 'page chrome']);

/** Marks, into `taken`, the lines beside the copyright line below the story. */
export function markFooterZone(us: readonly Unit[], taken: Map<number, Segment>, wc: readonly number[], block: ProseBlock | undefined): void {
  if (!block) return;
  const isChrome = (i: number) => taken.get(i)?.kind === 'boilerplate';
  const isCopyright = (i: number) => {
    const s = taken.get(i);
    // Kept as metadata too: the copyright holder may be the page's evidence of its site (header-copyright-holder.ts).
    return (s?.kind === 'boilerplate' || s?.kind === 'credit' || s?.kind === 'meta') && COPYRIGHT.test(us[i]!.text);
  };
  const fits = (i: number) => !taken.has(i) && (wc[i] ?? words(us[i]!.text)) <= MAX_WORDS && !hasFigure(us[i]!.text);
  const drop = (i: number) => taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'site footer' });
  for (let c = block.end + 1; c < us.length; c++) {
    if (!isCopyright(c)) continue;
    // Above: open lines right above the copyright line, under a run of end furniture; up to two of any kind, or a longer run of
    // short lines none of which is a sentence (a footer's link list: "Top Trending Terms" / "Sensex Today" / "Gold Rate Today").
    let top = c;
    while (top - 1 > block.end && c - (top - 1) <= MAX_LINES && fits(top - 1)) top--;
    let loose = c;
    while (loose - 1 > block.end && c - (loose - 1) <= MAX_LOOSE_LINES && fits(loose - 1) && isLoose(us[loose - 1]!.text, wc[loose - 1] ?? 0)) loose--;
    if (loose < top) top = loose;
    if (top < c) {
      const reasons = [top - 1, top - 2].map((j) => taken.get(j)).map((s) => (s?.kind === 'boilerplate' ? s.reason : undefined));
      if (reasons.length >= MIN_FURNITURE && reasons.every((r) => r !== undefined && END_REASONS.has(r))) for (let k = top; k < c; k++) drop(k);
    }
    // Below: the page's last lines, when nothing but chrome follows them.
    const rest = us.map((_, k) => k).filter((k) => k > c);
    const open = rest.filter((k) => !isChrome(k) && !isCopyright(k));
    if (open.length > 0 && open.length <= MAX_LINES && open.every(fits)) open.forEach(drop);
  }
}
