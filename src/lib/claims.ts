import { readClaims, type ClaimRecord } from '../integrations/remark-claims.ts';
import { buildOnce } from './build-once.ts';
import { getParsedPages } from './topics.ts';

/** A contested question with the page that states it. */
export interface SiteClaim extends ClaimRecord {
  /** URL path of the page, without base, e.g. `/topics/capital/`. */
  path: `/${string}`;
  pageTitle: string;
}

/**
 * Every `<Claim>` on the hand-written pages, in page order then file order, collected by parsing
 * the MDX (the same parse as the backlinks). Ids must be unique on the site: the Claims page uses
 * them as anchors.
 */
export const getClaims: () => Promise<SiteClaim[]> = buildOnce(async () => {
  const all: SiteClaim[] = [];
  for (const page of await getParsedPages()) {
    for (const claim of readClaims(page.tree).claims) {
      const twin = all.find((c) => c.id === claim.id);
      if (twin) throw new Error(`content/${page.id}.mdx:${claim.line}: <Claim> id "${claim.id}" is already used on ${twin.path} — choose another id`);
      all.push({ ...claim, path: page.path, pageTitle: page.title });
    }
  }
  return all;
});
