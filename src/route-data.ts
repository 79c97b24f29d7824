import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageKind } from './lib/search-ranking.ts';

/**
 * Starlight route middleware. Per-entity figures pages are left out of the search index: each repeats
 * rows of the figures ledger (/figures/, indexed) and of the entity's own page, and as one-row stubs
 * they outranked the pages a reader wants (src/lib/search-ranking.ts).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.slice(base.length) || '/';
  if (pageKind(path) === 'figures') route.entry.data.pagefind = false;
});
