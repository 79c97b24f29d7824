import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';
import { datelineLength } from './dateline-opening.ts';

const matcher = compileGazetteer(validateGazetteer(`
- name: Brazil
  type: place
  description: A country.
`, 'entities.yaml'));
const subjects = (body: string) =>
  link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Datelines\n\n${body}`) }), matcher).figures.map((f) => [f.text, f.entity ?? f.subjectName]);

describe('datelineLength', () => {
  it('finds a dateline opening a sentence', () => {
    const s = 'CURITIBA, Brazil, May 4, 2025 — Pinheiro Cloud said it bought 9,000 GPUs.';
    expect(s.slice(datelineLength(s))).toBe('Pinheiro Cloud said it bought 9,000 GPUs.');
    const t = 'SAO PAULO (Agency) - Pinheiro Cloud bought 9,000 GPUs.';
    expect(t.slice(datelineLength(t))).toBe('Pinheiro Cloud bought 9,000 GPUs.');
  });
  it('finds none in an ordinary sentence', () => {
    expect(datelineLength('Brazil, the largest market in the region, bought 9,000 GPUs.')).toBe(0);
    expect(datelineLength('US - and Brazilian - buyers took 9,000 GPUs.')).toBe(0);
  });
  it('gives the figure to the sentence\'s subject, not to the dateline\'s place', () => {
    expect(subjects('CURITIBA, Brazil, May 4, 2025 — Pinheiro Cloud, a Curitiba-based provider of GPU cloud services, today announced that it has bought 9,000 GPUs.')).toContainEqual(['9,000 GPUs', 'Pinheiro Cloud']);
  });
});
