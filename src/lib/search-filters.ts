import { TYPE_LABELS, type Entity } from '../../scripts/core/entity.ts';

/**
 * The search filter for pages that name an entity: one filter per entity type ("People: Liang
 * Wenfeng", "Organisations: DeepSeek"), so the search panel groups entities by type instead of one
 * list of every name. Only topic pages carry these, so every value leads to the pages that discuss
 * the entity (its own entity page is found by its name and lists every source that mentions it).
 * Source pages do not: the search panel loads every filter's page list on its first query, and a
 * value on source pages lists up to every article (at N = 1,000 the seven entity groups were 20 KB of
 * a first search's 158 KB, growing with the corpus). Rendered with PagefindFilter, which escapes the
 * name for Pagefind's UI.
 */
export const entityFilter = (e: Pick<Entity, 'name' | 'type'>) => ({ name: TYPE_LABELS[e.type], value: e.name });
