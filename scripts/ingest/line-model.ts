/**
 * The learned page-chrome model: a logistic regression over {@link lineFeatures}, trained on the open
 * labelled sets by scripts/eval/train-lines.ts (`npm run train:lines`) and committed as
 * line-model.json. It runs after the hand-written rules and only adds to them: a unit the rules left
 * as body text becomes boilerplate (`likely chrome`) when the model is sure enough, unless a veto
 * says it reads as body text. Scoring is a dot product, so it costs little per line.
 */
import { z } from 'astro/zod';
import type { Segment } from '../core/article.ts';
import { parseDateline } from './dates.ts';
import { featureContext, FEATURE_NAMES, lineFeatures } from './line-features.ts';
import { SENTENCE_END } from './prose-block.ts';
import type { Unit } from './units.ts';
import committed from './line-model.json' with { type: 'json' };

export const lineModelSchema = z.strictObject({
  /** The feature names the weights are for, in order: a model trained on other features is refused. */
  features: z.array(z.string()),
  /** Mean and standard deviation of each feature over the training units: features are standardised before weighting. */
  mean: z.array(z.number()),
  std: z.array(z.number()),
  /** One weight per standardised feature; positive means chrome. */
  weights: z.array(z.number()),
  bias: z.number(),
  /** Probability above which a unit is taken for chrome (chosen by cross-validation, never on one set). */
  threshold: z.number(),
  /** SHA-256 of the training data (articles, labels, feature names): the tests check it matches the labels. */
  digest: z.string(),
  /** The labelled sets it was trained on. */
  sets: z.array(z.string()),
  /** Training units, and how many of them were chrome. */
  units: z.number().int(),
  positives: z.number().int(),
});
export type LineModel = z.infer<typeof lineModelSchema>;

function checked(m: unknown): LineModel {
  const model = lineModelSchema.parse(m);
  if (model.features.join('\n') !== FEATURE_NAMES.join('\n')) throw new Error('scripts/ingest/line-model.json was trained on other features: run `npm run train:lines`');
  return model;
}
let cached: LineModel | undefined;
/** The committed model, checked on first use (not on import, so the trainer can run when the features have changed). */
export function committedModel(): LineModel {
  return (cached ??= checked(committed));
}

/** Probability that a unit with features `x` is page chrome. */
export function chromeProbability(model: LineModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += (model.weights[j]! * (x[j]! - model.mean[j]!)) / model.std[j]!;
  return 1 / (1 + Math.exp(-z));
}

/** Fewest words of a line that ends as a sentence for it to be body text whatever the model says. */
const SENTENCE_WORDS = 12;
/**
 * Lines the model may never take, however chrome-like their place: a long sentence, a quotation, a
 * dateline paragraph, a line holding a sentence break, and a list item or a numbered line inside the story.
 */
export function vetoed(u: Unit, n: number, inside: boolean): boolean {
  const t = u.text;
  if (n >= SENTENCE_WORDS && SENTENCE_END.test(t)) return true;
  if (/^["“‘>]/.test(t) || /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(t) && n >= 8) return true;
  if (inside && /^(?:[-–•*+]\s|\d{1,2}[.)]\s)/.test(t)) return true;
  return parseDateline(t) !== undefined;
}

/**
 * Takes for chrome every unit the rules left as body text whose chrome probability passes the
 * model's threshold and that no veto protects. Mutates `taken`.
 */
export function markLikelyChrome(us: readonly Unit[], wc: readonly number[], taken: Map<number, Segment>, model: LineModel): void {
  if (model.threshold >= 1) return;
  const ctx = featureContext(us, wc, taken);
  const flagged: number[] = [];
  for (let i = 0; i < us.length; i++) {
    if (taken.has(i)) continue;
    const inside = ctx.block !== undefined && i >= ctx.block.start && i <= ctx.block.end;
    if (vetoed(us[i]!, wc[i]!, inside)) continue;
    if (chromeProbability(model, lineFeatures(ctx, i)) >= model.threshold) flagged.push(i);
  }
  // Decided on the rules' verdicts alone, so one flagged line does not tip its neighbours.
  for (const i of flagged) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'likely chrome' });
}
