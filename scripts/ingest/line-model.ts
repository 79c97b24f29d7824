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
import { isHeading } from './heading.ts';
import { SENTENCE_END, type ProseBlock } from './prose-block.ts';
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
const SENTENCE_WORDS = 5;
/** The same for scripts written without spaces (Chinese, Japanese), in characters. */
const SENTENCE_CHARS = 10;
/** A sentence's end in Chinese or Japanese: 。！？ maybe inside a closing quote or bracket. */
const CJK_SENTENCE_END = /[。！？]["”’」』）)]?$/u;
/** A run of this many lines the rules left alone outside the story is a list or a passage they kept, not stray chrome. */
const KEPT_RUN = 3;

/**
 * Lines the model may never take, however chrome-like their place: a sentence of five words or more
 * (ten characters in Chinese or Japanese), a quotation, a dateline paragraph, a line holding a sentence
 * break, a heading over a paragraph, and a list item or a numbered line inside the story.
 */
export function vetoed(us: readonly Unit[], wc: readonly number[], i: number, inside: boolean): boolean {
  const t = us[i]!.text;
  const n = wc[i]!;
  if (SENTENCE_END.test(t) && n >= SENTENCE_WORDS) return true;
  if (CJK_SENTENCE_END.test(t) && (n >= SENTENCE_WORDS || t.length >= SENTENCE_CHARS)) return true;
  if (/^["“‘>「]/.test(t) || /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(t) && n >= 8) return true;
  if (inside && /^(?:[-–•*+]\s|\d{1,2}[.)]\s)/.test(t)) return true;
  if (isHeading(us[i]!, us[i + 1])) return true;
  return parseDateline(t) !== undefined;
}

/**
 * The units the model judges: those the rules left as body text that no veto protects and that are not
 * part of a run of {@link KEPT_RUN} or more such units outside the story (a list the rules chose to keep).
 */
export function judgedUnits(us: readonly Unit[], wc: readonly number[], taken: ReadonlyMap<number, Segment>, block: ProseBlock | undefined): number[] {
  const inside = (i: number) => block !== undefined && i >= block.start && i <= block.end;
  const out: number[] = [];
  for (let i = 0; i < us.length; ) {
    if (taken.has(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < us.length && !taken.has(end + 1) && inside(end + 1) === inside(i)) end++;
    const kept = !inside(i) && end - i + 1 >= KEPT_RUN;
    for (let j = i; j <= end; j++) if (!kept && !vetoed(us, wc, j, inside(j))) out.push(j);
    i = end + 1;
  }
  return out;
}

/**
 * Takes for chrome every unit the model judges whose chrome probability passes the model's threshold.
 * Mutates `taken`.
 */
export function markLikelyChrome(us: readonly Unit[], wc: readonly number[], taken: Map<number, Segment>, model: LineModel): void {
  if (model.threshold >= 1) return;
  const ctx = featureContext(us, wc, taken);
  // Decided on the rules' verdicts alone, so one flagged line does not tip its neighbours.
  const flagged = judgedUnits(us, wc, taken, ctx.block).filter((i) => chromeProbability(model, lineFeatures(ctx, i)) >= model.threshold);
  for (const i of flagged) taken.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'likely chrome' });
}
