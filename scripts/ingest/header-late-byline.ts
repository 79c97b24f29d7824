import type { Segment } from '../core/article.ts';
import { isPlace, parseNameLine } from './byline-names.ts';
import type { Unit } from './units.ts';

/** "Author of the article:", "Written by", "Authors:": a label alone on its line over the writer's name. */
const AUTHOR_LABEL = /^(?:authors?(?:\s+of\s+(?:the|this)\s+(?:article|story|post))?|written\s+by|by)\s*:?$/i;
/** How far above the date the writer's name may stand (past a place line, an agency's name, the label). */
const REACH = 3;

/**
 * A date line the header walk stopped above and reclaimDate took back (header-dates.ts) comes with its byline: the writer's
 * name alone on a line just above it ("JANE DOE" / "Madrid" / "Updated 12 Feb 2025", "Author:" / "Jane Doe" / "Published …"),
 * which the walk left to the text for the same reason. Only with no byline read, and only a line that is wholly a name.
 */
export function reclaimByline(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, segments: Map<number, Segment>, titleAt: number, dateAt: number): void {
  if ([...segments.values()].some((s) => s.kind === 'byline')) return;
  for (let k = dateAt - 1; k > titleAt && k >= dateAt - REACH; k--) {
    if (segments.has(k) || taken.has(k)) continue;
    const t = us[k]!.text.trim();
    const authors = parseNameLine(t);
    if (!authors || isPlace(t)) continue;
    segments.set(k, { kind: 'byline', line: us[k]!.line, text: us[k]!.text, authors });
    const label = k - 1;
    if (label > titleAt && !segments.has(label) && !taken.has(label) && AUTHOR_LABEL.test(us[label]!.text.trim())) {
      segments.set(label, { kind: 'meta', role: 'section', line: us[label]!.line, text: us[label]!.text });
    }
    return;
  }
}
