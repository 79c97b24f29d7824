import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageKind } from './lib/search-ranking.ts';

/**
 * Starlight route middleware. The list of figures about no entity (/figures/unattributed/) is left
 * out of the search index: it repeats rows of the figures ledger (/figures/, indexed), and such lists
 * outranked the pages a reader wants (src/lib/search-ranking.ts).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.slice(base.length) || '/';
  if (pageKind(path) === 'figures') route.entry.data.pagefind = false;
});
