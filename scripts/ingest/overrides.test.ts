import { describe, expect, it } from 'vitest';
import { checkHttpUrl, parseArticleMeta, splitFrontmatter } from './overrides.ts';
import { ingestAll, ingestArticle } from './pipeline.ts';
import { BODY } from './header-fixture.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const problem = (yaml: string) => {
  try {
    parseArticleMeta(yaml, 'content/articles/a.md', 2);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
};

describe('article metadata overrides', () => {
  it('overrides inferred title, date, author, publisher, url and topics from .md frontmatter', () => {
    const md = '---\ntitle: The Real Headline\ndate: 2025-01-20\nauthor: Ada Lovelace\npublisher: Example Times\nurl: https://example.com/a\ntopics: [capital]\n---\nscraped first line that is long enough to be taken for text, as it happens.\n\nBody.';
    const { articles, errors } = ingestAll([{ file: 'content/articles/a.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'The Real Headline',
      titleInferred: false,
      date: { iso: '2025-01-20' },
      authors: ['Ada Lovelace'],
      publisher: 'Example Times',
      url: 'https://example.com/a',
      topics: ['capital'],
    });
    // Body line numbers still match the file.
    expect(articles[0]?.body[0]?.line).toBe(9);
  });

  it('ignores frontmatter fields of a blog export (tags, slug) with a warning naming file, line and field; the page is built', () => {
    const md = '---\ntitle: Harbour Cranes Double Output\ntags: [ports, logistics]\nslug: harbour-cranes\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    const { articles, errors, warnings } = ingestAll([{ file: 'content/articles/blog.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]?.title).toBe('Harbour Cranes Double Output');
    expect(warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'content/articles/blog.md:3: unknown metadata field "tags" was ignored',
      'content/articles/blog.md:4: unknown metadata field "slug" was ignored',
    ]);
  });

  it('reads the keys web clippers and blog generators use for the same facts (published, source, wiki-linked authors)', () => {
    const md = '---\ntitle: Harbour Cranes Double Output\nsource: "https://harbour.example.org/cranes"\nauthor:\n  - "[[Ola Nordmann]]"\npublished: 2031-03-06\ncreated: 2031-03-09\nsite: Harbour Gazette\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    const { articles, errors, warnings } = ingestAll([{ file: 'content/articles/clip.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ url: 'https://harbour.example.org/cranes', authors: ['Ola Nordmann'], date: { iso: '2031-03-06' }, publisher: 'Harbour Gazette' });
    expect(warnings.map((w) => w.message)).toEqual(['unknown metadata field "created" was ignored']);
  });

  it('names an author written as a mailbox ("Name <email>", as manifests and feeds write it) by the name', () => {
    for (const author of ['"Ola Nordmann <ola@harbour.example.org>"', '["Ola Nordmann <ola@harbour.example.org> (https://harbour.example.org)"]']) {
      const md = `---\ntitle: Harbour Cranes Double Output\nauthor: ${author}\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.`;
      expect(ingestAll([{ file: 'content/articles/m.md', bytes: enc(md) }]).articles[0]?.authors).toEqual(['Ola Nordmann']);
    }
  });

  it('reads `Key: value` metadata lines without fences (Pelican, MultiMarkdown) as frontmatter, and keeps them out of the body', () => {
    const md = 'Title: Harbour Cranes Double Output\nDate: 2031-03-06 18:30\nModified: 2031-03-09 09:00\nAuthors: Ola Nordmann, Kari Hansen\nSummary: Why the cranes matter: a note.\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    const { articles, errors, warnings } = ingestAll([{ file: 'content/articles/p.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Harbour Cranes Double Output', date: { iso: '2031-03-06T18:30' }, authors: ['Ola Nordmann', 'Kari Hansen'] });
    expect(articles[0]?.publisher).toBeUndefined();
    expect(articles[0]?.body.map((b) => ('text' in b ? b.text : ''))).toEqual(['The harbour authority said its new cranes move twice as many containers an hour.']);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[3, 'unknown metadata field "modified" was ignored'], [5, 'unknown metadata field "summary" was ignored']]);
    // A date in words is read; a value the schema rejects is an ignored field with its warning, never an error.
    const loose = 'Title: Harbour Cranes\nDate: March 6, 2031\nURL: harbour.example.org/cranes\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    const r = ingestAll([{ file: 'content/articles/r.md', bytes: enc(loose) }]);
    expect(r.errors).toEqual([]);
    expect(r.articles[0]).toMatchObject({ title: 'Harbour Cranes', date: { iso: '2031-03-06' } });
    expect(r.articles[0]?.url).toBeUndefined();
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([[3, 'unknown metadata field "url_as_written" was ignored']]);
    // A first paragraph that merely has a colon, or key lines without a title, is text.
    const prose = 'Note: the cranes arrived late.\nWhy: the ship was delayed.\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    expect(ingestAll([{ file: 'content/articles/q.md', bytes: enc(prose) }]).articles[0]?.body.length).toBeGreaterThan(1);
  });

  it('reads a date written as an object by its publication key (MkDocs Material: created, updated)', () => {
    const md = '---\ndate:\n  created: 2031-04-30\n  updated: 2031-05-02\n---\n\nThe ferry line added two night crossings after a busy spring.';
    const { articles, errors } = ingestAll([{ file: 'content/articles/mk.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ date: { iso: '2031-04-30' } });
    // An object with none of those keys is still an error naming the field.
    const odd = ingestAll([{ file: 'content/articles/odd.md', bytes: enc('---\ndate:\n  when: 2031-04-30\n---\n\nText of the article.') }]);
    expect(odd.errors.map((e) => e.message).join('\n')).toMatch(/date/);
  });

  it('still rejects an unknown field in a sidecar, which is written for this site (a typo such as "titel")', () => {
    const { articles, errors } = ingestAll([
      { file: 'content/articles/c.txt', bytes: enc('Headline\n\nBody.'), meta: { file: 'content/articles/c.meta.yaml', bytes: enc('titel: X\n') } },
    ]);
    expect(articles).toEqual([]);
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual(['content/articles/c.meta.yaml:1: unknown metadata field "titel"']);
  });

  it('reads a sidecar .meta.yaml beside a .txt article', () => {
    const { articles } = ingestAll([
      { file: 'content/articles/b.txt', bytes: enc('Headline\n\nBody.'), meta: { file: 'content/articles/b.meta.yaml', bytes: enc('date: 2024-12-26T21:45\n') } },
    ]);
    expect(articles[0]?.date).toEqual({ iso: '2024-12-26T21:45', text: '2024-12-26T21:45' });
  });

  it.each([
    ['2025-01-30 08:00:00 +0800', '2025-01-30T08:00'],
    ['2025-01-30T08:00:00Z', '2025-01-30T08:00'],
    ['2025-01-30T08:00:00.5-05:00', '2025-01-30T08:00'],
    ['2025-01-30 08:00', '2025-01-30T08:00'],
    ['2025-01-30', '2025-01-30'],
  ])('keeps a frontmatter date written as %s as stated, without its zone', (written, iso) => {
    const { articles, errors } = ingestAll([{ file: 'content/articles/j.md', bytes: enc(`---\ntitle: T\ndate: ${written}\n---\nBody.`) }]);
    expect(errors).toEqual([]);
    expect(articles[0]?.date?.iso).toBe(iso);
  });

  it.each([
    ['title: X\ndate: Jan 20', /a\.md:3: metadata field "date" must be an ISO 8601 date/],
    ['date: 2025-02-31', /a\.md:2: metadata field "date" is not a real calendar date/],
    ['date: 2025-13-45 08:00', /a\.md:2: metadata field "date" is not a real calendar date/],
    ['titel: X', /a\.md:2: unknown metadata field "titel"/],
    ['title: X\n\nurl: javascript:alert(1)', /a\.md:4: metadata field "url" must be an http\(s\) URL/],
    ['topics: [Capital Markets]', /metadata field "topics\.0" must be topic slugs/],
    ['title: [unclosed', /a\.md:\d+: metadata is not valid YAML/],
  ])('rejects %j naming file, line and field, and saying what is expected', (yaml, message) => {
    const m = problem(yaml);
    expect(m).toMatch(message);
    expect(m).toMatch(/ — allowed fields|fix the YAML/);
  });

  it('reports a bad sidecar as an error for that article, not a crash', () => {
    const r = ingestAll([{ file: 'content/articles/c.txt', bytes: enc('H\n\nBody.'), meta: { file: 'content/articles/c.meta.yaml', bytes: enc('date: soon\n') } }]);
    expect(r.articles).toEqual([]);
    expect(r.errors[0]).toMatchObject({ file: 'content/articles/c.meta.yaml', line: 1 });
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://example.com/a'])(
    'rejects the url %j in a sidecar, naming the sidecar file and line',
    (url) => {
      const r = ingestAll([
        { file: 'content/articles/d.txt', bytes: enc('Headline\n\nBody.'), meta: { file: 'content/articles/d.meta.yaml', bytes: enc(`title: T\nurl: ${JSON.stringify(url)}\n`) } },
      ]);
      expect(r.articles).toEqual([]);
      expect(r.errors[0]).toMatchObject({ file: 'content/articles/d.meta.yaml', line: 2, message: 'metadata field "url" must be an http(s) URL' });
    },
  );

  it('checkHttpUrl applies the metadata url rule to any string', () => {
    expect(checkHttpUrl('https://example.com/a?b=1')).toEqual({ ok: true, url: 'https://example.com/a?b=1' });
    expect(checkHttpUrl('http://example.com/')).toMatchObject({ ok: true });
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', ' javascript:alert(1)', 'example.com', ''])
      expect(checkHttpUrl(bad)).toEqual({ ok: false, message: 'must be an http(s) URL' });
  });

  it('reads Hugo TOML frontmatter (+++) with smol-toml: the date keeps its written time, authors come from `authors`', () => {
    const md = '+++\ntitle = "Harbour Cranes Double Output"\ndate = 2031-03-06T09:30:00+08:00\nauthors = ["Ola Nordmann"]\ndraft = false\n+++\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    const { articles, errors, warnings } = ingestAll([{ file: 'content/articles/hugo.md', bytes: enc(md) }]);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Harbour Cranes Double Output', date: { iso: '2031-03-06T09:30' }, authors: ['Ola Nordmann'] });
    expect(articles[0]!.body.map((b) => b.text)).toEqual(['The harbour authority said its new cranes move twice as many containers an hour.']);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[5, 'unknown metadata field "draft" was ignored']]);
  });

  it('reports broken TOML frontmatter with its line, and reads authors written as objects by their name', () => {
    const bad = ingestAll([{ file: 'content/articles/h.md', bytes: enc('+++\ntitle = "A"\ndate = = 3\n+++\nText.') }]);
    expect(bad.errors[0]).toMatchObject({ file: 'content/articles/h.md', line: 3 });
    expect(bad.errors[0]!.message).toMatch(/^metadata is not valid TOML/);
    const md = '---\ntitle: Harbour Cranes Double Output\nauthors:\n  - name: Ola Nordmann\n    title: Engineer\n    url: https://example.org/ola\n  - name: Kari Hansen\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    expect(ingestAll([{ file: 'content/articles/docs.md', bytes: enc(md) }]).articles[0]!.authors).toEqual(['Ola Nordmann', 'Kari Hansen']);
    // A blog export's author record (WordPress via jekyll-import) is named by its display name, or its given and family names.
    const record = '---\ntitle: Harbour Cranes Double Output\nauthor:\n  login: onordmann\n  email: ola@example.org\n  display_name: Ola Nordmann\n  first_name: Ola\n  last_name: Nordmann\n---\n\nThe harbour authority said its new cranes move twice as many containers an hour.';
    expect(ingestAll([{ file: 'content/articles/wp.md', bytes: enc(record) }]).articles[0]!.authors).toEqual(['Ola Nordmann']);
    const split = record.replace('  display_name: Ola Nordmann\n', '');
    expect(ingestAll([{ file: 'content/articles/wp.md', bytes: enc(split) }]).articles[0]!.authors).toEqual(['Ola Nordmann']);
    // Keys into the blog's own author list are not names: ignored with a warning, and the text's byline is read instead.
    const keyed = ingestAll([{ file: 'content/articles/keys.md', bytes: enc('---\ntitle: Harbour Cranes Double Output\nauthors: [onordmann]\n---\n\nBy Kari Hansen\n\nThe harbour authority said its new cranes move twice as many containers an hour.') }]);
    expect(keyed.articles[0]!.authors).toEqual(['Kari Hansen']);
    expect(keyed.warnings.map((w) => w.message)).toEqual(['unknown metadata field "authors" was ignored']);
  });

  it('keeps line numbers when splitting frontmatter', () => {
    const { body } = splitFrontmatter('---\na: 1\n---\nText');
    expect(body.split('\n').indexOf('Text')).toBe(3);
    expect(splitFrontmatter('+++\na = 1\n+++\nText')).toMatchObject({ format: 'toml', yaml: 'a = 1' });
    expect(splitFrontmatter('+++\na = 1\n---\nText').format).toBeUndefined();
  });
});

describe("a clipper's author field naming a public body", () => {
  const clip = (author: string) =>
    ingestArticle({ file: 'content/articles/note.md', bytes: enc(['---', 'title: Port authority adopts new berth rules', 'source: https://ports.example.gov/news/berth-rules', `author: ${author}`, '---', '', BODY, '', BODY].join('\n')) });
  it('is the publisher, no writer', () => {
    const a = clip('Directorate Office of Coastal Administration');
    expect({ authors: a.authors, publisher: a.publisher }).toEqual({ authors: [], publisher: 'Directorate Office of Coastal Administration' });
  });
  it("leaves a person's name an author, even one a body's word ends", () => {
    expect(clip('Maria House').authors).toEqual(['Maria House']);
  });
});
