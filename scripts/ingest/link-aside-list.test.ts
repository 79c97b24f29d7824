import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer, findMentions } from '../core/match.ts';
import { figureSubject } from './figure-subject.ts';

const gazetteer = validateGazetteer(
  `
- name: Orbis
  type: organisation
  description: An invented AI start-up.
- name: Zephyr
  type: organisation
  description: An invented internet group.
- name: Kestrel
  type: organisation
  description: An invented e-commerce group.
- name: Halvern
  type: organisation
  description: An invented chip designer.
`,
  'entities.yaml',
);
const matcher = compileGazetteer(gazetteer);
const bySlug = new Map(gazetteer.map((e) => [e.slug, e]));
const subject = (text: string, figure: string, measure = 'valuation') => {
  const mentions = findMentions(text, matcher);
  const start = text.indexOf(figure);
  return figureSubject({ text, mentions }, { start, end: start + figure.length, measure }, { paragraph: mentions, counted: [], byslug: (slug) => bySlug.get(slug) })?.entity;
};

describe('figureSubject: every name listed in an aside is in it', () => {
  it('passes over the names listed in a relative clause or appositive to the name it describes', () => {
    expect(subject('Orbis, which counts Zephyr, Kestrel and two state funds among its backers, was valued at $3 billion.', '$3 billion')).toBe('orbis');
    expect(subject('Orbis, whose investors include Zephyr and Kestrel, raised $500 million.', '$500 million', 'funding')).toBe('orbis');
    expect(subject('Orbis, backed by Zephyr, Kestrel and Halvern, is valued at $3 billion.', '$3 billion')).toBe('orbis');
    expect(subject('Orbis, a rival of Zephyr, Kestrel and Halvern, is valued at $3 billion.', '$3 billion')).toBe('orbis');
  });
  it('still reads a name after the aside has closed (a name outside the aside)', () => {
    expect(subject('Orbis, which counts Zephyr among its backers, said Kestrel was valued at $3 billion.', '$3 billion')).toBe('kestrel');
  });

  it('reads a participle opening an aside ("founded in 2023 by", "backed by") as one, after a name the gazetteer lacks too', () => {
    expect(subject('Orbis, founded in 2023 by former researchers from Zephyr and Kestrel, is valued at $3 billion.', '$3 billion')).toBe('orbis');
    // The name before the aside is unknown: no subject rather than one of the founders' former employers.
    expect(subject('Lumio, founded in 2023 by former researchers from Zephyr and Kestrel, has raised more than $3 billion.', 'more than $3 billion', 'funding')).toBeUndefined();
    expect(subject('Lumio, set up by engineers who left Halvern, raised $500 million.', '$500 million', 'funding')).toBeUndefined();
  });
});
