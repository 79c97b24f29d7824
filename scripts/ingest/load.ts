import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { isArticleFile, sidecarFor } from './pipeline.ts';
import type { RawArticle } from '../core/article.ts';

/**
 * Reads every article file under `dir` (recursively) as bytes, with its sidecar metadata file if
 * it has one. Paths are reported relative to `root` with forward slashes, as contributors see them.
 */
export async function loadArticles(dir: string, root: string): Promise<RawArticle[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && isArticleFile(e.name)).map((e) => join(e.parentPath, e.name));
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  return Promise.all(
    files.map(async (path) => {
      const sidecar = sidecarFor(path);
      return {
        file: rel(path),
        bytes: new Uint8Array(await readFile(path)),
        ...(existsSync(sidecar) ? { meta: { file: rel(sidecar), bytes: new Uint8Array(await readFile(sidecar)) } } : {}),
      };
    }),
  );
}
