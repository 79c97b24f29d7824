/**
 * `node scripts/bench/ingest-speed.ts [--synthetic N] [--threads T] [dir…]`: ingest-only throughput (articles/s)
 * over the seed articles (and any other article folders given), repeated until ~2,000 articles have
 * been read; with --synthetic N, over the benchmark's N synthetic articles instead. Prints wall and
 * CPU time (user + sys: the machine is shared, so CPU time is the steadier figure). A quick measure
 * for changes to one stage (run it under `node --cpu-prof` to see where the time goes);
 * `npm run bench` is the full benchmark. With --threads T (> 1), the parallel ingest the content
 * loader uses (scripts/ingest/parallel.ts), its workers' start-up included in the time; it starts a
 * worker per 1,000 files (FILES_PER_WORKER), or per --files-per-worker F.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../ingest/load.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestAll } from '../ingest/pipeline.ts';
import { ingestAllParallel } from '../ingest/parallel.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import type { RawArticle } from '../core/article.ts';
import { generateArticles } from './generate.ts';

const ROOT = join(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({ options: { synthetic: { type: 'string' }, threads: { type: 'string', default: '1' }, 'files-per-worker': { type: 'string' } }, allowPositionals: true });
let many: RawArticle[];
let distinct: number;
if (values.synthetic) {
  const texts = generateArticles(Number(values.synthetic));
  many = [...texts].map(([name, text]) => ({ file: `content/articles/${name}`, bytes: new TextEncoder().encode(text) }));
  distinct = many.length;
} else {
  const dirs = [join(ROOT, 'content/articles'), ...positionals];
  const raws = (await Promise.all(dirs.map((d) => loadArticles(d, d)))).flat();
  const copies = Math.ceil(2000 / raws.length);
  many = Array.from({ length: copies }, (_, i) => raws.map((r) => ({ ...r, file: `c${i}-${r.file}` }))).flat();
  distinct = raws.length;
}
const entities = await loadGazetteer(ROOT);
const matcher = compileGazetteer(entities);
const threads = Number(values.threads);
ingestAll(many.slice(0, 50), matcher); // warm up
const t0 = performance.now();
const c0 = process.cpuUsage();
const result = threads > 1 ? await ingestAllParallel(many, entities, { threads, ...(values['files-per-worker'] ? { filesPerWorker: Number(values['files-per-worker']) } : {}) }) : ingestAll(many, matcher);
const s = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(
  `${many.length} articles (${distinct} distinct, ${threads} thread${threads === 1 ? '' : 's'}) in ${s.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU: ${Math.round(many.length / s)} articles/s (${Math.round(many.length / cpuS)}/s of CPU); ` +
    `${result.articles.reduce((n, a) => n + a.figures.length, 0)} figures, ${result.articles.reduce((n, a) => n + a.mentions.length, 0)} mentions`,
);
