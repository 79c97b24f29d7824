import { z } from 'astro/zod';
import saved from './header-rank-model.json' with { type: 'json' };
import { TITLE_FEATURES, titleFeatureRows, type TitleContext } from './header-rank-features.ts';

/**
 * The learned choice of the headline among the header's candidate lines: a logistic model over
 * {@link TITLE_FEATURES} (trained by `npm run train:header`, scripts/eval/train-header.ts) scores each
 * candidate, and the highest wins. It is used only when the saved model says `enabled` — that is,
 * when it beat the hand-written rules in leave-one-set-out cross-validation; otherwise the rules choose.
 */

/** The saved model (scripts/ingest/header-rank-model.json). */
export const TitleModelSchema = z.object({
  /** Feature names in row order: a model trained on other features is refused. */
  features: z.array(z.string()),
  /** Whether the ingest uses it (set by hand after the cross-validation; the rules choose otherwise). */
  enabled: z.boolean(),
  /** SHA-256 of the training labels (set, file, title), so a test sees when labels changed without a retrain. */
  digest: z.string(),
  /** The labelled sets it was trained on. */
  trainedOn: z.array(z.string()),
  /** Candidate rows and articles it was trained on. */
  rows: z.number().int(),
  articles: z.number().int(),
  /** ml-logistic-regression's own JSON (LogisticRegression.toJSON()). */
  model: z.unknown(),
});
export type TitleModel = z.infer<typeof TitleModelSchema>;

/** One candidate as the ranker saw it: its line, the headline it states, its features. */
export interface TitleRow {
  at: number;
  title: string;
  features: number[];
}
/** Called with every choice the header makes (for training: see train-header.ts). */
export type TitleObserver = (rows: TitleRow[], ruleAt: number) => void;

/** ml-logistic-regression's JSON for labels 0/1: the first one-vs-all classifier scores label 1 (the headline). */
const WeightsSchema = z.object({ classifiers: z.tuple([z.object({ weights: z.array(z.array(z.number()).length(TITLE_FEATURES.length)).length(1) })]).rest(z.unknown()) });
interface Active {
  weights: readonly number[];
}
let observer: TitleObserver | undefined;
let active: Active | undefined | null = null;

function activate(m: TitleModel | undefined): Active | undefined {
  if (!m) return undefined;
  if (m.features.join('\n') !== TITLE_FEATURES.join('\n')) throw new Error('scripts/ingest/header-rank-model.json: its features differ from header-rank-features.ts; run `npm run train:header`');
  const parsed = WeightsSchema.safeParse(m.model);
  if (!parsed.success) throw new Error(`scripts/ingest/header-rank-model.json: "model" is not ml-logistic-regression's JSON of a two-class model with ${TITLE_FEATURES.length} weights; run \`npm run train:header\``);
  return { weights: parsed.data.classifiers[0].weights[0]! };
}

/** The model in use: the saved one when enabled (read once), or the one {@link useTitleModel} set. */
function current(): Active | undefined {
  if (active === null) {
    const m = TitleModelSchema.parse(saved);
    active = m.enabled ? activate(m) : undefined;
  }
  return active;
}

/** Uses `m` for every headline choice from now on (`undefined`: the rules alone); for cross-validation. */
export function useTitleModel(m: TitleModel | undefined): void {
  active = activate(m);
}
/** Reports every headline choice to `f` (or stops, with `undefined`); for training. */
export function observeTitleChoice(f: TitleObserver | undefined): void {
  observer = f;
}

/**
 * The model's score per row: the linear part of the logistic model (its sigmoid is monotone, so the
 * order is the same). Computed here rather than with ml-matrix so the ingest does not load the library.
 */
export function scoreRows(weights: readonly number[], rows: readonly number[][]): number[] {
  return rows.map((r) => r.reduce((sum, v, k) => sum + v * weights[k]!, 0));
}

/** The headline's line: the model's highest-scored candidate when a model is in use, else the rules' choice. */
export function rankTitle(ctx: TitleContext): number {
  const model = current();
  if (!model && !observer) return ctx.ruleAt;
  const rows = titleFeatureRows(ctx);
  observer?.(ctx.candidates.map((at, k) => ({ at, title: ctx.titleOf(at).title, features: rows[k]! })), ctx.ruleAt);
  if (!model || ctx.candidates.length < 2) return ctx.ruleAt;
  const p = scoreRows(model.weights, rows);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return ctx.candidates[best]!;
}
