/**
 * The figures ledger's notes on topic pages: for each page, the disagreements (in the index's order,
 * most important first) holding a figure from a paragraph the page cites. Found for every page in one
 * pass: reading a disagreement's `figures` makes its records anew (scripts/knowledge/figure-store.ts),
 * and each topic page filtering all disagreements itself made every disagreement's records once a page
 * (at 10,000 articles 140,712 records a page, ≈ 2 s of CPU for the six topic pages).
 */
import type { Disagreement } from '../../scripts/knowledge/index.ts';
import { buildOnce } from './build-once.ts';
import { getCitedBy } from './citations.ts';
import { getKnowledge } from './knowledge.ts';

/** Page path (`/topics/capital/`) → the disagreements with a figure in a paragraph it cites. */
export const getTopicNotes: () => Promise<Map<string, Disagreement[]>> = buildOnce(async () => {
  const k = await getKnowledge();
  const citedBy = await getCitedBy();
  const notes = new Map<string, Set<Disagreement>>();
  for (const d of k.disagreements) {
    for (const f of d.figures) {
      for (const c of citedBy.get(f.source) ?? []) {
        if (!c.paragraphs.includes(f.p)) continue;
        let onPage = notes.get(c.path);
        if (!onPage) notes.set(c.path, (onPage = new Set()));
        onPage.add(d);
      }
    }
  }
  return new Map([...notes].map(([path, list]) => [path, [...list]]));
});
