import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../core/entity.ts';
import { compileGazetteer } from '../core/match.ts';
import { link } from './link.ts';
import { nameKey } from './name-subject.ts';
import { ingestArticle } from './pipeline.ts';

const matcher = compileGazetteer(
  validateGazetteer(
    `
- name: Orbis
  type: organisation
  description: An invented AI lab.
- name: Zephyr
  type: organisation
  description: Another invented AI lab.
- name: Quill Bot
  type: model
  partOf: Zephyr
  description: Zephyr's invented chatbot.
`,
    'entities.yaml',
  ),
);
/** Each figure of an invented article as [text, entity, name, how the subject was found]. */
const subjects = (paragraphs: string[]) =>
  link(ingestArticle({ file: 'content/articles/n.txt', bytes: new TextEncoder().encode(['Headline', '', ...paragraphs].join('\n\n')) }), matcher).figures.map((f) => [
    f.text,
    f.entity ?? null,
    f.subjectName ?? null,
    f.subjectFrom ?? null,
  ]);

describe('link stage: a subject the gazetteer lacks is recorded by its name', () => {
  it('reads the name opening the sentence, the name valued, a possessive name, as written', () => {
    expect(subjects(['Kestrel Labs raised $2 billion in June.'])).toEqual([['$2 billion', null, 'Kestrel Labs', 'sentence']]);
    expect(subjects(['Orbis led a $1 billion round that values Vantor at $9 billion, the two companies said.', 'Analysts cheered Vantor.']).at(1)).toEqual([
      '$9 billion',
      null,
      'Vantor',
      'sentence',
    ]);
    expect(subjects(["Partners praised Vantor's growth.", "Vantor's valuation has doubled: it was $4 billion in March."])).toEqual([['$4 billion', null, 'Vantor', 'sentence']]);
    // A name the article writes only capitalised inside sentences, when it opens one; an aside of known names does not take it over.
    expect(subjects(['Analysts cheered Vantor.', 'Vantor, founded by former Orbis and Zephyr researchers, has raised $3 billion.'])).toEqual([['$3 billion', null, 'Vantor', 'sentence']]);
  });
  it('reads a model\'s code name in lower case as a name, set off after a description or opening a sentence the splitter left joined', () => {
    expect(subjects(['Orbis released open models. The larger of the two, kestrel-90b, has about 90 billion parameters.'])).toEqual([['about 90 billion parameters', null, 'kestrel-90b', 'sentence']]);
    expect(subjects(['Orbis released models. Each uses experts to save compute. kestrel-90b has 88 billion total parameters.']).at(0)).toEqual(['88 billion total parameters', null, 'kestrel-90b', 'sentence']);
    // Not a lower-case word without digits, nor a date.
    expect(subjects(['Orbis released a model. Each uses experts to save compute. mid-2025 saw 200,000 GPUs installed.']).at(0)?.[2]).toBe(null);
  });
  it('reads no subject from a lead named after the figure behind a description ("a round led by the Dutch chip equipment maker Orbis")', () => {
    expect(subjects(['Vantor, the Paris start-up, is now valued at nearly €12 billion after a round led by the Dutch chip equipment maker Orbis.'])).toEqual([['nearly €12 billion', null, 'Vantor', 'sentence']]);
  });
  it('lets "its" and "the start-up" in the next sentence point back to that name, not to a gazetteer entity named before', () => {
    expect(subjects(['Orbis shipped a model.', 'Analysts cheered Vantor.', 'Vantor, a rival of Zephyr, has 300 employees.', 'Its valuation was $4 billion in June.'])).toEqual([
      ['300 employees', null, 'Vantor', 'sentence'],
      ['$4 billion', null, 'Vantor', 'sentence'],
    ]);
    // A description valued is the one name the sentence names; a name after "the" describes a noun ("the Paris start-up").
    expect(subjects(['The Veldhoven group put $1 billion into a round that values the Paris start-up at $9 billion, making Orbis the lead and Vantor a partner.']).at(-1)?.[2]).toBe(null);
    expect(subjects(['The Veldhoven group put money into a round that values the Paris start-up at $9 billion, making it Vantor\'s largest shareholder.'])).toEqual([['$9 billion', null, 'Vantor', 'sentence']]);
  });
  it('reads the name a sentence opens with where a description set off by commas follows it, not what the text was last about', () => {
    // "the company behind…" describes the name before it: no reference back to Orbis.
    expect(subjects(['Orbis cut its prices.', 'Vantrix, the company behind the Loom design app, raised $400 million at a $3 billion valuation.'])).toEqual([
      ['$400 million', null, 'Vantrix', 'sentence'],
      ['$3 billion', null, 'Vantrix', 'sentence'],
    ]);
    // After an opening phrase of time; "maker of" as the description; a name of two words described by a known name's founder.
    expect(subjects(['Orbis cut its prices.', 'A week later, Vantrix, maker of the Loom design app, raised $400 million.'])).toEqual([['$400 million', null, 'Vantrix', 'sentence']]);
    expect(subjects(['Zephyr shipped a model.', 'Harbor Light, the lab started by a former Zephyr researcher, was valued at $6 billion in May.'])).toEqual([['$6 billion', null, 'Harbor Light', 'sentence']]);
    // A description opening the sentence still points back ("The company, which…"); a single word without one is no name.
    expect(subjects(['Orbis shipped a model.', 'The company, which has 300 staff, raised $1 billion.']).at(-1)).toEqual(['$1 billion', 'orbis', null, 'sentence']);
    expect(subjects(['Orbis shipped a model.', 'Meanwhile, prices fell 20% in May.'])[0]?.[2]).toBe(null);
  });
  it('reads the clause after "while" or a semicolon as a sentence of its own, and a speaker speaking of its own as the subject', () => {
    expect(subjects(['Orbis plans to spend $60 billion this year, while Vantrix has said its capital spending will reach $45 billion in 2025.'])).toEqual([
      ['$60 billion', 'orbis', null, 'sentence'],
      ['$45 billion', null, 'Vantrix', 'sentence'],
    ]);
    // A descriptor capitalised as the clause's first word is not part of the name.
    expect(subjects(['Orbis cut prices; Rival Vantrix said it would spend $2 billion on chips.']).at(-1)?.[2]).toBe('Vantrix');
    // A speaker speaking of another is not the subject.
    expect(subjects(['Orbis grew fast; Kestrel Labs has said Zephyr employs 300 people.']).at(-1)?.[2]).not.toBe('Kestrel Labs');
  });
  it('reads no name from an ordinary first word, a people, a dateline, a speaker or a part of a business', () => {
    // "Revenue" opens a sentence but the article also writes "revenue": no name.
    expect(subjects(['Revenue rose 12% in the quarter, and revenue per user fell.'])).toEqual([['12%', null, null, null]]);
    expect(subjects(['Chinese AI start-ups raised $5 billion last year.'])[0]?.[2]).toBe(null);
    expect(subjects(['SAN JOSE, Calif. — Orbis raised $2 billion.'])[0]).toEqual(['$2 billion', 'orbis', null, 'sentence']);
    expect(subjects(['Analysts cheered Paris.', 'PARIS, Feb 10 — Officials plan to spend €200 billion on computing.'])[0]?.[2]).not.toBe('PARIS');
    expect(subjects(['Zephyr shipped a model.', 'Alexandr Wang has claimed that the lab has 50,000 chips.'])[0]?.[2]).toBe(null);
    expect(subjects(['Orbis shipped a model.', 'Data Center revenue rose 26% in the quarter.'])[0]?.[2]).toBe(null);
  });
  it('files a short form of a gazetteer name under that entity ("Quill" for Quill Bot)', () => {
    expect(subjects(['Users love Quill.', 'Quill had 20 million users in December.'])[0]?.slice(1, 3)).toEqual(['quill-bot', null]);
  });
  it('never replaces an entity the sentence names', () => {
    expect(subjects(['Orbis is valued at $9 billion, Vantor said.'])).toEqual([['$9 billion', 'orbis', null, 'sentence']]);
  });
});

describe('nameKey', () => {
  it('groups a name across case, a leading "the", a possessive, a company form and a last word of kind, but not other words', () => {
    expect(nameKey("The Acme Corp.'s")).toBe('acme');
    expect(nameKey('ACME Inc')).toBe('acme');
    expect(nameKey('Acme, Ltd.')).toBe('acme');
    expect(nameKey('Thinking Machines Lab')).toBe('thinking machines');
    expect(nameKey('Mistral AI')).toBe(nameKey('Mistral'));
    expect(nameKey('Kestrel Labs')).toBe('kestrel');
    expect(nameKey('AI')).toBe('ai');
    expect(nameKey('Mistral Compute')).not.toBe(nameKey('Mistral'));
  });
});
