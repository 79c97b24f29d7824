/**
 * `node scripts/bench/ingest-dump.ts OUT.json [dir…]`: the whole ingest output (every article's fields,
 * segments, figures, mentions; every problem) of the seed articles, the given folders and 300 synthetic
 * articles, as JSON: run before and after a change meant to leave the output alone, and diff the files.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArticles } from '../ingest/load.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestAll } from '../ingest/pipeline.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import { generateArticles } from './generate.ts';

const ROOT = join(import.meta.dirname, '../..');
const [out, ...dirs] = process.argv.slice(2);
if (!out) throw new Error('usage: ingest-dump.ts OUT.json [dir…]');
const matcher = compileGazetteer(await loadGazetteer(ROOT));
const synthetic = [...generateArticles(300)].map(([name, text]) => ({ file: `content/articles/${name}`, bytes: new TextEncoder().encode(text) }));
const sets = [join(ROOT, 'content/articles'), ...dirs];
const result: Record<string, unknown> = { synthetic: ingestAll(synthetic, matcher) };
for (const d of sets) result[d] = ingestAll(await loadArticles(d, d), matcher);
await writeFile(out, JSON.stringify(result, null, 1));
