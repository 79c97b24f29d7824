import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code an ingested article depends on: the domain core, the ingest stages, the knowledge layer. */
const CODE_DIRS = ['scripts/core', 'scripts/ingest', 'scripts/knowledge'];

/**
 * The text of the ingest's code and of the locked library versions, for the entry digests: the data
 * store outlives a build (node_modules/.astro/), so an article is ingested again when the code that
 * ingests it changes, not only when the article does.
 */
export function ingestCodeText(root: string): string {
  const files = CODE_DIRS.flatMap((dir) => {
    const abs = join(root, dir);
    if (!existsSync(abs)) return [];
    return readdirSync(abs, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .map((e) => join(e.parentPath, e.name));
  });
  files.sort();
  const lock = join(root, 'package-lock.json');
  return [...files, ...(existsSync(lock) ? [lock] : [])].map((f) => `${relative(root, f)}\n${readFileSync(f, 'latin1')}`).join('\0');
}
