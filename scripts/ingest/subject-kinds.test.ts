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
- name: Zephyr
  type: organisation
  description: An invented investor.
- name: Vantor
  type: organisation
  description: An invented data-labelling start-up.
- name: OrbChat
  type: model
  partOf: Orbis
  description: Orbis's invented chatbot.
- name: Kiln
  type: organisation
  description: An invented chipmaker.
- name: K90
  type: chip
  partOf: Kiln
  description: Kiln's invented accelerator.
`,
    'entities.yaml',
  ),
);
/** Each figure of an invented article as [text, entity or name]. */
const subjects = (paragraphs: string[]) =>
  link(ingestArticle({ file: 'content/articles/k.txt', bytes: new TextEncoder().encode(['Headline', '', ...paragraphs].join('\n\n')) }), matcher).figures.map((f) => [f.text, f.entity ?? f.subjectName ?? null]);

describe('figure subjects: a product named as its maker\'s description', () => {
  it('reads "the OrbChat maker" and "the maker of OrbChat" as Orbis, over a backer named as the round\'s lead', () => {
    expect(subjects(['The OrbChat maker is closing a round led by Zephyr that would value it at $90 billion.'])).toEqual([['$90 billion', 'orbis']]);
    expect(subjects(['Zephyr led a round that values the maker of OrbChat at $90 billion.'])).toEqual([['$90 billion', 'orbis']]);
    // The product itself, not described as a maker, keeps its own figures.
    expect(subjects(['OrbChat has 40 million weekly users.'])).toEqual([['40 million weekly users', 'orbchat']]);
  });
});

describe('figure subjects: the company a deal values', () => {
  it('reads "valuing the start-up at" as the valuation of the company the money went into, not the investor\'s', () => {
    expect(subjects(['Zephyr is investing $5 billion in Vantor for a 40% stake, valuing the data-labelling start-up at more than $12 billion.']).at(-1)).toEqual(['more than $12 billion', 'vantor']);
    expect(subjects(['Zephyr agreed to buy a stake in Vantor, a deal that values the six-year-old company at $12 billion.'])).toEqual([['$12 billion', 'vantor']]);
    // The investor's own figure stays the investor's.
    expect(subjects(['Zephyr is investing $5 billion in Vantor.'])[0]).toEqual(['$5 billion', 'zephyr']);
  });
});

describe('figure subjects: a rate per GPU-hour', () => {
  it("is the rented chip's, where the sentence names one, even inside a count", () => {
    expect(subjects(['I rented a node with eight K90 GPUs from a cloud for $2.10 per GPU-hour.']).at(-1)).toEqual(['$2.10 per GPU-hour', 'k90']);
    expect(subjects(['Rental prices are about $2 to $3 per GPU-hour for Kiln K90 chips, Orbis says.'])).toEqual([['about $2 to $3 per GPU-hour', 'k90']]);
  });
});

