import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isArticleFile, sidecarFor } from './pipeline.ts';
import type { RawArticle } from '../core/article.ts';

/** Paths reported relative to `root` with forward slashes, as contributors see them. */
const relativeTo = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** Every article file under `dir` (recursively), as absolute paths; none when `dir` does not exist. */
export function listArticleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && isArticleFile(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** One article file as bytes, with its sidecar metadata file if it has one (synchronous: remark plugins). */
export function readArticleFileSync(path: string, root: string): RawArticle {
  const sidecar = sidecarFor(path);
  return {
    file: relativeTo(root, path),
    bytes: new Uint8Array(readFileSync(path)),
    ...(existsSync(sidecar) ? { meta: { file: relativeTo(root, sidecar), bytes: new Uint8Array(readFileSync(sidecar)) } } : {}),
  };
}

/** One article file as bytes, with its sidecar metadata file if it has one. */
export async function readArticleFile(path: string, root: string): Promise<RawArticle> {
  const sidecar = sidecarFor(path);
  return {
    file: relativeTo(root, path),
    bytes: new Uint8Array(await readFile(path)),
    ...(existsSync(sidecar) ? { meta: { file: relativeTo(root, sidecar), bytes: new Uint8Array(await readFile(sidecar)) } } : {}),
  };
}

/** Reads every article file under `dir` (recursively) as bytes, with its sidecar metadata file if it has one. */
export async function loadArticles(dir: string, root: string): Promise<RawArticle[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && isArticleFile(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map((path) => readArticleFile(path, root)));
}
