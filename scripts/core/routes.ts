/**
 * The site's URL paths: the one owner of every route that pages, components, feeds and plugins
 * link to. Paths are root-relative and without the base path; `href()` (src/lib/url.ts) or the
 * caller puts the base in front.
 */

/** The anchor id of a source paragraph (1-based): `p5`. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** The page of one source article: `/sources/<slug>/`. */
export function sourcePath(slug: string): `/${string}` {
  return `/sources/${slug}/`;
}

/** A paragraph of a source article, `/sources/<slug>/#p<n>`; the page itself without `p`. */
export function paragraphPath(slug: string, p?: number): `/${string}` {
  return p === undefined ? sourcePath(slug) : `${sourcePath(slug)}#${paragraphId(p)}`;
}

/** Page `n` (1-based) of the sources index: `/sources/`, `/sources/page/2/`, … */
export function sourcesIndexPath(n = 1): `/${string}` {
  return n === 1 ? '/sources/' : `/sources/page/${n}/`;
}

/** The page of an entity: `/entities/<slug>/`; the entity index without a slug. */
export function entityPath(slug?: string): `/${string}` {
  return slug === undefined ? '/entities/' : `/entities/${slug}/`;
}

/** The figures ledger: `/figures/`. */
export function figuresPath(): `/${string}` {
  return '/figures/';
}

/** The figures about an entity, on its page: `/entities/<slug>/#figures`. */
export function entityFiguresPath(slug: string): `/${string}` {
  return `${entityPath(slug)}#figures`;
}

/** Page `n` of the figures whose sentence names no entity: `/figures/unattributed/`, `/figures/unattributed/2/`, … */
export function unattributedFiguresPath(n = 1): `/${string}` {
  return n === 1 ? '/figures/unattributed/' : `/figures/unattributed/${n}/`;
}

/** Page `n` of every disagreement: `/figures/disagreements/`, `/figures/disagreements/2/`, … */
export function disagreementsPath(n = 1): `/${string}` {
  return n === 1 ? '/figures/disagreements/' : `/figures/disagreements/${n}/`;
}

/** Page `n` of the timeline: `/timeline/`, `/timeline/2/`, … */
export function timelinePath(n = 1): `/${string}` {
  return n === 1 ? '/timeline/' : `/timeline/${n}/`;
}

/** A hand-written page by its collection id (see core/topics.ts): `index` → `/`, `topics/capital` → `/topics/capital/`. */
export function pagePath(id: string): `/${string}` {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The anchor id of a date's heading on the timeline: `d-2025-01-20`; where a date runs over a page break, its heading on the next page is `d-2025-01-20-continued`. */
export function timelineDateId(date: string, continued = false): string {
  return continued ? `d-${date}-continued` : `d-${date}`;
}

/** The contested claims page: `/claims/`, or a claim on it: `/claims/#<id>`. */
export function claimsPath(id?: string): `/${string}` {
  return id === undefined ? '/claims/' : `/claims/#${id}`;
}

/** The glossary: `/glossary/`. */
export function glossaryPath(): `/${string}` {
  return '/glossary/';
}

/** The public data files: `/data/`, or one of them: `/data/<file>`. */
export function dataPath(file?: string): `/${string}` {
  return file === undefined ? '/data/' : `/data/${file}`;
}
