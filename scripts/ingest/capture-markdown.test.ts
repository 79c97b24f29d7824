import { describe, expect, it } from 'vitest';
import { ingestArticle } from './pipeline.ts';
import { BODY } from './header-fixture.ts';
import { readMeta } from './header-line.ts';
import { plain } from './headline.ts';

const md = (text: string) => ingestArticle({ file: 'content/articles/note.md', bytes: new TextEncoder().encode(text) });

describe("a note app's callout of the clipped page's fields", () => {
  it('reads the site and address, the author, the date, and no section as the outlet', () => {
    const a = md(
      [
        '# Harbour pilots test a shared scheduling model',
        '',
        '> 🔗 **Clipped from** [Fjord Tech Review](https://fjordtech.example/2031/03/pilots)',
        '> **Author:** Ines Varga · **Published:** 4 March 2031 · **Section:** Ports',
        '',
        BODY,
        '',
        BODY,
      ].join('\n'),
    );
    expect({ url: a.url, publisher: a.publisher, authors: a.authors, date: a.date?.iso }).toEqual({
      url: 'https://fjordtech.example/2031/03/pilots',
      publisher: 'Fjord Tech Review',
      authors: ['Ines Varga'],
      date: '2031-03-04',
    });
  });
  it('leaves a quoted sentence alone', () => {
    expect(plain('> "We will not wait for the rules," she said.')).toBe('> "We will not wait for the rules," she said.');
    expect(readMeta(plain('Via [Fjord Tech Review](https://fjordtech.example/x)'), false)).toMatchObject({ role: 'url', publisher: 'Fjord Tech Review' });
  });
});
