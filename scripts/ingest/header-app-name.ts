import type { Segment } from '../core/article.ts';

/**
 * "Readwell" over "Home / Liked / Archive / Highlights / Folders": a read-later or note app's name heads its own library menu when
 * a saved page is copied from it whole. The app keeps the page, it never published it: its name is no publisher. Told by the
 * menu, not the name: three or more of the kinds of things a reading library files (likes, highlights, folders, tags, a list).
 */
const LIBRARY_ITEM = /^(?:liked|likes|archived?|highlights|folders|favou?rites|tags|my list|saves|saved(?: items)?|reading list|inbox|later|read later|unread|notebooks?|library|collections)$/i;
/** How far under the name the library menu runs. */
const MENU_SPAN = 10;

/** Demotes a site name read from a line that heads a reading library's menu. */
export function dropLibraryAppName(segments: Map<number, Segment>, ts: readonly string[]): void {
  for (const [i, s] of segments) {
    if (s.kind !== 'meta' || s.role !== 'publisher' || !s.value) continue;
    const items = new Set(ts.slice(i + 1, i + 1 + MENU_SPAN).map((t) => t.trim().toLowerCase()).filter((t) => LIBRARY_ITEM.test(t)));
    if (items.size >= 3) segments.set(i, { kind: 'boilerplate', reason: 'page chrome', line: s.line, text: s.text });
  }
}
