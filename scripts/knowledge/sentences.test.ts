import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../core/match.ts';
import { link } from '../ingest/link.ts';
import { ingestArticle } from '../ingest/pipeline.ts';
import { validateGazetteer } from '../core/entity.ts';
import { paragraphLookup, resolveSentence } from './sentences.ts';

// Invented names and text: nothing here comes from the seed articles.
const matcher = compileGazetteer(
  validateGazetteer('- name: Quarry Labs\n  type: organisation\n  description: An invented laboratory for tests.\n', 'entities.yaml'),
);
const article = link(
  ingestArticle({
    file: 'content/articles/quarry.txt',
    bytes: new TextEncoder().encode('Quarry news\n\nIt rained.   Quarry Labs raised $40 million in 2031. It grew.\n\nQuarry Labs cut prices by 20%.'),
  }),
  matcher,
);
const paragraphs = paragraphLookup([article]);

describe('sentences pointed at by offsets', () => {
  it('resolves mentions, figures and years to the trimmed sentence of their paragraph', () => {
    const at = (ref: { p: number; start: number; end: number }) => resolveSentence(paragraphs, { source: article.slug, ...ref });
    expect(article.mentions.map(at)).toEqual(['Quarry Labs raised $40 million in 2031.', 'Quarry Labs cut prices by 20%.']);
    expect(article.figures.map((f) => [f.text, at(f)])).toEqual([
      ['$40 million', 'Quarry Labs raised $40 million in 2031.'],
      ['20%', 'Quarry Labs cut prices by 20%.'],
    ]);
    expect(article.years.map(at)).toEqual(['Quarry Labs raised $40 million in 2031.']);
  });

  it('throws, naming the source and paragraph, for a reference that does not fit the article', () => {
    expect(() => resolveSentence(paragraphs, { source: article.slug, p: 9, start: 0, end: 4 })).toThrow(`sources/${article.slug}/#p9`);
    expect(() => resolveSentence(paragraphs, { source: article.slug, p: 1, start: 0, end: 999 })).toThrow(/re-run the ingest/);
  });
});
