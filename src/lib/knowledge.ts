import { getCollection } from 'astro:content';
import type { Entity } from '../../scripts/core/entity.ts';
import { buildKnowledge, type KnowledgeIndex } from '../../scripts/knowledge/index.ts';
import { buildOnce } from './build-once.ts';
import { getSources } from './sources.ts';

/** The gazetteer as validated by the ingest. */
export async function getEntities(): Promise<Entity[]> {
  return (await getCollection('entities')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The cross-article knowledge index, computed once per build. */
export const getKnowledge: () => Promise<KnowledgeIndex> = buildOnce(async () => buildKnowledge(await getSources(), await getEntities()));
