/**
 * `npm run train:header [-- --cv] [--enable | --disable] [--without-rules]`
 *
 * Trains the headline ranker (scripts/ingest/header-rank.ts) on the OPEN labelled sets and writes
 * scripts/ingest/header-rank-model.json with a digest of the labels it learnt from. With --cv, first
 * a leave-one-set-out cross-validation: for each open set, a model trained on the other twenty chooses
 * the headlines of that set through the real pipeline, beside the rules alone, and the table is
 * printed (about two minutes). Only the training sets of run.ts (the 21 open sets) are read, never a blind one. `--enable`/`--disable` set whether the
 * ingest uses the model (it keeps the saved value otherwise): enable it only when the CV shows it beats the rules.
 * --without-rules trains the model without the rules' verdict as a feature (the CV's "model alone"), for
 * trying it on a blind set in place of the rules.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { TITLE_FEATURES } from '../ingest/header-rank-features.ts';
import { observeTitleChoice, type TitleModel, TitleModelSchema, type TitleRow, useTitleModel } from '../ingest/header-rank.ts';
import { loadArticles } from '../ingest/load.ts';
import { ingestArticle } from '../ingest/pipeline.ts';
import { loadDevSet } from './labels.ts';
import { runEval, TRAINING_SETS } from './run.ts';
import { normText } from './score.ts';

/** The sets the ranker trains on (see run.ts), by name: `devset`, `holdout`, … */
export const OPEN_SETS: readonly string[] = TRAINING_SETS.map((dir) => basename(dir));
export const MODEL_FILE = 'scripts/ingest/header-rank-model.json';
/** Gradient steps and rate of ml-logistic-regression (deterministic: it starts from zero weights). */
const STEPS = 1000;
const RATE = 5e-4;
const RULE_FEATURE = TITLE_FEATURES.indexOf('rules chose it');

const setDir = (set: string) => `tests/fixtures/${set}`;

/** One article's candidates with their labels: whether each states the labelled headline. */
export interface Example {
  set: string;
  file: string;
  rows: TitleRow[];
  right: boolean[];
}

/** The title labels of the sets, one line each, sorted: what the digest is taken of. */
export async function titleLabels(root: string, sets: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const set of sets) {
    const dev = await loadDevSet(resolve(root, setDir(set)));
    for (const [file, labels] of dev.articles) out.push(JSON.stringify([set, file, labels.title]));
  }
  return out.sort();
}
export const labelDigest = (lines: readonly string[]) => createHash('sha256').update(lines.join('\n')).digest('hex');

/** Ingests each labelled article of `set` and records the header's candidates for the headline. */
/** Of a set's articles with a headline read from the text: how many the header chose among candidates, and how many of those had the right one among them. */
export interface Coverage {
  chosen: number;
  covered: number;
}

export async function examples(root: string, set: string, coverage: Coverage = { chosen: 0, covered: 0 }): Promise<Example[]> {
  const dir = resolve(root, setDir(set));
  const [dev, raws] = await Promise.all([loadDevSet(dir), loadArticles(dir, root)]);
  const out: Example[] = [];
  for (const raw of raws) {
    const labels = dev.articles.get(basename(raw.file));
    // An article without a headline (title: null) has no candidate to learn from.
    if (!labels || labels.title === null) continue;
    let rows: TitleRow[] = [];
    observeTitleChoice((r) => (rows = r));
    try {
      ingestArticle(raw);
    } catch {
      rows = [];
    } finally {
      observeTitleChoice(undefined);
    }
    const want = normText(labels.title);
    const right = rows.map((r) => normText(r.title) === want);
    if (rows.length) coverage.chosen++;
    if (right.some(Boolean)) coverage.covered++;
    // Only a choice with one right candidate teaches which line is the headline.
    if (rows.length >= 2 && right.some(Boolean)) out.push({ set, file: basename(raw.file), rows, right });
  }
  return out;
}

/** Trains on the examples; `withRules`: false leaves the rules' verdict out (its weight stays zero). */
export function train(exs: readonly Example[], withRules = true): LogisticRegression {
  // Pairwise: each right candidate against each wrong one of the same article, as the difference of their rows
  // (and its mirror, labelled 0). The model then compares lines of one header, never headers of different articles.
  const rows: number[][] = [];
  const ys: number[] = [];
  for (const e of exs) {
    const fs = e.rows.map((r) => r.features.map((v, k) => (k === RULE_FEATURE && !withRules ? 0 : v)));
    for (const [a, ra] of fs.entries()) {
      if (!e.right[a]) continue;
      for (const [b, rb] of fs.entries()) {
        if (e.right[b]) continue;
        rows.push(ra.map((v, k) => v - rb[k]!), rb.map((v, k) => v - ra[k]!));
        ys.push(1, 0);
      }
    }
  }
  const model = new LogisticRegression({ numSteps: STEPS, learningRate: RATE });
  model.train(new Matrix(rows), Matrix.columnVector(ys));
  return model;
}

const asSaved = (model: LogisticRegression, sets: readonly string[], digest: string, exs: readonly Example[], enabled: boolean): TitleModel => ({
  features: [...TITLE_FEATURES],
  enabled,
  digest,
  trainedOn: [...sets],
  rows: exs.reduce((n, e) => n + e.rows.length, 0),
  articles: exs.length,
  model: JSON.parse(JSON.stringify(model.toJSON())),
});

/** Leave-one-set-out: title (and all fields) right per held-out set, rules alone vs rules + model vs model without the rules' verdict. */
async function crossValidate(root: string, bySet: ReadonlyMap<string, Example[]>, coverage: ReadonlyMap<string, Coverage>): Promise<string> {
  // The last column: a ranker can only fix a choice whose right line is among the candidates.
  const lines = ['| held-out set | articles | title: rules | rules + model | model alone | all fields: rules | rules + model | right line among the candidates |', '|---|---|---|---|---|---|---|---|'];
  const total = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const held of OPEN_SETS) {
    const rest = OPEN_SETS.filter((s) => s !== held).flatMap((s) => bySet.get(s)!);
    const run = async (m?: LogisticRegression) => {
      useTitleModel(m && asSaved(m, [], '', [], true));
      try {
        return (await runEval(root, setDir(held))).summary.fields;
      } finally {
        useTitleModel(undefined);
      }
    };
    const rules = await run();
    const both = await run(train(rest, true));
    const alone = await run(train(rest, false));
    const n = rules.title.total;
    const c = coverage.get(held)!;
    lines.push(`| ${held} | ${n} | ${rules.title.correct} | ${both.title.correct} | ${alone.title.correct} | ${rules.all.correct}/${rules.all.total} | ${both.all.correct}/${both.all.total} | ${c.covered}/${c.chosen} |`);
    [n, rules.title.correct, both.title.correct, alone.title.correct, rules.all.correct, both.all.correct, c.covered, c.chosen].forEach((v, k) => (total[k]! += v));
  }
  lines.push(`| all | ${total[0]} | ${total[1]} | ${total[2]} | ${total[3]} | ${total[4]}/${total[0]! * 5} | ${total[5]}/${total[0]! * 5} | ${total[6]}/${total[7]} |`);
  return lines.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false }, enable: { type: 'boolean' }, disable: { type: 'boolean' }, 'without-rules': { type: 'boolean', default: false } } });
  const root = process.cwd();
  // The model in the file must not choose while its successor's training data are read.
  useTitleModel(undefined);
  const bySet = new Map<string, Example[]>();
  const coverage = new Map<string, Coverage>();
  for (const set of OPEN_SETS) {
    const c = { chosen: 0, covered: 0 };
    bySet.set(set, await examples(root, set, c));
    coverage.set(set, c);
  }
  if (values.cv) console.log(await crossValidate(root, bySet, coverage));
  const all = [...bySet.values()].flat();
  const model = train(all, !values['without-rules']);
  const before = TitleModelSchema.safeParse(JSON.parse(await readFile(resolve(root, MODEL_FILE), 'utf8')));
  const enabled = values.enable ? true : values.disable ? false : before.success && before.data.enabled;
  const saved = asSaved(model, OPEN_SETS, labelDigest(await titleLabels(root, OPEN_SETS)), all, enabled);
  await writeFile(resolve(root, MODEL_FILE), `${JSON.stringify(saved, null, 2)}\n`);
  console.log(`trained on ${saved.articles} articles (${saved.rows} candidate lines); enabled: ${enabled}; weights, largest first:`);
  const weights = (saved.model as { classifiers: { weights: number[][] }[] }).classifiers[0]!.weights[0]!;
  const ranked = TITLE_FEATURES.map((name, k) => [name, weights[k]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [name, w] of ranked) console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(3)}  ${name}`);
}
