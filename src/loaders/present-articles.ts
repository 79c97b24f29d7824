/**
 * The article files of one loader run, read as they are on disk now. In the dev server a file can
 * go between the listing of content/articles/ and its reading (removed while an earlier change is
 * being ingested, or an editor's save through a temporary file): read as usual, that run failed as a
 * whole and left the store as it was, removed article included, until some later change. A file
 * that is gone is left out of the run, which is its removal; any other read error still fails it.
 */
import { existsSync } from 'node:fs';
import type { RawArticle } from '../../scripts/core/article.ts';
import { readArticleFile } from '../../scripts/ingest/load.ts';

const gone = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** Reads each of `paths` with its sidecar, leaving out the files no longer there. */
export async function readPresentArticles(paths: readonly string[], root: string): Promise<RawArticle[]> {
  const read = async (path: string, again: boolean): Promise<RawArticle | undefined> => {
    try {
      return await readArticleFile(path, root);
    } catch (e) {
      if (!gone(e)) throw e;
      // The article is there but its sidecar went between the check and the read: read it once more.
      return again && existsSync(path) ? read(path, false) : undefined;
    }
  };
  return (await Promise.all(paths.map((p) => read(p, true)))).filter((raw) => raw !== undefined);
}
