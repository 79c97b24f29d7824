import { describe, expect, it } from 'vitest';
import { checkCitations } from './check.ts';
import { lookupFromArticles } from './corpus.ts';
import { citationsInMdx } from './parse.ts';

const source = {
  slug: 'deepseek-costs',
  title: 'DeepSeek costs',
  body: [
    { type: 'paragraph' as const, id: 'p1', n: 1, line: 3, text: 'V3 was trained using a mere $5.6 million worth of computing power.', links: [] },
    { type: 'paragraph' as const, id: 'p2', n: 2, line: 5, text: 'Prices fell by as much as 90% throughout 2024.', links: [] },
    { type: 'paragraph' as const, id: 'p3', n: 3, line: 7, text: 'Liang said that "money has never been the problem for us; bans on shipments of advanced chips are the problem."', links: [] },
    { type: 'paragraph' as const, id: 'p4', n: 4, line: 9, text: 'The company’s founder called the   model “a joint effort”.', links: [] },
  ],
};
const lookup = lookupFromArticles([source]);
const check = (mdx: string) => checkCitations(citationsInMdx(mdx), lookup);

describe('citations', () => {
  it('finds each citation with the sentence it closes and its position', () => {
    const uses = citationsInMdx('---\ntitle: T\n---\n\nFirst claim<Cite source="a" p="1" />. Second claim cost $5<Cite source="b" p="2,3" />.');
    expect(uses.map((u) => [u.source, u.paragraphs, u.sentence, u.line])).toEqual([
      ['a', [1], 'First claim', 5],
      ['b', [2, 3], 'Second claim cost $5', 5],
    ]);
  });

  it('accepts a valid citation', () => {
    expect(check('V3 cost $5.6 million to train<Cite source="deepseek-costs" p="1" />.')).toEqual([]);
  });

  it('pools adjacent citations for one sentence', () => {
    expect(check('It cost $5.6 million, and prices fell 90%<Cite source="deepseek-costs" p="1" /><Cite source="deepseek-costs" p="2" />.')).toEqual([]);
    expect(check('It cost $5.6 million, and prices fell 90%<Cite source="deepseek-costs" p="1" /> <Cite source="deepseek-costs" p="2" />.')).toEqual([]);
    // The same sentence written twice is two sentences: the second is checked against its own citation.
    expect(check('It cost $5.6 million<Cite source="deepseek-costs" p="1" />. It cost $5.6 million<Cite source="deepseek-costs" p="2" />.')).toHaveLength(1);
  });

  it('rejects a missing source, naming line and column', () => {
    const [p] = check('\n\nClaim<Cite source="nope" p="1" />.');
    expect(p).toMatchObject({ line: 3, column: 6 });
    expect(p?.message).toMatch(/"nope", which is not in content\/articles/);
  });

  it('rejects a missing paragraph', () => {
    expect(check('Claim<Cite source="deepseek-costs" p="9" />.')[0]?.message).toMatch(/paragraph p9, but that source has 4 paragraphs/);
  });

  it('rejects a malformed paragraph attribute', () => {
    expect(check('Claim<Cite source="deepseek-costs" p="one" />.')[0]?.message).toMatch(/needs p=/);
  });

  it('rejects a figure the cited paragraph does not contain', () => {
    const [p] = check('Training V3 cost $6 million<Cite source="deepseek-costs" p="1" />.');
    expect(p?.message).toMatch(/figure "\$6 million" .* does not appear in the cited paragraph/);
  });

  it('checks figures per sentence, not per paragraph of the page', () => {
    expect(check('In 2024 prices fell by 90%<Cite source="deepseek-costs" p="2" />. Training cost $5.6 million<Cite source="deepseek-costs" p="1" />.')).toEqual([]);
  });

  it('accepts a quotation that appears word for word in the cited paragraph', () => {
    expect(check('Liang said “money has never been the problem for us”<Cite source="deepseek-costs" p="3" />.')).toEqual([]);
  });

  it('rejects an altered quotation, naming line and column', () => {
    const [p, more] = check('Intro.\n\nLiang said “money was never the problem for us”<Cite source="deepseek-costs" p="3" />.');
    expect(more).toBeUndefined();
    expect(p).toMatchObject({ line: 3, column: 48 });
    expect(p?.message).toMatch(/quotation “money was never the problem for us” does not appear verbatim in the cited paragraph \(deepseek-costs p3\)/);
  });

  it('rejects a quotation taken from another, uncited paragraph of the same source', () => {
    const [p] = check('The founder called it “a joint effort”<Cite source="deepseek-costs" p="3" />.');
    expect(p?.message).toMatch(/quotation “a joint effort” does not appear verbatim/);
    // Cited alongside the right paragraph, the same sentence passes.
    expect(check('The founder called it “a joint effort”<Cite source="deepseek-costs" p="3" /><Cite source="deepseek-costs" p="4" />.')).toEqual([]);
  });

  it('normalises only quotation-mark glyphs and white space', () => {
    // Straight quotes in the page, curly apostrophe and a run of spaces in the source.
    expect(check('He wrote "The company\'s founder called the model"<Cite source="deepseek-costs" p="4" />.')).toEqual([]);
    // A quotation inside a quotation may switch from double to single marks.
    expect(check('It was “the model ‘a joint effort’”<Cite source="deepseek-costs" p="4" />.')).toEqual([]);
    // Case and punctuation are not normalised.
    expect(check('He wrote “the company’s founder called the model”<Cite source="deepseek-costs" p="4" />.')).toHaveLength(1);
    expect(check('Liang said “money has never been the problem for us.”<Cite source="deepseek-costs" p="3" />.')).toHaveLength(1);
  });

  it('reads an ellipsis in a quotation as an omission, keeping the order', () => {
    expect(check('Liang said “money has never been … the problem”<Cite source="deepseek-costs" p="3" />.')).toEqual([]);
    expect(check('Liang said “the problem … money has never been”<Cite source="deepseek-costs" p="3" />.')).toHaveLength(1);
  });

  it('checks each quotation of the sentence, including one opened in an earlier sentence', () => {
    const uses = citationsInMdx('He said “It is cheap. Money has never been the problem”<Cite source="deepseek-costs" p="3" />. Then “x” and “y”<Cite source="deepseek-costs" p="3" />.');
    expect(uses.map((u) => u.quotations)).toEqual([['It is cheap. Money has never been the problem'], ['x', 'y']]);
  });

  it('ignores a straight quotation mark without a partner and quotations in other sentences', () => {
    expect(check('A 5" screen, “made up” earlier. Money has never been the problem<Cite source="deepseek-costs" p="3" />.')).toEqual([]);
  });
});
