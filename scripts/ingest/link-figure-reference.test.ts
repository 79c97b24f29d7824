import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';

const matcher = compileGazetteer(
  validateGazetteer(
    `
- name: Orbis
  type: organisation
  description: An invented AI lab.
- name: Orbis-2
  type: model
  partOf: Orbis
  description: Orbis's invented model.
- name: Zephyr
  type: organisation
  description: Another invented AI lab.
- name: Acme
  type: organisation
  description: An invented chipmaker.
- name: Z9
  type: chip
  partOf: Acme
  description: Acme's invented accelerator.
`,
    'entities.yaml',
  ),
);
/** Each figure of an invented article as [text, subject, how the subject was found]. */
const subjects = (paragraphs: string[]) =>
  link(ingestArticle({ file: 'content/articles/r.txt', bytes: new TextEncoder().encode(['Headline', '', ...paragraphs].join('\n\n')) }), matcher).figures.map((f) => [f.text, f.entity, f.subjectFrom]);

describe('link stage: "That figure" points back at the figure just stated', () => {
  it('gives a sentence naming nothing that opens with "That figure", "This estimate" the subject of the last sentence\'s figure, named as it was', () => {
    expect(subjects(['Orbis-2 cost $4.2 million to train, Zephyr said.', 'That estimate is based on 2.1 million GPU-hours.'])).toEqual([
      ['$4.2 million', 'orbis-2', 'sentence'],
      ['2.1 million GPU-hours', 'orbis-2', 'sentence'],
    ]);
    expect(subjects(['Orbis released Orbis-2 this week. Its final run cost $4.2 million.', 'This figure covers 2.1 million GPU-hours on rented chips.']).at(-1)).toEqual(['2.1 million GPU-hours', 'orbis-2', 'context']);
  });
  it('only right after a sentence stating a figure, and never over a name in its own sentence', () => {
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'Zephyr was slower.', 'That figure compares with 2.1 million GPU-hours.']).at(-1)).not.toEqual(['2.1 million GPU-hours', 'orbis-2', 'sentence']);
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'That figure is small next to the 9 million GPU-hours Zephyr used.']).at(-1)).toEqual(['9 million GPU-hours', 'zephyr', 'sentence']);
    // Nor where the figure is compared with it, not what it rests on: another thing's.
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'That figure is far below the 16,000 GPUs most US labs use.']).at(-1)?.[2]).not.toBe('sentence');
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'That number is dwarfed by the 30 million GPU-hours big labs spend.']).at(-1)?.[2]).not.toBe('sentence');
  });
});

describe('link stage: the chips a model ran on are not its figure\'s subject', () => {
  it('skips a chip, or its maker before it, named after a model measure in a phrase of means ("on Acme Z9 chips", "of Z9 time")', () => {
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'That estimate assumes 2.1 million GPU-hours on Acme Z9 chips.']).at(-1)).toEqual(['2.1 million GPU-hours', 'orbis-2', 'sentence']);
    expect(subjects(['Orbis-2 cost $4.2 million to train.', 'The number comes from 2.1 million GPU-hours of Z9 time.']).at(-1)).toEqual(['2.1 million GPU-hours', 'orbis-2', 'sentence']);
    // Not a measure of a model: the chipmaker named after the figure stays its subject.
    expect(subjects(['Zephyr ordered $2 billion worth of Acme chips.']).at(-1)).toEqual(['$2 billion', 'zephyr', 'sentence']);
  });
});

describe('link stage: "an earlier model" is none of the models the paragraph names', () => {
  it('files a model measure stated of "an earlier model" under the maker, not the model the paragraph names', () => {
    expect(subjects(['The selloff was set off by Orbis, whose Orbis-2 model topped the charts. The company has said it trained an earlier model for under $6 million.']).at(-1)).toEqual(['under $6 million', 'orbis', 'sentence']);
    expect(subjects(['The selloff was set off by Orbis, whose Orbis-2 model topped the charts. The company has said it trained the model for under $6 million.']).at(-1)).toEqual(['under $6 million', 'orbis-2', 'sentence']);
  });
});
