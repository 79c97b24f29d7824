import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingDigest } from '../eval/line-data.ts';
import { FEATURE_NAMES } from './line-features.ts';
import { chromeProbability, committedModel, type LineModel, vetoed } from './line-model.ts';
import { segment } from './segment.ts';

const ROOT = join(import.meta.dirname, '../..');
const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n\n';
const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
const P3 = 'Harbour officials welcomed the plan but warned that the charging docks at two of the smaller piers would need to be rebuilt first.';

/** A small model of named weights on unstandardised features (mean 0, deviation 1). */
function modelOf(weights: Record<string, number>, bias: number, threshold: number): LineModel {
  const k = FEATURE_NAMES.length;
  return {
    features: [...FEATURE_NAMES], mean: Array(k).fill(0), std: Array(k).fill(1),
    weights: FEATURE_NAMES.map((n) => weights[n] ?? 0), bias, threshold, digest: '', sets: [], units: 0, positives: 0,
  };
}
/** Capitalised words below the story that do not end a sentence read as chrome. */
const BELOW = modelOf({ 'below the story': 3, 'share of capitalised words': 3, 'ends a sentence': -6 }, -3, 0.9);

describe('the line model in segment', () => {
  const text = `${HEAD}${P1}\n\n${P2}\n\n${P3}\n\nHarbour Desk Weekly 7 Picks\n\nThe docks reopen in May.`;
  const reasons = (model: LineModel | null) => new Map(segment(text, { model }).map((s) => [s.text, s.kind === 'boilerplate' ? s.reason : s.kind]));

  it('takes a line the rules leave as body for chrome when the model is sure, and keeps the body sentences', () => {
    expect(reasons(null).get('Harbour Desk Weekly 7 Picks')).toBe('paragraph');
    const k = reasons(BELOW);
    expect(k.get('Harbour Desk Weekly 7 Picks')).toBe('likely chrome');
    expect(k.get('The docks reopen in May.')).toBe('paragraph');
    for (const p of [P1, P2, P3]) expect(k.get(p)).toBe('paragraph');
    // Nothing is lost: every line is still in exactly one segment.
    expect(segment(text, { model: BELOW }).map((s) => s.text)).toEqual(segment(text, { model: null }).map((s) => s.text));
  });

  it('leaves the line alone below the threshold, and never overrides a rule verdict', () => {
    expect(reasons({ ...BELOW, threshold: 0.99 }).get('Harbour Desk Weekly 7 Picks')).toBe('paragraph');
    const always = modelOf({}, 10, 0.5);
    const k = reasons(always);
    expect(k.get('Ferry line doubles its fleet')).toBe('title');
    expect(k.get('By Kari Hansen')).toBe('byline');
  });

  it('never takes a long sentence, a quotation or a dateline paragraph, however sure it is', () => {
    const always = modelOf({}, 10, 0.5);
    const quote = '“We are ready,” she said.';
    const dateline = 'OSLO, March 3 (Reuters) - Ferries ran late.';
    const k = new Map(segment(`${HEAD}${dateline}\n\n${P1}\n\n${quote}\n\n${P2}`, { model: always }).map((s) => [s.text, s.kind === 'boilerplate' ? s.reason : s.kind]));
    expect(k.get(P1)).toBe('paragraph');
    expect(k.get(quote)).toBe('paragraph');
    expect(k.get(dateline)).toBe('paragraph');
    const item = [{ line: 1, text: '- Bergen to Stavanger', block: 0 }];
    expect(vetoed(item, [4], 0, true)).toBe(true);
    expect(vetoed(item, [4], 0, false)).toBe(false);
  });

  it('never takes a short last sentence, a Chinese sentence, a heading over a paragraph or a kept list', () => {
    const always = modelOf({}, 10, 0.5);
    const kinds = (text: string) => new Map(segment(text, { model: always }).map((s) => [s.text, s.kind === 'boilerplate' ? s.reason : s.kind]));
    expect(kinds(`${HEAD}${P1}\n\n${P2}\n\nThe operator declined to comment.`).get('The operator declined to comment.')).toBe('paragraph');
    const zh = kinds('渡轮完成海上试航\n2031年3月12日 08:15\n\n这艘电动渡轮周一完成了海上试航，比原计划晚了两年。\n\n运营商表示将再订购两艘。');
    expect(zh.get('这艘电动渡轮周一完成了海上试航，比原计划晚了两年。')).toBe('paragraph');
    expect(kinds(`${HEAD}${P1}\n\nWhat comes next\n${P2}`).get('What comes next')).toBe('heading');
    const list = kinds(`${HEAD}${P1}\n\n${P2}\n\nFleet doubles by next year\nShips built in Norway\nThree hundred passengers each`);
    for (const t of ['Fleet doubles by next year', 'Ships built in Norway', 'Three hundred passengers each']) expect(list.get(t), t).toBe('paragraph');
  });
});

describe('the committed line model', () => {
  it('gives probabilities between 0 and 1 from its weights', () => {
    const p = chromeProbability(BELOW, FEATURE_NAMES.map((n) => (n === 'below the story' || n === 'share of capitalised words' ? 1 : 0)));
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });

  it('was trained on the current labels and features (else run `npm run train:lines` and commit the model)', async () => {
    expect(committedModel().digest).toBe(await trainingDigest(ROOT));
  });
});
