import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseByline } from './byline.ts';
import { parseNameLine } from './byline-names.ts';
import { parseDateLine } from './dates.ts';
import { readMeta } from './header-line.ts';
import { parseArticleMeta } from './overrides.ts';
import { readHtml } from './read-html.ts';

/**
 * The header reader's core decisions, each on invented text: what a date line, a byline, a section
 * label, a job line and a site line are, and which line is the headline among them.
 */


describe('date lines', () => {
  it('reads a date and time separated by a double slash', () => {
    expect(parseDateLine('Wed 12 Mar 2031 // 09:05 UTC')).toEqual({ iso: '2031-03-12T09:05', hasTime: true });
  });

  it('reads a date whose time carries its place in brackets, and a later update time', () => {
    expect(parseDateLine('Published on March 12, 2031, at 9:05 am (Oslo), updated at 10:40 am')).toEqual({ iso: '2031-03-12T09:05', hasTime: true });
    expect(parseDateLine('March 12, 2031 (Oslo) the ferry sailed')).toBeUndefined();
  });

  it('splits a byline glued to a labelled date', () => {
    expect(readMeta('By Ola Nordmann and Kari Hansen Published: Mar 12, 2031 09:05 AM', false)).toMatchObject({ kind: 'byline', authors: ['Ola Nordmann', 'Kari Hansen'], date: { iso: '2031-03-12T09:05' } });
    // A read-later export's metadata list: a Markdown item holding a labelled date, and a labelled field that names no outlet.
    expect(readMeta('- Published Date: 2031-03-12', false)).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    expect(readMeta('* Published Date: 12 March 2031', false)).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    expect(readMeta('- Document Tags: [[chips]] [[policy]]', false)).toEqual({ kind: 'meta', role: 'section' });
    expect(readMeta('- Full Title: Cranes at night', false)).toBeUndefined();
    // A portal's row of an age and a reading time: no date (an age has no year), and no headline.
    expect(readMeta('• 20h • 3 min read', false)).toEqual({ kind: 'meta', role: 'reading time' });
    expect(readMeta('2 days ago · 4 min read', false)).toEqual({ kind: 'meta', role: 'reading time' });
    expect(readMeta('• Mar 12, 2031 • 3 min read', false)).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    expect(readMeta('- Harbour Ledger', false)).toEqual({ kind: 'meta', role: 'publisher', value: 'Harbour Ledger' });
    expect(readMeta('By Ola Nordmann published 12 March 2031', false)).toMatchObject({ kind: 'byline', authors: ['Ola Nordmann'], date: { iso: '2031-03-12' } });
  });

  it('reads a row of a byline, a domain and an update time', () => {
    const row = readMeta('By Ola Nordmann in Bergen | harbourgazette.example.no | Updated: 2031-03-12 09:05', false);
    expect(row).toMatchObject({ kind: 'byline', authors: ['Ola Nordmann'], date: { iso: '2031-03-12T09:05' } });
    expect(row).not.toHaveProperty('publisher');
  });

  it('reads a blog row of date, reading time, length and a lone name', () => {
    expect(readMeta('2031-03-12 · 7 min · 1,480 words · Kari Hansen', false)).toMatchObject({ kind: 'byline', authors: ['Kari Hansen'], date: { iso: '2031-03-12' } });
  });

  it('never takes a profile\'s join date for the publication date', () => {
    expect(readMeta('Joined Mar 4, 2027', false)).toEqual({ kind: 'meta', role: 'other date' });
    const a = read(`Electric Ferry Finishes Its Sea Trials\nKari Hansen\n${BODY}\nKari Hansen\nFollow\nJoined\nApr 9, 2027`);
    expect(a.date).toBeUndefined();
  });

  it('takes the published date over an earlier-listed update, else the earliest (an edition\'s date is not the article\'s)', () => {
    const labelled = read(`Electric Ferry Finishes Its Sea Trials\nUpdated: March 14, 2031\nBy Ola Nordmann\nPublished: March 12, 2031\n${BODY}`);
    expect(labelled.date?.iso).toBe('2031-03-12');
    const updatedOnly = read(`Electric Ferry Finishes Its Sea Trials\nBergen Edition | 14 March 2031 | e-Paper\nBy Ola Nordmann\nUpdated: March 13, 2031\n${BODY}`);
    expect(updatedOnly.date?.iso).toBe('2031-03-13');
  });
});

describe('bylines', () => {
  it('writes names set in capitals as names, short name words included, without a contact address', () => {
    expect(parseByline('BY SEO JI-HO, OH MI-RAE [mirae.oh@paper.example.kr]')?.authors).toEqual(['Seo Ji-Ho', 'Oh Mi-Rae']);
    expect(parseByline('By ODA NORDMANN and KARI HANSEN')?.authors).toEqual(['Oda Nordmann', 'Kari Hansen']);
  });

  it('drops button words and handles copied beside names', () => {
    expect(parseByline('By Ola Nordmann Follow and Kari Hansen Follow')?.authors).toEqual(['Ola Nordmann', 'Kari Hansen']);
    expect(parseNameLine('Kari Hansen@karihansen')).toEqual(['Kari Hansen']);
  });

  it('reads names with a second capital after a prefix', () => {
    expect(parseNameLine("Siobhan O'Rourke")).toEqual(["Siobhan O'Rourke"]);
    expect(parseNameLine('Fiona McAllister')).toEqual(['Fiona McAllister']);
  });
});

describe('the headline among the header lines', () => {
  it('skips the site name and a run of section labels, one written with full stops', () => {
    const a = read(`Harbour Gazette\nSign in\nWorld\nU.K.\nE.U.\nBusiness\nElectric Ferry Finishes Its Sea Trials\nUpdated 9:05 AM CET, March 12, 2031\nBy OLA NORDMANN\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12T09:05', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url: null });
  });

  it('goes past a banner sentence above the headline', () => {
    const a = read(`Harbour Gazette\nHarbour Gazette is funded by its readers. When you buy through our links we may earn a fee. Learn how.\nTransport\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann published 12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12', authors: ['Ola Nordmann'] });
  });

  it('takes the line under a section label, not a tagline above it, and a bare name over the date as the author', () => {
    const a = read(`Harbour Gazette\nSalt water and steel since 1881\nTransport\nElectric Ferry Finishes Its Sea Trials\nThe yard delivered two years late: $4.2M over budget, and the crew is pleased anyway\nSiobhan O'Rourke\nThu 13 Mar 2031 // 08:10 UTC\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-13T08:10', authors: ["Siobhan O'Rourke"] });
  });

  it('never takes an author\'s job line or an edition switch for the headline', () => {
    const job = read(`Electric Ferry Finishes Its Sea Trials\nKari Hansen\nPartner, Fjord Harbour Capital | Maritime investor\nPublished Mar 12, 2031\n${BODY}`);
    expect(meta(job)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', authors: ['Kari Hansen'] });
    const edition = read(`Harbour Gazette\nNordic Edition | 13 March 2031, 06:00 CET | Print replica\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${BODY}`);
    expect(edition.title).toBe('Electric Ferry Finishes Its Sea Trials');
  });

  it('reads the headline out of a cover image\'s alt text', () => {
    const a = read(`Cover image for Electric Ferry Finishes Its Sea Trials\nKari Hansen\nPosted on Mar 12, 2031\n${BODY}`);
    expect(a.title).toBe('Electric Ferry Finishes Its Sea Trials');
  });
});

describe('the site line', () => {
  it('names the outlet by a masthead in capitals over the menu, when the text names it again', () => {
    const a = read(`HARBOUR GAZETTE\nTRANSPORT\nBUSINESS\nWORLD\nHome > Transport\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}\nThe operator told the Harbour Gazette it would order two more.`);
    expect(a.publisher).toBe('Harbour Gazette');
  });

  it('drops the edition\'s language from the site\'s name', () => {
    const a = read(`Harbour Gazette in English\nTransport\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}`);
    expect(a.publisher).toBe('Harbour Gazette');
  });
});

describe('a newsletter\'s name', () => {
  it('names the outlet by a name over its description and subscriber count, not the author', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\nKari Hansen\nPublished Mar 12, 2031\nFerry Letters\nA fortnightly look at boats that run on batteries\n2,140 subscribers\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], publisher: 'Ferry Letters' });
  });
});

describe('metadata from other tools', () => {
  it('reads a frontmatter date written in words under another tool\'s key', () => {
    expect(parseArticleMeta("title: Ferry\npubDate: 'Mar 12 2031'", 'content/articles/a.md', 2, { warnings: [] }).date).toBe('2031-03-12');
  });

  it('reads every Parse.ly author, its link and a publishdate meta', () => {
    const head = '<title>Electric ferry finishes its sea trials</title><meta name="parsely-author" content="Ola Nordmann"><meta name="parsely-author" content="Kari Hansen"><meta name="parsely-link" content="https://gazette.example.no/ferry"><meta name="publishdate" content="2031-03-12 09:05:00"><meta name="source" content="Harbour News Agency">';
    const p = readHtml(`<!DOCTYPE html><html><head>${head}</head><body><article><h1>Electric ferry finishes its sea trials</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`);
    expect(p.meta).toMatchObject({ author: ['Ola Nordmann', 'Kari Hansen'], url: 'https://gazette.example.no/ferry', date: '2031-03-12T09:05', publisher: 'Harbour News Agency' });
  });

  it('reads a read-later export\'s link to the original page', () => {
    expect(readMeta('[Read Original](https://gazette.example.no/ferry)', false)).toEqual({ kind: 'meta', role: 'url', value: 'https://gazette.example.no/ferry' });
    expect(readMeta('[Read on Later](https://later.example.app/me/ferry)', false)).toBeUndefined();
  });
});
