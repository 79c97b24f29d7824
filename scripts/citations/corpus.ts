import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { paths } from '../../site.config.ts';
import { listArticleFiles, readArticleFileSync } from '../ingest/load.ts';
import { ingestArticle, sidecarFor, slugClashes, slugForFile } from '../ingest/pipeline.ts';
import { IngestError } from '../core/problem.ts';
import type { Article } from '../core/article.ts';
import type { CitedSource, SourceLookup } from './check.ts';

// The body files have a module of their own, so that pages, which only read them, do not bundle the ingest this one runs.
export { bodyDir, hasArticleBody, pruneArticleBodies, readArticleBody, writeArticleBody } from './article-bodies.ts';

/** The citation view of an article: its title and paragraphs by number. */
export function citedSource(article: Pick<Article, 'title' | 'body'>): CitedSource {
  const paragraphs = new Map<number, string>();
  for (const b of article.body) if (b.type === 'paragraph') paragraphs.set(b.n, b.text);
  return { title: article.title, paragraphs };
}

/** A lookup over articles already in memory (tests, `npm run check`). */
export function lookupFromArticles(articles: readonly Pick<Article, 'slug' | 'title' | 'body'>[]): SourceLookup {
  const bySlug = new Map(articles.map((a) => [a.slug, citedSource(a)]));
  return (slug) => bySlug.get(slug);
}

/** When a file (and its sidecar) last changed, to tell whether a cached view is still current. */
function stamp(path: string): string | undefined {
  const file = statSync(path, { throwIfNoEntry: false });
  if (!file) return undefined;
  const meta = statSync(sidecarFor(path), { throwIfNoEntry: false });
  return `${file.mtimeMs}:${file.size}:${meta ? `${meta.mtimeMs}:${meta.size}` : ''}`;
}

/**
 * The one place build-time plugins (citations, source names, entity links) read articles, while
 * MDX renders: the article file of a slug, from content/articles/ under `root`, through the same
 * pipeline stages as the content loader up to `extract` (titles, metadata and paragraphs; `link`
 * changes none of them), keeping per article only what `view` takes from it. Only cited articles
 * are read, each again only when its file or sidecar changes (the dev server keeps running across
 * edits). A slug no file gives, or two files give, or whose file cannot become a page, is undefined,
 * as it has no page.
 */
export function articleReader<T>(root: string, view: (article: Article) => T): (slug: string) => T | undefined {
  const dir = resolve(root, paths.articles);
  let files = new Map<string, string>();
  const list = () => {
    const all = listArticleFiles(dir);
    const clashes = slugClashes(all.map((file) => ({ file })));
    files = new Map(all.filter((path) => !clashes.has(path)).map((path) => [slugForFile(path), path]));
  };
  const cache = new Map<string, { stamp: string; value: T | undefined }>();
  return (slug) => {
    // A slug not seen before, or whose file is gone, may be a file added since the last listing.
    let path = files.get(slug);
    let now = path === undefined ? undefined : stamp(path);
    if (now === undefined) {
      list();
      path = files.get(slug);
      now = path === undefined ? undefined : stamp(path);
    }
    if (path === undefined || now === undefined) return undefined;
    const hit = cache.get(slug);
    if (hit?.stamp === now) return hit.value;
    let value: T | undefined;
    try {
      value = view(ingestArticle(readArticleFileSync(path, root)));
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
    }
    cache.set(slug, { stamp: now, value });
    return value;
  };
}

/** The citation view of every article in content/articles/, read only for the sources that are cited. */
export const lookupFromArticleFiles = (root: string): SourceLookup => articleReader(root, citedSource);
