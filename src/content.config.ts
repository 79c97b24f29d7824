import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ingestReportSchema, sourceEntrySchema } from '../scripts/ingest/article-schema.ts';
import { PAGE_PATTERNS } from '../scripts/core/topics.ts';
import { paths } from '../site.config.ts';
import { pageDocsSchema } from './lib/docs-schema.ts';
import { sharedLoaderModule } from './loaders/shared-loader.ts';
import { entitiesLoader, gazetteerEntrySchema } from './loaders/entities-loader.ts';

// In a build, the config's instance of the loader (and of the ingest it runs), not a second one (src/loaders/shared-loader.ts).
// Elsewhere (dev server, sync) this import: written out, so Vite still sees the loader's code as this file's to reload on edits.
const { articlesLoaders, strictRequested } = sharedLoaderModule() ?? (await import('./loaders/articles-loader.ts'));

// With --strict (or STRICT=1), an article that cannot become a page fails the build.
const ingest = articlesLoaders({ strict: strictRequested() });

export const collections = {
  /** Hand-written pages: the home page (content/index.mdx) and the topic explainers (content/topics/). */
  docs: defineCollection({
    loader: glob({ pattern: PAGE_PATTERNS, base: `./${paths.content}` }),
    // Starlight's schema; built once for all <StarlightPage> pages instead of once a page (src/lib/docs-schema.ts).
    schema: pageDocsSchema(),
  }),
  /** One entry per article in content/articles/, ingested by the loader (id = slug); bodies are read from their own files (scripts/citations/corpus.ts). */
  sources: defineCollection({ loader: ingest.sources, schema: sourceEntrySchema }),
  /** The gazetteer, content/entities.yaml, validated (id = slug). */
  entities: defineCollection({ loader: entitiesLoader(), schema: gazetteerEntrySchema }),
  /** What the ingest could not turn into pages (one entry, `report`), shown on the Sources index. */
  ingestReport: defineCollection({ loader: ingest.report, schema: ingestReportSchema }),
};
