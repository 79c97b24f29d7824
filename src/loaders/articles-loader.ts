/**
 * The ingest as an Astro content loader: every article file in content/articles/ (with its sidecar)
 * goes through the pipeline (read → normalise → segment → extract → link) into the `sources`
 * collection, and what could not become a page into the `ingestReport` collection. `astro build`,
 * `astro dev` and the npm scripts all run it, so none of them can show stale data.
 *
 * An entry's digest covers the file's bytes, its sidecar, the gazetteer and the ingest's own code:
 * an article whose digest is unchanged is not ingested again (the data store outlives a build), a
 * gazetteer edit re-links every article. Each article's body is written to a file of its own, named
 * by its digest with its facts (scripts/citations/corpus.ts), and kept out of the store. In the dev server, added, edited and removed articles,
 * sidecars and content/entities.yaml are picked up as they are saved.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { paths } from '../../site.config.ts';
import { ingestProblemSchema } from '../../scripts/ingest/article-schema.ts';
import { bodyDir, hasArticleBody, pruneArticleBodies } from '../../scripts/citations/corpus.ts';
import type { IngestReport } from '../../scripts/ingest/emit.ts';
import { compileGazetteer } from '../../scripts/core/match.ts';
import { listArticleFiles } from '../../scripts/ingest/load.ts';
import { isArticleFile, slugClashes, slugForFile } from '../../scripts/ingest/pipeline.ts';
import { ingestEach, type ParallelOutcome } from '../../scripts/ingest/parallel.ts';
import type { RawArticle } from '../../scripts/core/article.ts';
import { formatProblem } from '../../scripts/core/problem.ts';
import type { IngestProblem } from '../../scripts/core/problem.ts';
import { loadGazetteer } from '../../scripts/knowledge/load-gazetteer.ts';
import { ingestCodeText } from './code-digest.ts';
import { reservedTextLine, reservedTextProblem } from './reserved-text.ts';
import { watchFiles } from './watch.ts';
import { readPresentArticles } from './present-articles.ts';
import { finish, type Finished } from './article-finish.ts';

export interface ArticlesLoaderOptions {
  /** Fail the build when an article cannot become a page. The dev server only logs it. */
  strict?: boolean;
}

/** A strict build was asked for: `astro build --strict`, `npm run build -- --strict`, or STRICT=1 in the environment. */
export const strictRequested = (): boolean => process.argv.includes('--strict') || process.env.STRICT === '1';

/** What one ingest run did, for the log line. */
interface RunCounts {
  ingested: number;
  unchanged: number;
  removed: number;
  failed: number;
}

/** Pairs each file with its outcome. */
const zip = (raws: readonly RawArticle[], outcomes: readonly ParallelOutcome<Finished>[]) => raws.map((r, i) => [r, outcomes[i]!] as const);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The log line of a run: `sources: 1 article ingested, 999 unchanged, 0 removed`. */
export function summary(c: RunCounts, ms: number, strict: boolean): string {
  const failed = c.failed ? `; ${plural(c.failed, 'file')} could not become pages${strict ? '' : ' (use --strict to fail instead)'}` : '';
  return `sources: ${plural(c.ingested, 'article')} ingested, ${c.unchanged} unchanged, ${c.removed} removed${failed} in ${ms.toFixed(0)} ms`;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

let codeText: string | undefined;
/** The body keys of the previous run (the dev server runs the loader again on every change). */
let previousKeys: ReadonlySet<string> = new Set();

/**
 * One ingest run into the `sources` store: ingests the articles whose digest changed, removes the
 * entries of files that are gone or now fail, logs every problem as `file:line: message — hint`.
 * Returns the report. Throws when the gazetteer is invalid, or (outside the dev server) when the
 * ingest itself fails unexpectedly.
 */
async function ingestRun(ctx: LoaderContext, strict: boolean): Promise<IngestReport> {
  const { store, logger, generateDigest, parseData } = ctx;
  const t0 = performance.now();
  const root = fileURLToPath(ctx.config.root);
  const bodies = bodyDir(fileURLToPath(ctx.config.cacheDir), Boolean(ctx.watcher));
  const entities = await loadGazetteer(root);
  const matcher = compileGazetteer(entities);
  codeText ??= ingestCodeText(root);
  const base = generateDigest(`${codeText}\0${JSON.stringify(entities)}`);
  const raws = await readPresentArticles(listArticleFiles(resolve(root, paths.articles)), root);
  raws.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const clashes = slugClashes(raws);
  const counts: RunCounts = { ingested: 0, unchanged: 0, removed: 0, failed: 0 };
  const errors: IngestProblem[] = [];
  const kept = new Set<string>();
  const failedIds = new Set<string>();
  const digests = new Map(raws.map((raw) => [raw, generateDigest(`${base}\0${raw.file}\0${text(raw.bytes)}\0${raw.meta?.file ?? ''}\0${raw.meta ? text(raw.meta.bytes) : ''}`)]));
  const unchanged = (raw: RawArticle) => !!slugForFile(raw.file) && store.get(slugForFile(raw.file))?.digest === digests.get(raw) && hasArticleBody(bodies, digests.get(raw)!);
  // The changed articles are ingested together first: on worker threads too when there are many
  // (scripts/ingest/parallel.ts), each thread writing the bodies of its own (article-finish.ts).
  const changed = raws.filter((raw) => !clashes.has(raw.file) && !unchanged(raw));
  const bodyKeys = Object.fromEntries(changed.map((raw) => [raw.file, digests.get(raw)!]));
  const step = { module: new URL('./article-finish.ts', import.meta.url), fn: finish, data: { bodies, keys: bodyKeys } };
  const outcomes = new Map(zip(changed, await ingestEach(changed, entities, { matcher, finish: step })));
  for (const raw of raws) {
    const id = slugForFile(raw.file);
    const clash = clashes.get(raw.file);
    if (clash) {
      errors.push(clash);
      failedIds.add(id);
      continue;
    }
    const digest = digests.get(raw)!;
    const outcome = outcomes.get(raw);
    if (!outcome) {
      kept.add(id);
      counts.unchanged++;
      continue;
    }
    if ('crash' in outcome) {
      const e = outcome.crash;
      // A bug, not bad input: it fails a build; the dev server reports it and serves the rest.
      if (!ctx.watcher) throw new Error(`${raw.file}: the ingest failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      errors.push({ file: raw.file, message: `the ingest failed: ${String(e)}`, hint: 'report this as a bug, with the file' });
      failedIds.add(id);
      continue;
    }
    if ('reserved' in outcome) {
      const where = raw.meta && reservedTextLine(text(raw.meta.bytes)) !== undefined ? raw.meta : raw;
      errors.push(reservedTextProblem(where.file, new TextDecoder().decode(where.bytes)));
      failedIds.add(id);
      continue;
    }
    if (!('entry' in outcome)) {
      errors.push(outcome);
      failedIds.add(id);
      continue;
    }
    for (const w of outcome.entry.warnings) logger.warn(formatProblem(w));
    store.set({ id, data: await parseData({ id, data: outcome.entry, filePath: raw.file }), digest, filePath: raw.file });
    kept.add(id);
    counts.ingested++;
  }
  for (const id of store.keys()) {
    if (kept.has(id)) continue;
    store.delete(id);
    if (!failedIds.has(id)) counts.removed++;
  }
  // Body files no entry points at are deleted; the dev server keeps the previous run's a run longer,
  // as pages may still render from the store it has not reloaded yet.
  const keys = new Set(store.values().flatMap((e) => (e.digest === undefined ? [] : [String(e.digest)])));
  pruneArticleBodies(bodies, ctx.watcher ? keys.union(previousKeys) : keys);
  previousKeys = keys;
  counts.failed = errors.length;
  for (const e of errors) logger.error(formatProblem(e));
  logger.info(summary(counts, performance.now() - t0, strict));
  if (strict && !ctx.watcher && errors.length) {
    throw new Error(`${plural(errors.length, 'article file')} could not become pages (strict build):\n${errors.map(formatProblem).join('\n')}`);
  }
  // Warnings of unchanged articles come from their stored entries: articles in file-name order, as
  // the errors are (the store's order depends on which entries changed last).
  const warnings = store
    .values()
    .sort((a, b) => ((a.filePath ?? '') < (b.filePath ?? '') ? -1 : 1))
    .flatMap((e) => ingestProblemSchema.array().parse(e.data.warnings));
  return { files: raws.length, articles: kept.size, errors, warnings };
}

/**
 * The loaders of the `sources` collection (one entry per article, id = slug) and of the
 * `ingestReport` collection (one entry, `report`), which share each run's outcome.
 */
export function articlesLoaders(options: ArticlesLoaderOptions = {}): { sources: Loader; report: Loader } {
  const strict = options.strict ?? false;
  let reportContext: LoaderContext | undefined;
  let latest: IngestReport | undefined;
  const publish = async () => {
    if (!reportContext || !latest) return;
    const { store, parseData, generateDigest } = reportContext;
    const data = await parseData({ id: 'report', data: { ...latest } });
    store.set({ id: 'report', data, digest: generateDigest(data) });
  };

  const sources: Loader = {
    name: 'articles-loader',
    load: async (ctx) => {
      const run = async () => {
        latest = await ingestRun(ctx, strict);
        await publish();
      };
      // The dev server starts even when the first run fails (an invalid gazetteer): the error is
      // logged, and the watcher below picks up the fix.
      if (ctx.watcher) await run().catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
      else await run();
      const root = fileURLToPath(ctx.config.root);
      const dir = resolve(root, paths.articles);
      const gazetteer = resolve(root, paths.entities);
      const inArticles = (path: string) => path.startsWith(dir + sep) && (isArticleFile(path) || path.endsWith('.meta.yaml'));
      watchFiles(ctx, [dir, gazetteer], (path) => path === gazetteer || inArticles(path), run);
    },
  };

  const report: Loader = {
    name: 'ingest-report-loader',
    load: async (ctx) => {
      reportContext = ctx;
      await publish();
    },
  };
  return { sources, report };
}
