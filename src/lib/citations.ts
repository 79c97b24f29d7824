import { findCitations } from '../../scripts/citations/find.ts';
import { buildOnce } from './build-once.ts';
import { getParsedPages } from './topics.ts';

/** A page that cites a source, and which of its paragraphs. */
export interface CitingPage {
  /** Page URL path, without base, e.g. `/topics/capital/`. */
  path: `/${string}`;
  title: string;
  paragraphs: number[];
}

/**
 * Backlinks: for each source slug, the hand-written pages that cite it. Built once per build by
 * reversing the citations found in every page of the docs collection.
 */
export const getCitedBy: () => Promise<Map<string, CitingPage[]>> = buildOnce(async () => {
    const reversed = new Map<string, CitingPage[]>();
    for (const page of await getParsedPages()) {
      const bySource = new Map<string, Set<number>>();
      for (const use of findCitations(page.tree)) {
        const set = bySource.get(use.source) ?? new Set<number>();
        use.paragraphs.forEach((p) => set.add(p));
        bySource.set(use.source, set);
      }
      for (const [source, ps] of bySource) {
        const list = reversed.get(source) ?? [];
        list.push({ path: page.path, title: page.title, paragraphs: [...ps].sort((a, b) => a - b) });
        reversed.set(source, list);
      }
    }
    return reversed;
});
