/**
 * How search ranks pages. Two levers, both Pagefind's own:
 * - element weights, written into the HTML (src/components/overrides/MarkdownContent.astro): the text
 *   of topic pages counts most, source pages as written, entity pages least, so a reader who searches a
 *   name finds the explainer first, then the articles, then the reference page;
 * - ranking parameters, passed to the search client (astro.config.mjs, and the search tests).
 * The list of figures about no entity (/figures/unattributed/) repeats rows of the figures ledger: it
 * is not indexed at all (src/route-data.ts). Figures about an entity are on its entity page.
 */

/** Page kind, from the page's URL path without base (`/topics/capital/`). */
export type PageKind = 'home' | 'topic' | 'source' | 'entity' | 'figures' | 'other';

export function pageKind(path: string): PageKind {
  if (path === '/' || path === '') return 'home';
  if (/^\/topics\/[^/]+\/$/.test(path)) return 'topic';
  if (/^\/sources\/(?!page\/)[^/]+\/$/.test(path)) return 'source';
  if (/^\/entities\/[^/]+\/(\d+\/)?$/.test(path)) return 'entity';
  if (/^\/figures\/[^/]+\/(\d+\/)?$/.test(path)) return 'figures';
  return 'other';
}

/** `data-pagefind-weight` for a page's main text, by kind (Pagefind's default is 1; range 0–10). */
export const CONTENT_WEIGHT: Partial<Record<PageKind, number>> = { topic: 4, source: 2, entity: 0.4, other: 0.6 };

/**
 * Pagefind ranking parameters (Starlight's defaults, except): pages are long or short for reasons that
 * say nothing about relevance (an entity page is short, a topic page long), so page length counts for
 * little, and the weighted count of matches more than their density.
 */
export const RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, metaWeights: { title: 0 } } as const;

/** `data-pagefind-weight` of the page title (h1), by kind; Pagefind gives an h1 7 by default. */
export const TITLE_WEIGHT: Partial<Record<PageKind, number>> = { topic: 7, source: 5, entity: 1, other: 2 };
