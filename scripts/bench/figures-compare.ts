/**
 * `node scripts/bench/figures-compare.ts <labelled dev set folder>`: measures the figures ledger on
 * labelled articles (`<name>.txt|.md` + `<name>.labels.yaml`, and `disagreements.yaml`): labelled
 * figures found (value and unit), their subject and measure, labelled non-figures leaked, and
 * expected disagreements found; for the old extractor (every number in numbers.ts) and the new one
 * with each way of telling dates apart (wink-nlp, compromise, none), with their speed.
 * A measuring tool for choosing, not a test; `npm run eval` is the dev set's own evaluation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { parse } from 'yaml';
import { link } from '../ingest/link.ts';
import type { FigureFact } from '../ingest/figure-fact.ts';
import { compileGazetteer } from '../core/match.ts';
import { ingestArticle } from '../ingest/pipeline.ts';
import { buildKnowledge } from '../knowledge/index.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import { extractNumbers } from '../ingest/numbers.ts';
import { setTemporalRecogniser } from '../ingest/figures.ts';

interface Label {
  figures?: { text: string; value: number; unit: string; subject?: string; measure?: string }[];
  not_figures?: string[];
}

import { paragraphTexts } from '../knowledge/sentences.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/bench/figures-compare.ts <dev set folder>');
const entities = await loadGazetteer(ROOT);
const matcher = compileGazetteer(entities);
const nameOf = new Map(entities.flatMap((e) => [e.name, ...e.aliases].map((a) => [a.toLowerCase(), e.slug])));
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && existsSync(join(dir, f.replace(/\.(txt|md)$/, '.labels.yaml')))).sort();
const raws = files.map((f) => ({ file: `content/articles/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
const labels = new Map(files.map((f) => [f, parse(readFileSync(join(dir, f.replace(/\.(txt|md)$/, '.labels.yaml')), 'utf8')) as Label]));
const articles = raws.map((r) => ingestArticle(r));

const unitOf = (f: { unit: string; per?: string }) => (f.per ? `${f.unit} per ${f.per}` : f.unit).toLowerCase();
const firstNumber = (text: string) => /\d[\d,.]*/.exec(text)?.[0].replace(/[.,]$/, '');

function score(name: string, figuresOf: (i: number) => FigureFact[]) {
  let labelled = 0, found = 0, subject = 0, measure = 0, nots = 0, leaked = 0, listed = 0, inGazetteer = 0, subjectInGazetteer = 0;
  const leaks: string[] = [];
  const misses: string[] = [];
  const wrongSubject: string[] = [];
  const wrongMeasure: string[] = [];
  files.forEach((file, i) => {
    const figs = figuresOf(i);
    listed += figs.length;
    const l = labels.get(file)!;
    for (const want of l.figures ?? []) {
      labelled++;
      const hit = figs.find((f) => Math.abs(f.value - want.value) <= 1e-9 * Math.abs(want.value) && unitOf(f) === want.unit.toLowerCase());
      if (!hit) {
        misses.push(`${file}: ${want.text} (${want.value} ${want.unit}) — have ${figs.filter((f) => Math.abs(f.value - want.value) <= 1e-9 * Math.abs(want.value)).map((f) => `${f.text} ${unitOf(f)}`).join(', ') || 'nothing'}`);
        continue;
      }
      found++;
      const wantSlug = want.subject ? nameOf.get(String(want.subject).toLowerCase()) : undefined;
      if (wantSlug) inGazetteer++;
      if (wantSlug && hit.entity === wantSlug) subjectInGazetteer++;
      if (want.subject && hit.entity && nameOf.get(String(want.subject).toLowerCase()) === hit.entity) subject++;
      else wrongSubject.push(`${file}: ${want.text} → ${hit.entity} (want ${want.subject})`);
      if (hit.measure === want.measure) measure++;
      else wrongMeasure.push(`${file}: ${want.text} → ${hit.measure} (want ${want.measure})`);
    }
    for (const not of l.not_figures ?? []) {
      nots++;
      const bad = figs.find((f) => {
        const n = firstNumber(f.text);
        return n !== undefined && new RegExp(`(?<![\\d,.])${RegExp.escape(n)}(?![\\d])`).test(not) && paragraphTexts(articles[i]!)[f.p]!.slice(f.start, f.end).includes(not);
      });
      if (bad) {
        leaked++;
        leaks.push(`${file}: "${not}" ← ${bad.text}`);
      }
    }
  });
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)}%`;
  console.log(`${name}: found ${found}/${labelled} (${pct(found, labelled)}), subject ${pct(subject, found)} (${pct(subjectInGazetteer, inGazetteer)} of ${inGazetteer} whose subject is in the gazetteer), measure ${pct(measure, found)}; non-figures kept out ${nots - leaked}/${nots} (${pct(nots - leaked, nots)}); ${listed} listed`);
  if (process.env.VERBOSE) {
    for (const x of leaks) console.log('   leak', x);
    for (const x of misses) console.log('   miss', x);
    if (process.env.VERBOSE === '2') for (const x of [...wrongSubject, ...wrongMeasure]) console.log('   wrong', x);
  }
}

// Old ledger: every money amount, percentage and number (years aside), as the ledger listed before.
score('old (every number)', (i) =>
  articles[i]!.body.flatMap((b) =>
    b.type !== 'paragraph' ? [] : extractNumbers(b.text).filter((n) => n.kind !== 'year').map((n) => ({ p: b.n, kind: 'count', value: n.value, unit: n.kind === 'money' ? 'USD' : n.kind === 'percent' ? '%' : '', precision: 1, text: n.text, start: 0, end: b.text.length, measure: '' }) as FigureFact),
  ),
);

const recognisers = {
  'wink-nlp': undefined,
  compromise: (text: string) => nlp(text).match('(#Date|#Time|#Duration)').json({ offset: true }).map((m: { offset: { start: number; length: number } }) => [m.offset.start, m.offset.start + m.offset.length] as [number, number]),
  none: () => [] as [number, number][],
};
for (const [label, fn] of Object.entries(recognisers)) {
  setTemporalRecogniser(fn);
  const linked = articles.map((a) => link(a, matcher));
  score(`new, dates by ${label}`, (i) => linked[i]!.figures);
  const copies = 100;
  const t0 = performance.now();
  for (let c = 0; c < copies; c++) for (const a of articles) link(a, matcher);
  console.log(`   link stage: ${((performance.now() - t0) / (copies * articles.length)).toFixed(3)} ms/article`);
}
setTemporalRecogniser(undefined);

// Disagreements.
const linked = articles.map((a) => link(a, matcher));
const k = buildKnowledge(linked, entities);
const expected = (parse(readFileSync(join(dir, 'disagreements.yaml'), 'utf8')) as { expected: { subject: string; measure: string; kind: string; sources: { file: string; value: number }[] }[] }).expected;
const slugOf = (file: string) => file.replace(/\.(txt|md|html)$/, '').toLowerCase();
let hit = 0, kindRight = 0;
for (const e of expected) {
  const wanted = e.sources.filter((s) => /\.(txt|md)$/.test(s.file));
  const d = k.disagreements.find((d) => wanted.filter((s) => d.figures.some((f) => f.source === slugOf(s.file) && Math.abs(f.value - s.value) <= 1e-9 * s.value)).length >= 2);
  if (d) hit++;
  if (d?.kind === e.kind) kindRight++;
  console.log(`  ${d ? (d.kind === e.kind ? 'found' : `found as ${d.kind}`) : 'MISSED'}: ${e.subject} ${e.measure} (${e.kind}; ${wanted.length} of ${e.sources.length} sources readable)`);
}
console.log(`disagreements: ${hit}/${expected.length} found, ${kindRight} of the right kind; ${k.disagreements.length} reported:`);
for (const d of k.disagreements) console.log(`   ${d.kind} ${d.entity} ${d.measure} ${d.unit}: ${d.figures.map((f) => `${f.source}¶${f.p} ${f.text}`).join('; ')}`);
