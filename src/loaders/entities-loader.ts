/**
 * The `entities` collection: content/entities.yaml, validated by the gazetteer's own rules
 * (scripts/core/entity.ts), one entry per entity (id = slug). In the dev server an edit
 * is picked up as it is saved; an invalid edit is logged as `file:line: message — hint` and the
 * last valid gazetteer stays in place.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { paths } from '../../site.config.ts';
import { type Entity, entitySchema } from '../../scripts/core/entity.ts';
import { loadGazetteer } from '../../scripts/knowledge/load-gazetteer.ts';
import { IngestError } from '../../scripts/core/problem.ts';
import { holdsReservedText, reservedTextProblem } from './reserved-text.ts';
import { watchFiles } from './watch.ts';

/** A validated gazetteer entry, as stored: the file's fields with the entity's slug and its parent's. */
export const gazetteerEntrySchema = entitySchema.extend({
  /** URL slug: `/entities/<slug>/`. */
  slug: z.string().min(1),
  /** Slug of the `partOf` entity, if any. */
  parent: z.string().optional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const entrySchemaMatchesEntity: Same<z.infer<typeof gazetteerEntrySchema>, Entity> = true;

async function loadEntities(ctx: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, logger } = ctx;
  const root = fileURLToPath(ctx.config.root);
  const entities = await loadGazetteer(root);
  if (holdsReservedText(entities)) throw new IngestError(reservedTextProblem(paths.entities, await readFile(resolve(root, paths.entities), 'utf8')));
  const ids = new Set<string>();
  for (const e of entities) {
    ids.add(e.slug);
    store.set({ id: e.slug, data: await parseData({ id: e.slug, data: { ...e } }), digest: generateDigest({ ...e }) });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  logger.info(`entities: ${entities.length} in ${paths.entities}`);
}

/** The loader of the `entities` collection. */
export function entitiesLoader(): Loader {
  return {
    name: 'entities-loader',
    load: async (ctx) => {
      // In the dev server a failed first load is logged and the watcher below picks up the fix.
      if (ctx.watcher) await loadEntities(ctx).catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
      else await loadEntities(ctx);
      const file = resolve(fileURLToPath(ctx.config.root), paths.entities);
      watchFiles(ctx, [file], (path) => path === file, () => loadEntities(ctx));
    },
  };
}
