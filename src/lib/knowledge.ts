import { getCollection } from 'astro:content';
import type { Entity } from '../../scripts/core/entity.ts';
import { buildKnowledge, type KnowledgeIndex } from '../../scripts/knowledge/index.ts';
import { getBody, getSources, type SourceEntry } from './sources.ts';

/** The gazetteer as validated by the ingest. */
export async function getEntities(): Promise<Entity[]> {
  return (await getCollection('entities')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

let last: { key: string; index: Promise<KnowledgeIndex> } | undefined;

/**
 * The cross-article knowledge index, computed from every article's facts and paragraph texts, read
 * from the body files one article at a time (entity links, credits and audit lines are not kept: the
 * index never needs them). A build computes it once; the dev server again only when an article's
 * body key changed (its key covers the file, sidecar, gazetteer and ingest code), not on every request.
 */
export async function getKnowledge(): Promise<KnowledgeIndex> {
  if (!import.meta.env.DEV) return (last ??= { key: '', index: getSources().then(build) }).index;
  const key = (await getCollection('sources')).map((e) => e.data.bodyKey).join(' ');
  if (last?.key !== key) last = { key, index: getSources().then(build) };
  return last.index;
}

async function build(sources: readonly SourceEntry[]): Promise<KnowledgeIndex> {
  const articles = sources.map((source) => {
    const { body, mentions, figures, years } = getBody(source);
    return { ...source, mentions, figures, years, body: body.map((b) => (b.type === 'paragraph' ? { ...b, links: [] } : b)) };
  });
  return buildKnowledge(articles, await getEntities());
}
