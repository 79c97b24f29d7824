/**
 * `node --expose-gc scripts/bench/knowledge-heap.ts <built project copy> [--all-at-once]`: the heap the
 * knowledge index takes, outside Astro, on a project copy the benchmark kept (`--keep`): its articles
 * (from the content store) and body files (from the last build). Builds the index as the site does
 * (one body at a time, src/lib/knowledge.ts) or, with `--all-at-once`, from every article read first
 * (as the site did before); prints the heap before, the peak while building (sampled after each
 * article, garbage included) and what the finished index keeps after a full collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unflatten } from 'devalue';
import { bodyDir, readArticleBody } from '../citations/corpus.ts';
import { storyYear } from '../knowledge/events.ts';
import { buildKnowledge, type KnowledgeArticle, knowledgeBuilder } from '../knowledge/index.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import type { SourceEntry } from '../ingest/article-schema.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'all-at-once': { type: 'boolean', default: false } } });
const dir = positionals[0];
const gc = (globalThis as { gc?: () => void }).gc;
if (!dir || !gc) throw new Error('usage: node --expose-gc scripts/bench/knowledge-heap.ts <project copy kept by `npm run bench -- --keep`> [--all-at-once]');

const cache = join(dir, 'node_modules/.astro');
// The content store is devalue's format: a map of collections, each a map of entries with `data`.
const store = unflatten(JSON.parse(readFileSync(join(cache, 'data-store.json'), 'utf8'))) as Map<string, Map<string, { data: SourceEntry }>>;
const sources = [...(store.get('sources')?.values() ?? [])].map((e) => e.data);
store.clear();
const entities = await loadGazetteer(dir);
const bodies = bodyDir(cache, false);
const article = (s: SourceEntry): KnowledgeArticle => {
  const { body, mentions, figures, years } = readArticleBody(bodies, s.bodyKey);
  return { slug: s.slug, title: s.title, date: s.date, body, mentions, figures, years };
};

const MB = 1024 ** 2;
gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
/** With --all-at-once: the heap after a full GC with every article read and held (what the index was built over). */
let held: number | undefined;
/** One at a time: the time of `finish()` (co-mentions, disagreements, the timeline's order) after the last article. */
let finishMs: number | undefined;
const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
const t0 = performance.now();
// Each way in a function of its own, so nothing it read is still on the stack at the full GC below.
function allAtOnce() {
  const articles = sources.map((s) => (sample(), article(s)));
  sample();
  gc!();
  held = process.memoryUsage().heapUsed;
  return buildKnowledge(articles, entities);
}
function oneAtATime() {
  const builder = knowledgeBuilder(entities, storyYear(sources));
  for (const s of sources) {
    builder.add(article(s));
    sample();
  }
  const t = performance.now();
  const index = builder.finish();
  finishMs = performance.now() - t;
  return index;
}
const index = values['all-at-once'] ? allAtOnce() : oneAtATime();
sample();
const ms = performance.now() - t0;
gc();
const after = process.memoryUsage().heapUsed;
console.log(
  `${sources.length} articles, ${values['all-at-once'] ? 'all at once' : 'one at a time'}: heap ${(before / MB).toFixed(0)} MB before, ` +
    `peak ${(peak / MB).toFixed(0)} MB while building (+${((peak - before) / MB).toFixed(0)}), ` +
    `${held === undefined ? '' : `${(held / MB).toFixed(0)} MB with every article held (after a full GC), `}${(after / MB).toFixed(0)} MB after a full GC (the index keeps ${((after - before) / MB).toFixed(0)} MB); ` +
    `${(ms / 1000).toFixed(1)} s${finishMs === undefined ? '' : ` (finish ${(finishMs / 1000).toFixed(1)} s)`}; ${index.figures.length} figures, ${index.timeline.length} events`,
);
