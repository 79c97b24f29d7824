import { getCollection } from 'astro:content';
import { citationsInMdx } from '../../scripts/citations/parse.ts';

/** A page that cites a source, and which of its paragraphs. */
export interface CitingPage {
  /** Page URL path, without base, e.g. `/topics/capital/`. */
  path: `/${string}`;
  title: string;
  paragraphs: number[];
}

let index: Promise<Map<string, CitingPage[]>> | undefined;

/**
 * Backlinks: for each source slug, the hand-written pages that cite it. Built once per build by
 * reversing the citations found in every page of the docs collection.
 */
export function getCitedBy(): Promise<Map<string, CitingPage[]>> {
  index ??= (async () => {
    const reversed = new Map<string, CitingPage[]>();
    const docs = (await getCollection('docs')).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const doc of docs) {
      const bySource = new Map<string, Set<number>>();
      for (const use of citationsInMdx(doc.body ?? '')) {
        const set = bySource.get(use.source) ?? new Set<number>();
        use.paragraphs.forEach((p) => set.add(p));
        bySource.set(use.source, set);
      }
      for (const [source, ps] of bySource) {
        const list = reversed.get(source) ?? [];
        list.push({
          path: doc.id === 'index' ? '/' : `/${doc.id}/`,
          title: doc.data.title,
          paragraphs: [...ps].sort((a, b) => a - b),
        });
        reversed.set(source, list);
      }
    }
    return reversed;
  })();
  return index;
}
