import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';

// Invented names: what a figure is about when another entity is named only as the circumstance around it.
const matcher = compileGazetteer(
  validateGazetteer(
    `
- name: Orbis
  type: organisation
  description: A US chip designer.
- name: Zephyr
  type: organisation
  description: A Chinese AI start-up.
- name: Chip export rules
  type: policy
  description: Rules on selling chips abroad.
`,
    'entities.yaml',
  ),
);
const figuresOf = (text: string) =>
  link(ingestArticle({ file: 'content/articles/c.txt', bytes: new TextEncoder().encode(`Circumstances\n\n${text}`) }), matcher).figures.map((f) => [f.text, f.entity]);

describe('figure subjects: names in the circumstances of a sentence', () => {
  it('does not give a figure to a name in a clause of time or cause set off after it', () => {
    expect(figuresOf('Orbis reported strong results. The shares lost nearly $600 billion of market value on Jan. 27, when Zephyr first spooked investors.')).toEqual([['nearly $600 billion', 'orbis']]);
  });
  it('does not carry a name that is only the object of "of", "amid" or "over" in a later clause to the next sentence', () => {
    expect(figuresOf('Orbis reported another quarter of growth, but its stock slipped as investors weighed the shadow of Zephyr. Revenue rose 78% to $39.3 billion.')).toEqual([
      ['78%', 'orbis'],
      ['$39.3 billion', 'orbis'],
    ]);
  });
  it("files a company's measure carried over under the company last named, not a policy named since", () => {
    expect(figuresOf('Orbis sells most of its chips abroad, and Chip export rules now bind. The stock is down about 4% this year.')).toEqual([['about 4%', 'orbis']]);
  });
  it('reads an aside after a description opening the sentence ("The Beijing company, backed by X,") as an aside: X is not the subject', () => {
    expect(figuresOf('Orbis makes chips. The Beijing company, backed by Zephyr, was last valued at $3.3 billion.')).toEqual([['$3.3 billion', 'orbis']]);
  });
  it("does not give a figure in a clause of the writer's own (\"…, because our GPUs cost us\") to a name before that clause", () => {
    // At most a guess carried over, never named by the sentence.
    const text = 'We host Zephyr models for clients. We charge $0.90 per million tokens for Zephyr, because our GPUs cost us about $2.40 per GPU-hour.';
    const last = link(ingestArticle({ file: 'content/articles/c.txt', bytes: new TextEncoder().encode(`Circumstances\n\n${text}`) }), matcher).figures.at(-1)!;
    expect([last.text, last.subjectFrom]).toEqual(['about $2.40 per GPU-hour', 'context']);
    // A name in the writer's clause itself still counts.
    expect(figuresOf('Orbis makes chips. Since we switched, Zephyr has spent $3 million on them.').at(-1)).toEqual(['$3 million', 'zephyr']);
  });
  it('gives no entity to a figure whose sentence opens with "The" and a name the gazetteer lacks ("The Nasdaq composite fell 3.1%")', () => {
    expect(figuresOf('Orbis shares plunged. The Nasdaq composite fell 3.1%.').at(-1)).toEqual(['3.1%', undefined]);
    // A description pointing back ("The Beijing company", "The Abilene site") is not a name of its own.
    expect(figuresOf('Orbis makes chips. The Beijing company was valued at $3 billion.').at(-1)).toEqual(['$3 billion', 'orbis']);
  });
  it('does not carry a name inside what a speaker is reported to say ("Orbis said in a statement that Zephyr is…") to the next sentence', () => {
    expect(figuresOf('Orbis said in a statement that Zephyr is "an excellent advance". The company\'s shares had gained more than 170% in 2024.').at(-1)).toEqual(['more than 170%', 'orbis']);
  });
});
