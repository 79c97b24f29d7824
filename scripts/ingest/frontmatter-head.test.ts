import { describe, expect, it } from 'vitest';
import { headFields } from './frontmatter-head.ts';
import { ingestAll } from './pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = `head:
  - - meta
    - name: author
      content: Ola Nordmann
  - - meta
    - property: article:published_time
      content: 2031-03-06T09:30:00+01:00
  - - meta
    - property: og:site_name
      content: Harbour Notes
  - - link
    - rel: canonical
      href: https://notes.example.org/cranes`;

describe('VitePress `head:` metadata', () => {
  it('reads the facts its <meta> and canonical <link> pairs state', () => {
    expect(headFields([['meta', { name: 'author', content: 'Ola Nordmann' }], ['meta', { property: 'og:url', content: 'https://a.example.org/x' }], ['script', { src: 'x.js' }]])).toEqual({ author: 'Ola Nordmann', url: 'https://a.example.org/x' });
    // A profile link is no name; anything but a list of pairs states nothing.
    expect(headFields([['meta', { name: 'author', content: 'https://example.org/ola' }]])).toBeUndefined();
    expect(headFields({ meta: 'x' })).toBeUndefined();
  });

  it('gives a page its author, date, publisher and URL, and the frontmatter\'s own keys win', () => {
    const md = `---\ntitle: Harbour Cranes Double Output\n${HEAD}\noutline: deep\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.`;
    const { articles, errors, warnings } = ingestAll([{ file: 'content/articles/vp.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ authors: ['Ola Nordmann'], date: { iso: '2031-03-06T09:30' }, publisher: 'Harbour Notes', url: 'https://notes.example.org/cranes' });
    expect(warnings.map((w) => w.message)).toEqual(['unknown metadata field "outline" was ignored']);
    const own = md.replace('outline: deep', 'author: Kari Hansen\ndate: 2031-03-07');
    expect(ingestAll([{ file: 'content/articles/vp.md', bytes: enc(own) }]).articles[0]).toMatchObject({ authors: ['Kari Hansen'], date: { iso: '2031-03-07' } });
  });

  it('leaves a tag the schema rejects unread instead of failing the page', () => {
    const md = `---\ntitle: Harbour Cranes Double Output\nhead:\n  - - meta\n    - property: article:published_time\n      content: last Tuesday\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.`;
    const { articles, errors } = ingestAll([{ file: 'content/articles/vp.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]!.title).toBe('Harbour Cranes Double Output');
  });
});
