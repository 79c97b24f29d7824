import { describe, expect, it } from 'vitest';
import { countWords, extract, inferTitle } from './extract.ts';
import { normalise } from './normalise.ts';
import { segment } from './segment.ts';
import type { DecodedArticle } from '../core/article.ts';

const run = (text: string) => {
  const decoded: DecodedArticle = { file: 'content/articles/t.txt', text: normalise(text), encoding: 'utf-8', warnings: [] };
  return extract(decoded, segment(decoded.text), 't');
};

describe('extract', () => {
  it('numbers paragraphs p1, p2, … in reading order, skipping headings', () => {
    const a = run('Title\n\nFirst paragraph of the body.\n\nA Short Heading\n\nSecond paragraph, long enough to follow a heading line in a real article, as they do.');
    expect(a.body.map((b) => b.id)).toEqual(['p1', 'a-short-heading', 'p2']);
    expect(a.body.filter((b) => b.type === 'paragraph').map((b) => b.n)).toEqual([1, 2]);
  });

  it('keeps heading ids unique and never equal to a paragraph id', () => {
    const para = 'A paragraph long enough to follow a heading, so that the line above it is one.';
    const a = run(`Title\n\n${para}\n\nP1\n\n${para}\n\nP1\n\n${para}`);
    const ids = a.body.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes the date, author and publisher only when the text states them', () => {
    const dated = run('Title\n\nJan 3, 2025\n\nBy Ada Lovelace, Example Times\n\nBody text.');
    expect(dated.date).toEqual({ iso: '2025-01-03', text: 'Jan 3, 2025' });
    expect(dated).toMatchObject({ authors: ['Ada Lovelace'], publisher: 'Example Times' });
    const plain = run('Title\n\nBody text without any metadata.');
    expect(plain.date).toBeUndefined();
    expect(plain.authors).toEqual([]);
    expect(plain.publisher).toBeUndefined();
  });

  it('reads the author from an "About the Author" note', () => {
    const a = run('Title\n\nBody.\n\nAbout the Author\n\nGrace Hopper is a writer who covers compilers and languages, after a long career in computing.');
    expect(a.authors).toEqual(['Grace Hopper']);
  });

  it('infers a title from the first sentence when there is no headline, and says so', () => {
    const a = run(`${'A very long opening sentence that goes on and on about chips and models and money '.repeat(2)}. Second sentence.`);
    expect(a.titleInferred).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.title.endsWith('…')).toBe(true);
  });

  it('counts words, including scripts without spaces', () => {
    expect(countWords("DeepSeek's R1 costs $5.6 million.")).toBe(5);
    expect(countWords('人工智能')).toBe(4);
  });

  it('shortens inferred titles at a word boundary', () => {
    expect(inferTitle('Short one. Then more.')).toBe('Short one');
  });
});
