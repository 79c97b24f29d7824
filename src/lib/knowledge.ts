import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../scripts/core/entity.ts';
import { type KnowledgeIndex, knowledgeBuilder } from '../../scripts/knowledge/index.ts';
import { storyYear } from '../../scripts/knowledge/events.ts';
import { getBody, getSources, type SourceEntry } from './sources.ts';
import { timelineCache } from './timeline-cache.ts';

/** The gazetteer as validated by the ingest. */
export async function getEntities(): Promise<Entity[]> {
  return (await getCollection('entities')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

let last: { key: string; index: Promise<KnowledgeIndex> } | undefined;

/** Articles read between two yields to the event loop while the index is built (so timers, e.g. a memory sampler, still run). */
const YIELD_EVERY = 250;

/**
 * The cross-article knowledge index, built from the body files one article at a time: each body is
 * read, its records and the paragraphs they point into are taken, and the rest is let go (entity
 * links, credits, audit lines and unreferenced paragraphs are never kept), so the heap holds one
 * article's body at a time, not the corpus. A build computes it once; the dev server again only when
 * an article's body key changed (its key covers the file, sidecar, gazetteer and ingest code), not
 * on every request.
 */
export async function getKnowledge(): Promise<KnowledgeIndex> {
  if (!import.meta.env.DEV) return (last ??= { key: '', index: getSources().then(build) }).index;
  const key = (await getCollection('sources')).map((e) => e.data.bodyKey).join(' ');
  if (last?.key !== key) last = { key, index: getSources().then(build) };
  return last.index;
}

async function build(sources: readonly SourceEntry[]): Promise<KnowledgeIndex> {
  const year = storyYear(sources);
  // Each article's timeline is kept by its body key between builds (timeline-cache.ts); the dev server keeps its own file.
  const file = join(fileURLToPath(cacheDir), 'knowledge', import.meta.env.DEV ? 'timeline-dev.json' : 'timeline.json');
  const timelines = timelineCache(file, new Map(sources.map((s) => [s.slug, s.bodyKey])), year);
  const builder = knowledgeBuilder(await getEntities(), year, { timeline: timelines.timeline });
  for (const [i, source] of sources.entries()) {
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise(setImmediate);
    const { body, mentions, figures, years } = getBody(source);
    builder.add({ slug: source.slug, title: source.title, date: source.date, body, mentions, figures, years });
  }
  const index = builder.finish();
  timelines.save();
  return index;
}
