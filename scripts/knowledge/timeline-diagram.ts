import type { Entity } from '../core/entity.ts';
import type { TimelineEvent } from './index.ts';

/** At most this many years are drawn, so the diagram stays readable (and within Mermaid's limits). */
export const MAX_YEARS = 40;

/**
 * Text safe inside a quoted Mermaid label. The renderer (beautiful-mermaid) has no escape for the
 * characters that end a label — `"`, `]` and line breaks (U+2028/U+2029 too) — so they become `'`,
 * `)` and a space; everything else (`<`, `&`, …) is escaped by the renderer when it writes the SVG.
 */
const label = (s: string) => s.replace(/"/g, "'").replace(/\]/g, ')').replace(/[\n\r\u0085\u2028\u2029]+/g, ' ');

/**
 * The timeline as a Mermaid flowchart: one node per year, in order, labelled with how many articles
 * were published that year and the entities its dated sentences name most (at most three). With more
 * than {@link MAX_YEARS} years, only the years with the most events are drawn.
 */
export function timelineMermaid(events: readonly TimelineEvent[], entities: ReadonlyMap<string, Entity>): string {
  let years = [...Map.groupBy(events, (e) => e.date.slice(0, 4))];
  if (years.length > MAX_YEARS) {
    years = years
      .sort(([ya, a], [yb, b]) => b.length - a.length || (ya < yb ? -1 : 1))
      .slice(0, MAX_YEARS)
      .sort(([a], [b]) => (a < b ? -1 : 1));
  }
  const lines = ['flowchart TD'];
  years.forEach(([year, list], i) => {
    const published = list.filter((e) => e.kind === 'publication').length;
    const counts = new Map<string, number>();
    for (const e of list) for (const s of e.entities) counts.set(s, (counts.get(s) ?? 0) + 1);
    const named = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([s]) => entities.get(s)?.name ?? s);
    const what = [
      ...(published ? [`${published} ${published === 1 ? 'article' : 'articles'} published`] : []),
      ...(named.length ? [named.join(', ')] : []),
    ];
    lines.push(`  y${year}["${label(`${year}: ${what.join('; ') || `${list.length} ${list.length === 1 ? 'event' : 'events'}`}`)}"]`);
    if (i > 0) lines.push(`  y${years[i - 1]![0]} --> y${year}`);
  });
  return lines.join('\n');
}
