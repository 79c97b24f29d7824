import type { Entity } from './gazetteer.ts';
import type { TimelineEvent } from './index.ts';

/** Text safe inside a quoted Mermaid label: Mermaid has no escape for `"`, so it becomes `'`. */
const label = (s: string) => s.replace(/"/g, "'").replace(/[\n\r]+/g, ' ');

/**
 * The timeline as a Mermaid flowchart, one node per date in order, each labelled with what happened:
 * how many articles were published, or the entities the dated sentences name (at most three).
 */
export function timelineMermaid(events: readonly TimelineEvent[], entities: ReadonlyMap<string, Entity>): string {
  const byDate = Map.groupBy(events, (e) => e.date);
  const lines = ['flowchart TD'];
  [...byDate].forEach(([date, list], i) => {
    const published = list.filter((e) => e.kind === 'publication').length;
    const named = [...new Set(list.flatMap((e) => e.entities))].slice(0, 3).map((s) => entities.get(s)?.name ?? s);
    const what = [
      ...(published ? [`${published} ${published === 1 ? 'article' : 'articles'} published`] : []),
      ...(named.length ? [named.join(', ')] : []),
    ];
    lines.push(`  d${i}["${label(`${date}: ${what.join('; ') || 'event'}`)}"]`);
    if (i > 0) lines.push(`  d${i - 1} --> d${i}`);
  });
  return lines.join('\n');
}
