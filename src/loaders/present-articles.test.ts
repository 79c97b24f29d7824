import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPresentArticles } from './present-articles.ts';

const root = mkdtempSync(join(tmpdir(), 'present-articles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readPresentArticles (the files of one loader run)', () => {
  it('leaves out a file removed since the listing, reads the others with their sidecars, and fails on any other error', async () => {
    const dir = join(root, 'content/articles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Headline A\n\nA paragraph.\n');
    writeFileSync(join(dir, 'b.txt'), 'Headline B\n\nA paragraph.\n');
    writeFileSync(join(dir, 'b.meta.yaml'), 'publisher: Example\n');
    const listed = ['a.txt', 'removed.txt', 'b.txt'].map((f) => join(dir, f));

    const raws = await readPresentArticles(listed, root);
    expect(raws.map((r) => [r.file, r.meta?.file])).toEqual([
      ['content/articles/a.txt', undefined],
      ['content/articles/b.txt', 'content/articles/b.meta.yaml'],
    ]);
    expect(new TextDecoder().decode(raws[1]!.bytes)).toBe('Headline B\n\nA paragraph.\n');

    // A path that is there but cannot be read as a file is an error, not a removal.
    mkdirSync(join(dir, 'folder.txt'));
    await expect(readPresentArticles([join(dir, 'folder.txt')], root)).rejects.toThrow(/EISDIR/);
  });
});
