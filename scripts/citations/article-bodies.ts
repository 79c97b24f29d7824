import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ArticleBody, articleBodySchema } from '../ingest/article-schema.ts';
import { writeWhole } from '../core/write-whole.ts';

/**
 * Article bodies (paragraphs with their entity links, credits, the lines read as metadata or left out)
 * and the facts pointing into them (mentions, figures, years) live in one JSON file per article under
 * the cache, named by the article's digest, and not in the content store that Astro bundles into the
 * build: at 10,000 articles the bundled store was the build's memory peak. The articles loader writes
 * them; the source pages, the knowledge index and the data files read them here, every read validated
 * by the schema. The dev server keeps its own folder, so `astro dev` and `astro build` in one project
 * never delete each other's files.
 */
export function bodyDir(cacheDir: string, dev: boolean): string {
  return join(cacheDir, 'article-bodies', dev ? 'dev' : 'build');
}

const BODY_FILE = /^([\w-]+)\.json$/;
const bodyFile = (dir: string, key: string) => {
  if (!/^[\w-]+$/.test(key)) throw new Error(`not an article body key: ${JSON.stringify(key)}`);
  return join(dir, `${key}.json`);
};

/** Whether the body file of `key` is there (an entry whose file is gone is ingested again). */
export const hasArticleBody = (dir: string, key: string): boolean => existsSync(bodyFile(dir, key));

/** Writes an article's body under `key` (whole or not at all: a reader never sees half a file). */
export function writeArticleBody(dir: string, key: string, body: ArticleBody): void {
  writeWhole(bodyFile(dir, key), bodyJson(articleBodySchema.parse(body)));
}

/** How JSON.stringify writes a lone surrogate (`\ud800`); a pair is written as itself. */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/**
 * A body's JSON, its strings as Astro's store writes them (UTF-8: a lone surrogate becomes U+FFFD), so
 * an entity slug in a body's mentions equals the slug of the stored gazetteer entry; JSON.stringify alone
 * would keep it as \ud800. A replacer on every value costs as much again as the stringify, so it runs
 * only when the plain text shows such an escape (or a text that merely looks like one).
 */
function bodyJson(body: ArticleBody): string {
  const json = JSON.stringify(body);
  return ESCAPED_SURROGATE.test(json) ? JSON.stringify(body, (_, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v)) : json;
}

/** Reads and validates the body of `key`; throws, naming the file, when it is missing or invalid. */
export function readArticleBody(dir: string, key: string): ArticleBody {
  const file = bodyFile(dir, key);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: the article body cannot be read (${e instanceof Error ? e.message : String(e)}); build again, or with --force`, { cause: e });
  }
  const parsed = articleBodySchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: the article body is not valid: ${parsed.error.message}; build again with --force`);
  return parsed.data;
}

/** Deletes the body files whose key is not in `keep` (edited and removed articles). Returns how many. */
export function pruneArticleBodies(dir: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const key = BODY_FILE.exec(name)?.[1];
    if (key !== undefined && keep.has(key)) continue;
    if (key === undefined && !name.endsWith('.tmp')) continue;
    rmSync(join(dir, name), { force: true });
    if (key !== undefined) removed++;
  }
  return removed;
}
