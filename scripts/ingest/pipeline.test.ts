import { describe, expect, it } from 'vitest';
import { ingestAll, isArticleFile, slugForFile } from './pipeline.ts';

const raw = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

describe('pipeline', () => {
  it('slugs come from file names, and only .txt/.md/.html files that are not hidden or drafts are articles', () => {
    expect(slugForFile('content/articles/000_CF78.txt')).toBe('000_cf78');
    expect(isArticleFile('a.txt')).toBe(true);
    expect(isArticleFile('a.MD')).toBe(true);
    expect(isArticleFile('saved-page.html')).toBe(true);
    expect(isArticleFile('_draft.txt')).toBe(false);
    expect(isArticleFile('.DS_Store')).toBe(false);
    expect(isArticleFile('photo.jpg')).toBe(false);
  });

  it('reports a bad file and still ingests the others, sorted by file name', () => {
    const r = ingestAll([raw('b.txt', 'Title B\n\nBody.'), raw('empty.txt', ''), raw('a.txt', 'Title A\n\nBody.')]);
    expect(r.articles.map((a) => a.slug)).toEqual(['a', 'b']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'empty.txt' });
  });

  it('reports both files when two names give the same page address', () => {
    const r = ingestAll([raw('x/Deep Seek.txt', 'T\n\nBody.'), raw('y/deep-seek.md', 'T\n\nBody.')]);
    expect(r.articles).toHaveLength(0);
    expect(r.errors.map((e) => e.file).sort()).toEqual(['x/Deep Seek.txt', 'y/deep-seek.md']);
    expect(r.errors[0]?.message).toMatch(/also claimed by/);
  });

  it('gives two articles with the same title two pages', () => {
    const r = ingestAll([raw('one.txt', 'Same Title\n\nBody one.'), raw('two.txt', 'Same Title\n\nBody two.')]);
    expect(r.articles.map((a) => [a.slug, a.title])).toEqual([
      ['one', 'Same Title'],
      ['two', 'Same Title'],
    ]);
  });

  it('is deterministic: same input, same output', () => {
    const input = [raw('a.txt', 'T\n\nJan 3, 2025\n\nBody $5.6 million.')];
    expect(JSON.stringify(ingestAll(input))).toBe(JSON.stringify(ingestAll([...input])));
  });
});
