import { TYPE_LABELS, type Entity } from '../../scripts/core/entity.ts';

/**
 * The search filter for pages that name an entity: one filter per entity type ("People: Liang
 * Wenfeng", "Organisations: DeepSeek"), so the search panel groups entities by type instead of one
 * list of every name. Only topic and source pages carry these, so every value leads to pages that
 * discuss the entity (its own entity page is found by its name). Rendered with PagefindFilter, which
 * escapes the name for Pagefind's UI.
 */
export const entityFilter = (e: Pick<Entity, 'name' | 'type'>) => ({ name: TYPE_LABELS[e.type], value: e.name });
