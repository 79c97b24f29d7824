import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PAGE_PATTERNS } from '../scripts/core/topics.ts';
import { paths } from '../site.config.ts';

export const collections = {
  /** Hand-written pages: the home page (content/index.mdx) and the topic explainers (content/topics/). */
  docs: defineCollection({
    loader: glob({ pattern: PAGE_PATTERNS, base: `./${paths.content}` }),
    schema: docsSchema(),
  }),
  /** One entry per article, written by `npm run ingest` (see scripts/ingest/). */
  sources: defineCollection({
    loader: glob({
      pattern: '*.json',
      base: `./${paths.corpus}/articles`,
      generateId: ({ entry }) => entry.replace(/\.json$/, ''),
    }),
  }),
  /** The validated gazetteer (content/entities.yaml), as written by the ingest. */
  entities: defineCollection({
    loader: file(`./${paths.corpus}/entities.json`, {
      parser: (text) => (JSON.parse(text) as { slug: string }[]).map((e) => ({ id: e.slug, ...e })),
    }),
  }),
  /** What the last ingest could not turn into pages, shown on the Sources index. */
  ingestReport: defineCollection({
    loader: file(`./${paths.corpus}/report.json`, { parser: (text) => [{ id: 'report', ...JSON.parse(text) }] }),
  }),
};
