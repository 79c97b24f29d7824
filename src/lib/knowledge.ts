import { getCollection } from 'astro:content';
import type { Entity } from '../../scripts/core/entity.ts';
import { buildKnowledge, type KnowledgeIndex } from '../../scripts/knowledge/index.ts';
import { buildOnce } from './build-once.ts';
import { getBody, getSources } from './sources.ts';

/** The gazetteer as validated by the ingest. */
export async function getEntities(): Promise<Entity[]> {
  return (await getCollection('entities')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The cross-article knowledge index, computed once per build from every article's facts and paragraph
 * texts, read from the body files one article at a time (entity links, credits and audit lines are
 * not kept: the index never needs them).
 */
export const getKnowledge: () => Promise<KnowledgeIndex> = buildOnce(async () => {
  const articles = (await getSources()).map((source) => {
    const { body, mentions, figures, years } = getBody(source);
    return { ...source, mentions, figures, years, body: body.map((b) => (b.type === 'paragraph' ? { ...b, links: [] } : b)) };
  });
  return buildKnowledge(articles, await getEntities());
});
