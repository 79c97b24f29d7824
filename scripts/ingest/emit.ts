import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entity } from '../core/entity.ts';
import type { IngestResult } from './pipeline.ts';

/** What the ingest could not turn into pages, and what deserves a look (shown on the Sources index). */
export interface IngestReport {
  /** How many files were read from the articles folder. */
  files: number;
  articles: number;
  errors: IngestResult['errors'];
  warnings: IngestResult['warnings'];
}

/** The report of an ingest run. */
export function toReport(result: IngestResult, files: number): IngestReport {
  return { files, articles: result.articles.length, errors: result.errors, warnings: result.warnings };
}

/**
 * Stage `emit`, for `npm run ingest -- --out <dir>` (the site stores articles through its content
 * loader instead): `<outDir>/articles/<slug>.json` for every article, `<outDir>/entities.json` (the
 * validated gazetteer) and `<outDir>/report.json`. Files are written only when their content
 * changed, and JSON for articles that no longer exist is removed.
 */
export async function emit(result: IngestResult, files: number, outDir: string, entities: readonly Entity[] = []): Promise<void> {
  const dir = join(outDir, 'articles');
  await mkdir(dir, { recursive: true });
  const wanted = new Map(result.articles.map((a) => [`${a.slug}.json`, `${JSON.stringify(a, null, 1)}\n`]));
  const existing = new Set(await readdir(dir));
  await Promise.all(
    [...existing].filter((name) => !wanted.has(name)).map((name) => rm(join(dir, name), { force: true })),
  );
  await Promise.all(
    [...wanted].map(async ([name, json]) => {
      if (existing.has(name)) {
        if ((await readFile(join(dir, name), 'utf8')) === json) return;
      }
      await writeFile(join(dir, name), json);
    }),
  );
  await writeFile(join(outDir, 'entities.json'), `${JSON.stringify(entities, null, 1)}\n`);
  await writeFile(join(outDir, 'report.json'), `${JSON.stringify(toReport(result, files), null, 1)}\n`);
}
