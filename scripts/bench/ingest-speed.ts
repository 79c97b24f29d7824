/**
 * `node scripts/bench/ingest-speed.ts [dir…]`: ingest-only throughput (articles/s) over the seed
 * articles (and any other article folders given), repeated until ~2,000 articles have been read.
 * A quick measure for changes to one stage; `npm run bench` is the full benchmark.
 */
import { join } from 'node:path';
import { loadArticles } from '../ingest/load.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestAll } from '../ingest/pipeline.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import type { RawArticle } from '../core/article.ts';

const ROOT = join(import.meta.dirname, '../..');
const dirs = [join(ROOT, 'content/articles'), ...process.argv.slice(2)];
const raws = (await Promise.all(dirs.map((d) => loadArticles(d, d)))).flat();
const matcher = compileGazetteer(await loadGazetteer(ROOT));
const copies = Math.ceil(2000 / raws.length);
const many: RawArticle[] = Array.from({ length: copies }, (_, i) => raws.map((r) => ({ ...r, file: `c${i}-${r.file}` }))).flat();
ingestAll(many.slice(0, 50), matcher); // warm up
const t0 = performance.now();
const result = ingestAll(many, matcher);
const s = (performance.now() - t0) / 1000;
console.log(`${many.length} articles (${raws.length} distinct) in ${s.toFixed(2)} s: ${Math.round(many.length / s)} articles/s; ${result.articles.reduce((n, a) => n + a.figures.length, 0)} figures`);
