/**
 * `npm run train:lines` — trains the page-chrome line model (scripts/ingest/line-model.ts) on the open
 * labelled sets and writes scripts/ingest/line-model.json with the training data's digest.
 * `node scripts/eval/train-lines.ts --cv` — leave-one-set-out cross-validation: for each open set,
 * trains on the other open sets and scores the held-out set rules-only and rules + model (chrome removed,
 * facts kept, body lines lost) over a sweep of thresholds; the threshold written to the model is the
 * one the pooled cross-validation picks, never one set's (1, the model off, when none helps).
 * `--rows candidates|all|shape` (default shape): which units it learns from (see {@link Rows});
 * `--threshold T`: show the per-set table at T instead of at the chosen threshold.
 * Deterministic: batch gradient descent from zero weights, units in file order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { FEATURE_NAMES } from '../ingest/line-features.ts';
import { chromeProbability, judgedUnits, vetoed, type LineModel } from '../ingest/line-model.ts';
import { findProseBlock } from '../ingest/prose-block.ts';
import { loadLineSet, OPEN_SETS, trainingDigest, type LineArticle } from './line-data.ts';
import { chromeKept, factKept } from './score.ts';

/** Gradient steps; the library sums the gradient over the units, so the step size is divided by their number. */
const STEPS = 400;
const RATE = 2;
/** A body line wrongly taken for chrome costs this many chrome lines caught: losing text is worse than keeping chrome. */
const BODY_COST = 3;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];

/**
 * Which units are trained on: those the rules left as body (the only ones the model decides), all
 * units, or all units without the unit's own rule verdict (`shape`: the model must tell chrome by its
 * shape, place and neighbours, as it must for chrome no rule knows).
 */
type Rows = 'candidates' | 'all' | 'shape';
/** The features that are the unit's own rule verdict (zeroed for `shape`). */
const OWN_VERDICT = FEATURE_NAMES.flatMap((n, j) => (n.startsWith('rules: ') ? [j] : []));

function trainModel(articles: readonly LineArticle[], rows: Rows): Omit<LineModel, 'threshold' | 'digest' | 'sets'> {
  const x: number[][] = [];
  const y: number[] = [];
  for (const a of articles) {
    a.x.forEach((f, i) => {
      if (rows === 'candidates' && a.rules.taken.has(i)) return;
      x.push(rows === 'shape' ? f.map((v, j) => (OWN_VERDICT.includes(j) ? 0 : v)) : f);
      y.push(a.chrome[i] ? 1 : 0);
    });
  }
  const k = FEATURE_NAMES.length;
  const mean = Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / x.length);
  const std = Array.from({ length: k }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / x.length) || 1);
  // A constant column last: the library fits no intercept of its own.
  const X = new Matrix(x.map((r) => [...r.map((v, j) => (v - mean[j]!) / std[j]!), 1]));
  const lr = new LogisticRegression({ numSteps: STEPS, learningRate: RATE / x.length });
  lr.train(X, Matrix.columnVector(y));
  // With classes 0 and 1, the first one-vs-all classifier gives the probability of class 1 (chrome).
  const w = lr.classifiers[0]!.weights!.to1DArray();
  return { features: [...FEATURE_NAMES], mean, std, weights: w.slice(0, k), bias: w[k]!, units: x.length, positives: y.filter(Boolean).length };
}

/** Per held-out article: the units the model would take at probability ≥ t, with their probability. */
function scoreUnits(a: LineArticle, model: Omit<LineModel, 'threshold' | 'digest' | 'sets'>): Map<number, number> {
  const { us, wc, taken } = a.rules;
  // The units segment would let the model judge, with the block as the features saw it (the rules' verdicts).
  const judged = judgedUnits(us, wc, taken, findProseBlock(us, taken, wc));
  return new Map(judged.map((i) => [i, chromeProbability({ ...model, threshold: 0, digest: '', sets: [] }, a.x[i]!)]));
}

interface Tally { chrome: number; removed: number; facts: number; kept: number; bodyLost: number; caught: number }
const zero = (): Tally => ({ chrome: 0, removed: 0, facts: 0, kept: 0, bodyLost: 0, caught: 0 });

/** Scores one article's body (units neither taken by the rules nor flagged) as the eval does. */
function tally(a: LineArticle, flagged: ReadonlySet<number>, t: Tally): void {
  const body = a.rules.us.filter((_, i) => !a.rules.taken.has(i) && !flagged.has(i)).map((u) => u.text);
  t.chrome += a.chromeLines.length;
  t.removed += a.chromeLines.filter((l) => !chromeKept(l, body)).length;
  t.facts += a.facts.length;
  t.kept += a.facts.filter((f) => factKept(f, body)).length;
  for (const i of flagged) {
    if (a.chrome[i]) t.caught++;
    else t.bodyLost++;
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

async function crossValidate(sets: Map<string, LineArticle[]>, rows: Rows, show?: number): Promise<number> {
  const perSet = new Map<string, { rules: Tally; byT: Map<number, Tally> }>();
  const flaggedLines: string[] = [];
  const alone = new Map(THRESHOLDS.map((t) => [t, { chrome: 0, found: 0, body: 0, lost: 0, facts: 0 }]));
  for (const held of OPEN_SETS) {
    const train = OPEN_SETS.filter((d) => d !== held).flatMap((d) => sets.get(d)!);
    const model = trainModel(train, rows);
    const rules = zero();
    const byT = new Map(THRESHOLDS.map((t) => [t, zero()]));
    for (const a of sets.get(held)!) {
      tally(a, new Set(), rules);
      const p = scoreUnits(a, model);
      for (const t of THRESHOLDS) tally(a, new Set([...p].filter(([, v]) => v >= t).map(([i]) => i)), byT.get(t)!);
      // What the model would take at the threshold asked for, to judge by eye (a body line, or chrome the labels missed?).
      if (show !== undefined) for (const [i, v] of p) if (v >= show) flaggedLines.push(`${a.set}/${a.file} [${a.chrome[i] ? 'chrome' : a.fact[i] ? 'FACT' : 'body'}] p=${v.toFixed(3)} ${JSON.stringify(a.rules.us[i]!.text.slice(0, 100))}`);
    }
    perSet.set(held, { rules, byT });
    // The model alone, on every unit that is not header or credit: how much chrome it tells by itself.
    for (const a of sets.get(held)!) {
      a.x.forEach((f, i) => {
        const kind = a.rules.taken.get(i)?.kind;
        if (kind && kind !== 'boilerplate') return;
        const p = chromeProbability({ ...model, threshold: 0, digest: '', sets: [] }, rows === 'shape' ? f.map((v, j) => (OWN_VERDICT.includes(j) ? 0 : v)) : f);
        const veto = vetoed(a.rules.us, a.rules.wc, i, f[1] === 1);
        for (const t of THRESHOLDS) {
          const d = alone.get(t)!;
          if (a.chrome[i]) { d.chrome++; if (p >= t && !veto) d.found++; }
          else { d.body++; if (p >= t && !veto) d.lost++; if (p >= t && !veto && a.fact[i]) d.facts++; }
        }
      });
    }
  }
  console.log(`\nThe model alone (no rule verdict of the unit itself where rows = shape), pooled held-out units`);
  console.log('threshold | chrome units found | body units flagged | fact units flagged');
  for (const t of THRESHOLDS) { const d = alone.get(t)!; console.log(`${t.toFixed(2)} | ${d.found}/${d.chrome} (${pct(d.found, d.chrome)}) | ${d.lost}/${d.body} (${pct(d.lost, d.body)}) | ${d.facts}`); }
  // The threshold: most chrome caught net of body lost (weighted), with every fact kept on every set.
  const pooled = (t: number) => [...perSet.values()].reduce((s, v) => { const x = v.byT.get(t)!; return { ...s, caught: s.caught + x.caught, bodyLost: s.bodyLost + x.bodyLost, lost: s.lost + x.facts - x.kept }; }, { caught: 0, bodyLost: 0, lost: 0 });
  console.log(`\nLeave-one-set-out CV (training rows: ${rows}) — pooled over the ${OPEN_SETS.length} held-out sets`);
  console.log('threshold | chrome lines newly caught | body lines lost | facts lost');
  for (const t of THRESHOLDS) { const s = pooled(t); console.log(`${t.toFixed(2)} | ${s.caught} | ${s.bodyLost} | ${s.lost}`); }
  const ok = THRESHOLDS.filter((t) => pooled(t).lost === 0);
  const best = ok.reduce<number | undefined>((b, t) => { const s = pooled(t); const v = s.caught - BODY_COST * s.bodyLost; return v > 0 && (b === undefined || v > pooled(b).caught - BODY_COST * pooled(b).bodyLost) ? t : b; }, undefined);
  const chosen = best ?? 1;
  console.log(`\nchosen threshold: ${best === undefined ? 'none helps (model off: 1)' : chosen}`);
  const shown = show ?? chosen;
  console.log(`\nheld-out set (threshold ${shown}) | chrome removed rules-only → rules+model | facts kept rules-only → rules+model | body lines lost`);
  const all = { rules: zero(), model: zero() };
  for (const [held, v] of perSet) {
    const m = shown < 1 ? v.byT.get(shown)! : v.rules;
    for (const [k, x] of [['rules', v.rules], ['model', m]] as const) for (const f of Object.keys(x) as (keyof Tally)[]) all[k][f] += x[f];
    console.log(`${held} | ${v.rules.removed}/${v.rules.chrome} (${pct(v.rules.removed, v.rules.chrome)}) → ${m.removed}/${m.chrome} (${pct(m.removed, m.chrome)}) | ${v.rules.kept}/${v.rules.facts} → ${m.kept}/${m.facts} | ${m.bodyLost}`);
  }
  console.log(`all | ${all.rules.removed}/${all.rules.chrome} (${pct(all.rules.removed, all.rules.chrome)}) → ${all.model.removed}/${all.model.chrome} (${pct(all.model.removed, all.model.chrome)}) | ${all.rules.kept}/${all.rules.facts} → ${all.model.kept}/${all.model.facts} | ${all.model.bodyLost}`);
  if (show !== undefined) console.log(`\nlines rules + model take at ${show} in CV (label in brackets):\n${flaggedLines.join('\n') || '(none)'}`);
  return chosen;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false }, rows: { type: 'string', default: 'shape' }, threshold: { type: 'string' } } });
  const rows = values.rows as Rows;
  if (!['candidates', 'all', 'shape'].includes(rows)) throw new Error(`--rows ${rows}: use candidates, all or shape`);
  const show = values.threshold === undefined ? undefined : Number(values.threshold);
  if (show !== undefined && !THRESHOLDS.includes(show)) throw new Error(`--threshold ${values.threshold}: use one of ${THRESHOLDS.join(', ')}`);
  const root = process.cwd();
  const sets = new Map<string, LineArticle[]>();
  for (const dir of OPEN_SETS) sets.set(dir, await loadLineSet(root, dir));
  const threshold = await crossValidate(sets, rows, show);
  if (!values.cv) {
    const model = trainModel(OPEN_SETS.flatMap((d) => sets.get(d)!), rows);
    const out: LineModel = { ...model, threshold, digest: await trainingDigest(root), sets: [...OPEN_SETS] };
    writeFileSync(join(root, 'scripts/ingest/line-model.json'), `${JSON.stringify(out, null, 1)}\n`);
    const top = FEATURE_NAMES.map((n, j) => [n, model.weights[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
    console.log(`\nwrote scripts/ingest/line-model.json (${model.units} units, ${model.positives} chrome); largest weights:`);
    for (const [n, w] of top) console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(2)}  ${n}`);
  }
}
