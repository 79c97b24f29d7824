/**
 * `npm run ingest [-- --strict] [--dir content/articles] [--out <dir>]`
 *
 * Runs every article file through the ingest pipeline, printing each problem as
 * `file:line: message — what to do`, without building the site (the site's content loader,
 * src/loaders/articles-loader.ts, runs the same pipeline). With --out, also writes what each
 * article became as JSON (`<dir>/articles/<slug>.json`, `entities.json`, `report.json`), to
 * inspect. Without --strict, a file that cannot become a page is reported and skipped; with
 * --strict, any such problem makes the command fail.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { paths } from '../site.config.ts';
import { emit } from './ingest/emit.ts';
import { loadArticles } from './ingest/load.ts';
import { ingestAll, type IngestResult } from './ingest/pipeline.ts';
import { loadGazetteer } from './knowledge/load-gazetteer.ts';
import { compileGazetteer } from './core/match.ts';
import { formatProblem } from './core/problem.ts';

export interface IngestOptions {
  /** Project root; paths below are relative to it. */
  root: string;
  dir?: string;
  /** Where to write the JSON, if anywhere. */
  out?: string;
  strict?: boolean;
  /** Where messages go; defaults to the console. */
  log?: (line: string) => void;
}

/** Reads and ingests all articles (and writes them with `out`). Returns the result and whether the run failed. */
export async function runIngest(opts: IngestOptions): Promise<{ result: IngestResult; failed: boolean; ms: number }> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const t0 = performance.now();
  const [raws, entities] = await Promise.all([
    loadArticles(resolve(opts.root, opts.dir ?? paths.articles), opts.root),
    loadGazetteer(opts.root),
  ]);
  const result = ingestAll(raws, compileGazetteer(entities));
  if (opts.out) await emit(result, raws.length, resolve(opts.root, opts.out), entities);
  const ms = performance.now() - t0;
  for (const w of result.warnings) log(`warning: ${formatProblem(w)}`);
  for (const e of result.errors) log(`error: ${formatProblem(e)}`);
  log(
    `ingest: ${result.articles.length} of ${raws.length} article files became pages in ${ms.toFixed(0)} ms` +
      (result.errors.length ? `; ${result.errors.length} skipped${opts.strict ? '' : ' (use --strict to fail instead)'}` : ''),
  );
  return { result, failed: Boolean(opts.strict) && result.errors.length > 0, ms };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, dir: { type: 'string' }, out: { type: 'string' } },
  });
  const { failed } = await runIngest({ root: process.cwd(), ...values });
  if (failed) process.exitCode = 1;
}
