/**
 * Starlight's frontmatter schema for the `docs` collection, built once for the generated pages.
 *
 * Starlight validates the `frontmatter` of every `<StarlightPage>` (source, entity, figures, timeline
 * pages: 13,700 at 10,000 articles) against this collection's schema, and calls the schema function
 * again for each page to build it: ≈ 0.8–1 ms of CPU a page, and as much garbage, to build the same
 * zod schema (measured with Starlight 0.42). Checking a page against it takes ≈ 0.003 ms.
 *
 * Only the image helper of the context differs between calls. The content layer passes one per entry
 * file (a path resolved from that file: a string piped to a transform), so the hand-written pages
 * still get a schema of their own, as before; `<StarlightPage>` passes a fixed custom check that
 * depends on nothing of the page, so the schema built with the first such call serves every page.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';

/** Starlight's schema function as `docsSchema()` returns it (not extended), so pages keep their frontmatter's types. */
type DocsSchemaFn = ReturnType<typeof docsSchema<never>>;

/** Starlight's `docsSchema()`, with the schema for `<StarlightPage>` calls built once and kept. */
export function pageDocsSchema(): DocsSchemaFn {
  const make = docsSchema();
  let forPages: ReturnType<DocsSchemaFn> | undefined;
  return (context: SchemaContext) => (context.image() instanceof z.ZodCustom ? (forPages ??= make(context)) : make(context));
}
