import { describe, expect, it } from 'vitest';
import { ingestAll } from './pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const one = (file: string, text: string) => ingestAll([{ file: `content/articles/${file}`, bytes: enc(text) }]);
const BODY = 'The harbour authority said its new cranes move twice as many containers an hour.';

describe('frontmatter written by other tools', () => {
  it("reads the author and canonical URL Zola keeps under [extra] (Hugo: params), and warns about the table's other keys", () => {
    const md = `+++\ntitle = "Harbour Cranes Double Output"\ndate = 2031-03-06\nupdated = 2031-03-07\n\n[taxonomies]\ntags = ["ports"]\n\n[extra]\nauthor = "Ola Nordmann"\ncanonical = "https://harbour.example/cranes/"\ntoc = true\n+++\n\n${BODY}`;
    const { articles, errors, warnings } = one('zola.md', md);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Harbour Cranes Double Output', date: { iso: '2031-03-06' }, authors: ['Ola Nordmann'], url: 'https://harbour.example/cranes/' });
    expect(articles[0]?.publisher).toBeUndefined();
    expect(warnings.map((w) => w.message)).toContain('unknown metadata field "extra" was ignored');
    // Hugo's YAML `params:`; a top-level key wins over the table's.
    const hugo = `---\ntitle: Cranes\nauthor: Kari Hansen\nparams:\n  author: Someone Else\n  canonical: https://harbour.example/c/\n---\n\n${BODY}`;
    expect(one('hugo.md', hugo).articles[0]).toMatchObject({ authors: ['Kari Hansen'], url: 'https://harbour.example/c/' });
  });

  it("reads a newsletter export's `subject` (without its issue number) as the title and `publish_date` as the date", () => {
    const md = `---\nsubject: "#12: Cranes on the night shift"\npublish_date: 2031-03-06T05:30:00Z\nslug: 12-cranes\nstatus: sent\n---\nHi all,\n\n${BODY}`;
    expect(one('bd.md', md).articles[0]).toMatchObject({ title: 'Cranes on the night shift', date: { iso: '2031-03-06T05:30' } });
    expect(one('bd2.md', `---\nsubject: "Issue 12 — Cranes at night"\n---\n\n${BODY}`).articles[0]?.title).toBe('Cranes at night');
    // A subject that is only a number stays as written; a `title` wins over the subject.
    expect(one('bd3.md', `---\ntitle: Cranes\nsubject: Ports\n---\n\n${BODY}`).articles[0]?.title).toBe('Cranes');
    expect(one('bd4.md', `---\nsubject: "2031 in ports"\n---\n\n${BODY}`).articles[0]?.title).toBe('2031 in ports');
  });

  it('names no author for a team (`author: "Harbour Team"`), and keeps the people beside one', () => {
    const team = `---\ntitle: Cranes\ndate: 2031-03-06T04:00:00+08:00\nauthor: "Harbour Team"\n---\n\n${BODY}`;
    expect(one('team.md', team).articles[0]?.authors).toEqual([]);
    const both = `---\ntitle: Cranes\nauthor: ["The Cranes Team", "Ola Nordmann"]\n---\n\n${BODY}`;
    expect(one('both.md', both).articles[0]?.authors).toEqual(['Ola Nordmann']);
    expect(one('alias.md', `---\ntitle: Cranes\nauthors: [Ola Nordmann, Harbour Team]\n---\n\n${BODY}`).articles[0]?.authors).toEqual(['Ola Nordmann']);
  });

  it('reads Logseq page properties (`key:: value`, wiki-linked values, an ordinal journal date) as frontmatter', () => {
    const md = `title:: Cranes on the night shift\nauthor:: [[Ola Nordmann]]\npublished:: [[Mar 6th, 2031]]\nsource:: https://harbour.example/night-cranes\nsite:: Harbour Weekly\ntags:: [[ports]], [[jobs]]\n\n- ${BODY}\n- The night shift starts in May.`;
    const { articles, errors } = one('logseq.md', md);
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ title: 'Cranes on the night shift', date: { iso: '2031-03-06' }, authors: ['Ola Nordmann'], publisher: 'Harbour Weekly', url: 'https://harbour.example/night-cranes' });
    expect(articles[0]!.body.map((b) => b.text).join(' ')).not.toContain('::');
  });
});
