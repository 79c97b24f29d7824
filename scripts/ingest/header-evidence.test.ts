import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseByline } from './byline.ts';
import { parseNameLine } from './byline-names.ts';
import { parseDateLine } from './dates.ts';
import { readSigner } from './header-tail-authors.ts';
import { units } from './units.ts';
import { looksLikeOutlet } from './outlet-name.ts';
import { clipperTitle } from './capture-clipper.ts';
import { withHostPublisher } from './header-host.ts';

/** Header evidence in the orders and shapes unseen pages use: labels on their own lines, pipe rows, names in capitals. */

describe('dates labelled in other ways', () => {
  it('reads one unknown label word before a whole timestamp, but not before a bare day or a year', () => {
    expect(parseDateLine('Filed 2031.03.12 17:05')?.iso).toBe('2031-03-12T17:05');
    expect(parseDateLine('Eingestellt 12.03.2031 09:40')?.iso).toBe('2031-03-12T09:40');
    expect(parseDateLine('Filed 2031.03.12')).toBeUndefined();
    expect(parseDateLine('Budget 2031')).toBeUndefined();
  });

  it('takes the earlier of two same-day timestamps, and a "Published" label standing alone on the line above its date', () => {
    const twoStamps = read(`Harbour Tech Daily\nFerry maker opens a battery plant in Gdansk\nReporter Kari Hansen\nFiled 2031.03.12 17:05\nEdited 2031.03.12 18:22\n${BODY}`);
    expect(meta(twoStamps).date).toBe('2031-03-12T17:05');
    const labelsAbove = read(`THE FJORD POST\nFerry maker opens a battery plant in Gdansk\nOla Nordmann\nUpdated\nMar 12, 2031, 06:20 PM\nPublished\nMar 12, 2031, 04:45 PM\n${BODY}`);
    expect(meta(labelsAbove).date).toBe('2031-03-12T16:45');
    const labelsAboveReversed = read(`THE FJORD POST\nFerry maker opens a battery plant in Gdansk\nOla Nordmann\nPublished\n12 March 2031 09:10\nUpdated\n14 March 2031 11:00\n${BODY}`);
    expect(meta(labelsAboveReversed).date).toBe('2031-03-12T09:10');
  });
});

describe('bylines in capitals', () => {
  it('reads names in capitals before a place, an outlet after a bar and the date, all on one row', () => {
    expect(parseByline('By KARI HANSEN in Bergen')).toEqual({ authors: ['Kari Hansen'] });
    const a = read(`Home / World / Europe\nFerry maker opens a battery plant in Gdansk\nBy OLA NORDMANN in Oslo | Fjord Courier | Updated: 2031-03-12 09:12\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T09:12', authors: ['Ola Nordmann'], publisher: 'Fjord Courier' });
  });
});

describe('what stands beside a byline', () => {
  it('drops the city after a name, in any case, but keeps a second name and an outlet in capitals', () => {
    expect(parseNameLine('Kari Hansen, Bergen')).toEqual(['Kari Hansen']);
    expect(parseNameLine('Ola Nordmann, Hong Kong')).toEqual(['Ola Nordmann']);
    expect(parseNameLine('Kari Banks, Ola Woods')).toEqual(['Kari Banks', 'Ola Woods']);
    const a = read(`Fjord Business Daily\nFerry maker opens a battery plant in Gdansk\nKari Hansen, Bergen\n12.03.2031 - 09:40 Uhr\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], date: '2031-03-12T09:40' });
  });

  it('never takes a job title under the byline for the outlet', () => {
    const a = read(`Ferry maker opens a battery plant in Gdansk\nKari Hansen\nStaff Solutions Engineer\nMar 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], publisher: null });
  });
});

describe("a mailed newsletter's own lines", () => {
  const mail = 'From: Harbour Brief <brief@harbour.example.net>\nSubject: Harbour Brief: Gdansk yard wins the ferry order, and Oslo delays its tender\nDate: March 12, 2031 at 6:02:11 AM CET\nTo: desk@example.org\n\nHARBOUR BRIEF\nShipping and ports for people who build them\n';
  it("takes the subject for the title over the newsletter's tagline, and the dashed sign-off above the footer for the author", () => {
    const a = read(`${mail}${BODY}\n\nSee you next week.\n\n— Ola Nordmann\n\nForward this email | Unsubscribe\nHarbour Brief, 1 Quay St, Oslo 0150 You are receiving this because you signed up at harbour.example.net.\n`);
    expect(meta(a)).toMatchObject({ title: 'Harbour Brief: Gdansk yard wins the ferry order, and Oslo delays its tender', authors: ['Ola Nordmann'], publisher: 'Harbour Brief', date: '2031-03-12T06:02' });
  });

  it('keeps a headline that shares the subject\'s words, and a quotation\'s credit is no sign-off', () => {
    const a = read(`${mail.replace(/Shipping and ports.*\n/, '')}Gdansk yard wins the ferry order\n${BODY}\n\n"We are ready to build, and we will build in Gdansk."\n\n— Kari Hansen\n\nForward this email | Unsubscribe\n`);
    expect(meta(a).title).toBe('Gdansk yard wins the ferry order');
    const quoted = units(`${BODY}\n\n"We are ready to build, and we will build in Gdansk."\n\n— Kari Hansen\n\nForward this email | Unsubscribe\n`);
    expect(readSigner(quoted, new Map())).toEqual(new Map());
    const sheSaid = units(`${BODY}\n\n— Kari Hansen\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n${BODY}\n`);
    expect(readSigner(sheSaid, new Map())).toEqual(new Map());
  });
});

describe('the outlet, and what is not one', () => {
  it('never takes a headline with an amount of money for a name, whatever words join it', () => {
    expect(looksLikeOutlet('Ferries and the €4.2m question')).toBe(false);
    expect(looksLikeOutlet('Oslo and the 40% fare cut')).toBe(false);
    expect(looksLikeOutlet('Harbour and Fjord')).toBe(true);
    // A headline in sentence case is no name, whatever word opens or joins it; a name capitalises its long words.
    expect(looksLikeOutlet('The ferry question')).toBe(false);
    expect(looksLikeOutlet('Rise of the battery ferries')).toBe(false);
    expect(looksLikeOutlet('Rest of World')).toBe(true);
    expect(looksLikeOutlet('The Fjord Courier homepage')).toBe(true);
    const sentenceCase = read(`The ferry question\n\nKari Hansen\nApr 4, 2031\n\n${BODY}`);
    expect(meta(sentenceCase)).toMatchObject({ title: 'The ferry question', authors: ['Kari Hansen'], publisher: null });
    const a = read(`HARBOUR AND FJORD\nNews\nBusiness\nBusiness\nFerries and the €4.2m question\nWhy a small yard in Gdansk outbid the giants for Oslo's battery ferries\nKari Hansen\n12 March 2031\n${BODY}\n© 2031 Harbour and Fjord Ltd`);
    expect(meta(a)).toMatchObject({ title: 'Ferries and the €4.2m question', authors: ['Kari Hansen'] });
  });

  it("names a company's blog by the company the text names alone", () => {
    const a = read(`Skip to content\nHarbourGrid Engineering Blog\nProducts\nPricing\nFerry batteries at fleet scale\nKari Hansen\nMar 12, 2031\n${BODY}\nAbout HarbourGrid\nHarbourGrid builds chargers for ferries. © 2031 HarbourGrid`);
    expect(meta(a).publisher).toBe('HarbourGrid');
    const docs = read(`HarbourGrid API Docs Logo\nHarbourGrid API Docs\nGuides\nReference\nNews\nFerry charging API v2 released\nMar 12, 2031\n${BODY}\nHarbourGrid builds chargers for ferries. © 2031 HarbourGrid`);
    expect(meta(docs).publisher).toBe('HarbourGrid');
  });
});

describe('header facts set after the text', () => {
  it("reads a contact card (a name over a mailbox spelling it) and the masthead under the closing date", () => {
    const a = read(`Ferry maker opens a battery plant in Gdansk\n${BODY}\n\nKari Hansen\nkari.hansen@fjordpost.example.no\nPublished: 9:30pm, 12 Mar 2031\nThe Fjord Post\nRelated\n`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], date: '2031-03-12T21:30', publisher: 'The Fjord Post' });
    const initial = read(`Ferry maker opens a battery plant in Gdansk\n${BODY}\n\nOla Nordmann\nonordmann@harbour.example.com\n`);
    expect(meta(initial).authors).toEqual(['Ola Nordmann']);
    const press = read(`Ferry maker opens a battery plant in Gdansk\n${BODY}\n\nPress Office\npress@harbour.example.com\n`);
    expect(meta(press).authors).toEqual([]);
  });

  it("reads a syndicated post's first address from its 'Originally published at' line", () => {
    const a = read(`Ferry batteries at fleet scale\nKari Hansen\nMar 12, 2031\n${BODY}\n\nOriginally published at https://blog.harbourgrid.example.com/posts/ferry-batteries on March 12, 2031.\n`);
    expect(meta(a).url).toBe('https://blog.harbourgrid.example.com/posts/ferry-batteries');
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });
});

describe("a personal site's name is its author's", () => {
  it('names no outlet from a clipped "Title | Author" or an address spelling the author', () => {
    const yaml = 'source: https://karihansen.example.dev/posts/ferries/\ncreated: 2031-03-12T10:00:00\nauthor: Kari Hansen';
    const meta1 = clipperTitle({ title: 'Three months on a battery ferry | Kari Hansen', author: ['Kari Hansen'], url: 'https://karihansen.example.dev/posts/ferries/' }, yaml);
    expect(meta1).toMatchObject({ title: 'Three months on a battery ferry' });
    expect(meta1.publisher).toBeUndefined();
    const site = clipperTitle({ title: 'Battery ferries | Fjord Post', author: ['Kari Hansen'], url: 'https://fjordpost.example.no/a' }, yaml);
    expect(site.publisher).toBe('Fjord Post');
    const a = read(`Three months on a battery ferry\nKari Hansen\nMar 12, 2031\n${BODY}\n`);
    const hosted = withHostPublisher({ ...a, url: 'https://karihansen.example.dev/posts/ferries/', body: [...a.body, { type: 'paragraph', id: 'p9', n: 9, text: 'Kari Hansen writes here. © Kari Hansen', line: 9, links: [] }] });
    expect(hosted.publisher).toBeUndefined();
  });
});

describe('variants of the same layouts', () => {
  it('reads names in capitals joined by "and", a place after "from" or a comma, and no job title as a name', () => {
    expect(parseByline('By LIU WEI and ZHAO MIN in Guangzhou | Pearl River Times')).toEqual({ authors: ['Liu Wei', 'Zhao Min'], publisher: 'Pearl River Times' });
    expect(parseByline('By Okafor Emeka from Lagos')).toEqual({ authors: ['Okafor Emeka'] });
    expect(parseByline('By Pieter de Vries, Rotterdam')).toEqual({ authors: ['Pieter de Vries'] });
    expect(parseByline('By Jane Doe, Harbour Times')).toEqual({ authors: ['Jane Doe'], publisher: 'Harbour Times' });
    expect(parseNameLine('Principal Data Scientist')).toBeUndefined();
    expect(parseNameLine('Jane Head')).toEqual(['Jane Head']);
    const a = read(`Ferry batteries at fleet scale\nAna Ribeiro\nPrincipal Data Scientist\nJun 2, 2031\n${BODY}\n`);
    expect(meta(a).authors).toEqual(['Ana Ribeiro']);
  });

  it("names a blog's owner named once under the text, and no outlet from a title's '| Author'", () => {
    const a = read(`Skip to content\nTidewater Cloud Engineering Blog\nFerry batteries at fleet scale\nBy Ana Ribeiro\nJune 2, 2031\n${BODY}\nTidewater Cloud runs GPU clusters in Lisbon. © 2031 Tidewater Cloud\n`);
    expect(meta(a).publisher).toBe('Tidewater Cloud');
    const b = read(`Ferry batteries at fleet scale | Meera Kapoor\nJune 2, 2031 · 5 min · Meera Kapoor\n${BODY}\n`);
    expect(meta(b)).toMatchObject({ title: 'Ferry batteries at fleet scale', authors: ['Meera Kapoor'], publisher: null });
    const c = read(`Ferry batteries at fleet scale | Harbour Times\nJune 2, 2031 · 5 min · Meera Kapoor\n${BODY}\n`);
    expect(meta(c).publisher).toBe('Harbour Times');
  });
});

describe('wire and paper layouts not in any set', () => {
  it('reads names in capitals followed by their agency with no mark between', () => {
    expect(parseByline('By KARI HANSEN and OLA NORDMANN Fjord Associated Press')).toEqual({ authors: ['Kari Hansen', 'Ola Nordmann'], publisher: 'Fjord Associated Press' });
    expect(parseByline('By KARI HANSEN Ola Nordmann')).toBeUndefined();
    expect(parseByline('By Dr. Kari Hansen and Prof. Ola Nordmann')).toEqual({ authors: ['Kari Hansen', 'Ola Nordmann'] });
  });

  it("names the paper a copyright line calls 'The …' with no legal form, when nothing above names one", () => {
    const a = read(`MARCH 3, 2031 05:00 JST\nFerry maker opens a battery plant in Gdansk\nKARI HANSEN, Staff Writer\n${BODY}\n© 2031 The Fjord Shimbun`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], publisher: 'The Fjord Shimbun' });
    const parent = read(`Ferry maker opens a battery plant in Gdansk\nKari Hansen\nMarch 3, 2031\n${BODY}\n© 2031 The Fjord Holdings Inc.`);
    expect(meta(parent).publisher).toBeNull();
  });
});
