import type { Segment } from '../core/article.ts';
import { PROFILE_DATE_LABEL } from './header-shapes.ts';
import { parseDateLine } from './dates.ts';
import { pickPublished } from './header-resolve.ts';
import type { Unit } from './units.ts';

/** A label alone on the line above its date ("Updated" / "Mar 1, 2025, 5:20 PM"), as a page's two elements copy. */
const LABEL_ALONE = /^\p{L}[\p{L} ]{2,24}:?$/u;

/**
 * Of several dates in the header, the publication date is the one labelled "published" (or "posted",
 * "issued"), else the earliest; the others are other dates. A label may stand
 * on the date's line or alone on the line above it.
 */
export function choosePublished(segments: Map<number, Segment>): void {
  // A date under a member's profile label ("Joined" / "Mar 14, 2019") is the member's, never the story's.
  for (const [i, s] of segments) {
    const above = segments.get(i - 1);
    const label = above && 'text' in above ? String(above.text ?? '').trim() : '';
    if (s.kind === 'date' && PROFILE_DATE_LABEL.test(label)) segments.set(i, { kind: 'meta', role: 'other date', line: s.line, text: s.text });
  }
  const dated = [...segments].filter(([, s]) => s.kind === 'date' || (s.kind === 'byline' && s.date)).sort(([a], [b]) => a - b);
  if (dated.length < 2) return;
  const iso = (s: Segment) => (s.kind === 'date' ? s.iso : s.kind === 'byline' ? s.date!.iso : '');
  const labelOf = (i: number, s: Segment) => {
    const above = segments.get(i - 1);
    return above?.kind === 'meta' && above.role === 'section' && LABEL_ALONE.test(above.text.trim()) ? `${above.text.trim()} ${s.text}` : s.text;
  };
  // Which of the header's dates is the publication's is the date resolver's precedence (header-resolve.ts).
  const pick = pickPublished(dated.map(([i, s]) => ({ at: i, iso: iso(s), label: labelOf(i, s) })));
  for (const [i, s] of dated) {
    if (i === pick) continue;
    if (s.kind === 'byline') {
      const { date: _, ...rest } = s;
      segments.set(i, rest);
    } else segments.set(i, { kind: 'meta', role: 'other date', line: s.line, text: s.text });
  }
}

/** How many lines below the headline a date line alone is still the header's when the walk stopped above it. */
const LATE_REACH = 10;
/** Chrome reasons a list's date row is given ("Related" / "Headline" / "date"), which a story's own date line shares with it. */
const LISTED = new Set(['page chrome', 'related links']);
/**
 * The story's date line, when the chrome rules took it for a list's row or a running header because the page's
 * teasers and related items print their dates the same way ("February 20, 2025 05:00 JST" under "For you"): with no
 * date read in the header, a date line right above the headline or among the lines between the headline and the
 * text (under its dek, caption or byline) is the story's. Below the text's first long paragraph, the rows are the list's.
 */
export function reclaimDate(us: readonly Unit[], taken: ReadonlyMap<number, Segment>, segments: Map<number, Segment>, titleAt: number, end: number): number | undefined {
  if ([...segments.values()].some((s) => s.kind === 'date' || (s.kind === 'byline' && s.date))) return undefined;
  // A byline below a long line ("FILE - … (Photo/…, File)" / "BY A AND B" / the date) shows that line to be a caption or dek:
  // the header goes on to the byline, and the text begins after it.
  const lastByline = Math.max(-1, ...[...segments].filter(([k, s]) => k > titleAt && s.kind === 'byline').map(([k]) => k));
  // The header walk may stop early, at a dek written as sentences or a label it does not know ("More by this Author",
  // "What you need to know:" over its points): a date line alone below them, above the text's first long paragraph, is
  // still the story's (a few lines on at most, so a list's dated rows further down are not).
  for (let k = Math.max(0, titleAt - 1); k < us.length && k <= Math.max(end + 1, titleAt + LATE_REACH); k++) {
    if (k === titleAt) continue;
    const s = segments.get(k) ?? taken.get(k);
    if (!s) {
      // The text has begun: a long line no rule took.
      if (k > titleAt && k > lastByline && us[k]!.text.split(/\s+/).length >= 20) return undefined;
      const date = k > titleAt ? parseDateLine(us[k]!.text) : undefined;
      if (date) {
        segments.set(k, { kind: 'date', line: us[k]!.line, text: us[k]!.text, iso: date.iso, hasTime: date.hasTime });
        return k;
      }
      continue;
    }
    if (s.kind !== 'boilerplate' || !LISTED.has(s.reason)) continue;
    const date = parseDateLine(us[k]!.text);
    if (date) {
      segments.set(k, { kind: 'date', line: us[k]!.line, text: us[k]!.text, iso: date.iso, hasTime: date.hasTime });
      return k;
    }
  }
  return undefined;
}
