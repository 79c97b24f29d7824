import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../core/match.ts';
import { validateGazetteer } from '../core/entity.ts';
import type { ArticleLabels, DevSet } from './labels.ts';
import { subjectsByName } from './run.ts';

const gazetteer = validateGazetteer(
  ['- name: Tongyi Qianwen', '  type: model', '  aliases: [Qwen]', '  description: A model family.', '- name: Alibaba', '  type: organisation', '  description: A company.'].join('\n'),
  'entities.yaml',
);
const labels: ArticleLabels = {
  title: 'Alibaba cuts Qwen prices',
  date: null,
  authors: [],
  publisher: null,
  url: null,
  chrome_lines: [],
  facts: [],
  figures: [
    { text: 'up to 85%', value: 85, unit: '%', subject: ['Qwen', 'Alibaba'], measure: 'price cut' },
    { text: '90,000 enterprises', value: 90000, unit: 'enterprise', subject: 'Qwen', measure: 'customers' },
    { text: '3 billion', value: 3e9, unit: 'parameter', subject: 'Qwen2.5-VL', measure: 'parameters' },
  ],
  not_figures: [],
};
const set: DevSet = {
  dir: 'set',
  articles: new Map([['a.txt', labels]]),
  disagreements: { expected: [{ subject: 'Qwen', measure: 'price cut', kind: 'rounding', sources: [{ file: 'a.txt', value: 85 }, { file: 'b.txt', value: 85 }] }], traps: [] },
  agreements: [],
};

describe('subjectsByName', () => {
  it('writes a label naming an entity by its alias as the entity name, and leaves other names as written', () => {
    const out = subjectsByName(set, compileGazetteer(gazetteer).byAlias);
    expect(out.articles.get('a.txt')!.figures.map((f) => f.subject)).toEqual([['Tongyi Qianwen', 'Alibaba'], 'Tongyi Qianwen', 'Qwen2.5-VL']);
    expect(out.disagreements.expected[0]!.subject).toBe('Tongyi Qianwen');
    // The set it was given is not changed.
    expect(set.articles.get('a.txt')!.figures[1]!.subject).toBe('Qwen');
  });
});
