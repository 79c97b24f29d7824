import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isArticleFile } from './pipeline.ts';
import type { RawArticle } from './types.ts';

/**
 * Reads every article file under `dir` (recursively) as bytes. Paths are reported relative to
 * `root` with forward slashes, as contributors see them in git.
 */
export async function loadArticles(dir: string, root: string): Promise<RawArticle[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && isArticleFile(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (path) => ({ file: relative(root, path).split(sep).join('/'), bytes: new Uint8Array(await readFile(path)) })),
  );
}
