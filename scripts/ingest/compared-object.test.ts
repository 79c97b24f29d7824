import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';

const matcher = compileGazetteer(validateGazetteer(`
- name: Acme Labs
  type: organisation
  aliases: [Acme]
  description: An invented AI developer.
- name: Zephyr
  type: model
  description: Another developer's invented model.
`, 'entities.yaml'));
const subjects = (body: string) =>
  link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Comparisons\n\n${body}`) }), matcher).figures.map((f) => [f.text, f.entity ?? f.subjectName]);

describe('a name compared with, by a verb', () => {
  it('is not whose a later figure is', () => {
    expect(subjects('Acme released Nimbus-7 on Monday, saying it outperformed Zephyr on several benchmarks, including a score of 91.2 on a coding test.')).toContainEqual(['91.2', 'acme-labs']);
  });
  it('still owns a figure it has by a possessive or in a relative clause about it', () => {
    expect(subjects('Nimbus-7 beat Zephyr\'s score of 88.1 on the test.')).toContainEqual(['88.1', 'zephyr']);
    expect(subjects('Nimbus-7 has 20 billion parameters, outperforming Zephyr, which uses 70 billion parameters.')).toContainEqual(['70 billion parameters', 'zephyr']);
  });
  it('reads "rival" before a name as a noun, not a verb of comparison', () => {
    expect(subjects('Its rival Acme said it would spend at least $40 billion on data centres over three years.')).toContainEqual(['at least $40 billion', 'acme-labs']);
  });
});

describe('a name compared with, by its owner or a phrase', () => {
  it('is neither the owner nor the owned name', () => {
    const got = subjects('Nimbus-7 matches Acme\'s Zephyr on several maths tests, with a score of 91.2 on one of them.');
    expect(got.find(([t]) => t === '91.2')?.[1]).not.toBe('zephyr');
    expect(got.find(([t]) => t === '91.2')?.[1]).not.toBe('acme-labs');
  });
  it('reads "close to" a name as a comparison', () => {
    expect(subjects('On the maths test, the new version scores 91.2, close to Zephyr.').find(([t]) => t === '91.2')?.[1]).not.toBe('zephyr');
  });
});
