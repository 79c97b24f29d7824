import { describe, expect, it } from 'vitest';
import { checkCitations } from './check.ts';
import { lookupFromArticles } from './corpus.ts';
import { citationsInMdx } from './parse.ts';

const source = {
  slug: 'deepseek-costs',
  title: 'DeepSeek costs',
  body: [
    { type: 'paragraph' as const, id: 'p1', n: 1, line: 3, text: 'V3 was trained using a mere $5.6 million worth of computing power.', inlines: [] },
    { type: 'paragraph' as const, id: 'p2', n: 2, line: 5, text: 'Prices fell by as much as 90% throughout 2024.', inlines: [] },
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
  });

  it('rejects a missing source, naming line and column', () => {
    const [p] = check('\n\nClaim<Cite source="nope" p="1" />.');
    expect(p).toMatchObject({ line: 3, column: 6 });
    expect(p?.message).toMatch(/"nope", which is not in content\/articles/);
  });

  it('rejects a missing paragraph', () => {
    expect(check('Claim<Cite source="deepseek-costs" p="9" />.')[0]?.message).toMatch(/paragraph p9, but that source has 2 paragraphs/);
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
});
