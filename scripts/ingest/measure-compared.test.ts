import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';
import { comparedRate } from './measure-compared.ts';

const matcher = compileGazetteer(validateGazetteer(`
- name: Zephyr
  type: model
  description: An invented model.
- name: Nimbus
  type: model
  description: Another invented model.
`, 'entities.yaml'));
const measures = (body: string) =>
  link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Compared rates\n\n${body}`) }), matcher).figures.map((f) => [f.text, f.measure]);

describe('comparedRate', () => {
  it('reads a bare amount set against a token price as that price', () => {
    expect(measures('Zephyr is priced at $1.80 per million output tokens, compared with $40 for Nimbus.')).toContainEqual(['$40', 'API price (output)']);
    expect(measures('Zephyr costs $0.30 per million input tokens; Nimbus costs $9.')).toContainEqual(['$9', 'API price (input)']);
  });
  it('needs a comparison, and no other amount or sentence between', () => {
    expect(comparedRate('Zephyr costs $0.30 per million input tokens and was trained for $6 million.', 52, [{ measure: 'API price (input)', end: 45 }])).toBeUndefined();
    expect(comparedRate('Zephyr costs $0.30 per million input tokens. Nimbus raised $9 million.', 59, [{ measure: 'API price (input)', end: 45 }])).toBeUndefined();
    expect(comparedRate('The job cost $3 per GPU-hour, compared with $9 elsewhere.', 44, [{ measure: 'rental price', end: 28 }])).toBeUndefined();
  });
});
