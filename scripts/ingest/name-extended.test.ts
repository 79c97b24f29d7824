import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer, findMentions } from '../core/match.ts';
import { link } from './link.ts';
import { ingestArticle } from './pipeline.ts';
import { extendedName } from './name-extended.ts';

const gazetteer = validateGazetteer(
  `
- name: Acme Labs
  type: organisation
  aliases: [Acme]
  description: An invented AI developer.
- name: Zephyr
  type: model
  partOf: Acme Labs
  description: Acme's invented model.
- name: Borealis
  type: organisation
  description: Another invented AI developer.
`,
  'entities.yaml',
);
const matcher = compileGazetteer(gazetteer);
const entity = (slug: string) => gazetteer.find((e) => e.slug === slug);
/** The longer name of the first mention in `text`. */
const longer = (text: string) => {
  const mentions = findMentions(text, matcher);
  return extendedName(text, 0, mentions[0]!, entity(mentions[0]!.entity), mentions);
};
const figures = (body: string) =>
  link(ingestArticle({ file: 'content/articles/a.txt', bytes: new TextEncoder().encode(`Longer names\n\n${body}`) }), matcher).figures.map((f) => [f.text, f.entity ?? f.subjectName]);

describe('extendedName', () => {
  it('reads a product owned by a listed company, as its clause subject, as a name of its own', () => {
    expect(longer("Acme's Nimbus-9, released in May, charges $3 per million input tokens.")).toBe('Nimbus-9');
    expect(longer("Acme's nimbus2 has 30 billion parameters.")).toBe('nimbus2');
  });
  it('leaves the company where what follows is not a product that is the subject', () => {
    // A noun after the capitalised words: they describe it.
    expect(longer("Acme's Frankfurt-listed shares fell 4%.")).toBeUndefined();
    // A part of the business, a person speaking, a people, a common acronym, a known model.
    expect(longer("Acme's Cloud revenue rose 20%.")).toBeUndefined();
    expect(longer("Acme's Cloud Services Group grew 20%.")).toBeUndefined();
    expect(longer("Acme's Jane Doe said the company spent $2 billion.")).toBeUndefined();
    expect(longer("Acme's American depositary receipts rose 5%.")).toBeUndefined();
    expect(longer("Acme's AI spending reached $2 billion.")).toBeUndefined();
    expect(longer("Acme's Zephyr costs $3 per million input tokens.")).toBeUndefined();
  });
  it('reads a numbered version glued to a listed model as another model, not a tier word or the base checkpoint', () => {
    expect(longer('Zephyr-Q4.1-Lite costs $0.20 per million input tokens.')).toBe('Zephyr-Q4.1-Lite');
    expect(longer('Zephyr-Max costs $2 per million input tokens.')).toBeUndefined();
    expect(longer('Zephyr-Base was trained for $4 million.')).toBeUndefined();
    // Glued to a company's name, a model is still the company's (its broader subject).
    expect(longer('Acme-Z2 costs $1 per million input tokens.')).toBeUndefined();
  });
});

describe('figures of a longer name', () => {
  it('gives the figure to the product, not to its owner', () => {
    expect(figures("Borealis's Aurora-3, launched last week, charges $4 per million input tokens.")).toContainEqual(['$4 per million input tokens', 'Aurora-3']);
  });
  it('keeps a plain company possessive as the company', () => {
    expect(figures("Borealis's capital spending reached $4 billion.")).toContainEqual(['$4 billion', 'borealis']);
  });
});
