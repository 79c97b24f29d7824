import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { ingestAll } from './pipeline.ts';
import { asNotice, copyrightHolder } from './outlet-name.ts';

/** Kinds of header evidence on invented text: where a fact stands, and how a note app or a page writes it. */

const enc = (s: string) => new TextEncoder().encode(s);
const md = (text: string) => ingestAll([{ file: 'content/articles/n.md', bytes: enc(text) }]).articles[0]!;

describe('a date line under a long caption and the byline', () => {
  it('is the date even when the chrome rules took it for a list row: the byline below the caption shows the header goes on', () => {
    const a = read(
      `HARBOUR WIRE\nBUSINESS\nFerry makers bet big on batteries as fuel costs climb\nFILE - A battery ferry leaves the quay at Bergen, Norway, on March 1, 2031, on its first trip. (HW Photo/Kari Lind, File)\nRead More\nBY KARI LIND AND OLA BERG\nUpdated 9:41 PM GMT+8, March 3, 2031\nShare\n${BODY}`,
    );
    expect(meta(a)).toMatchObject({ date: '2031-03-03T21:41', authors: ['Kari Lind', 'Ola Berg'] });
  });
});

describe('a byline crediting the newsroom, with the date on its line', () => {
  it('gives the date and names no author', () => {
    const a = read(`HARBOUR DAILY\nFerry makers bet big on batteries as fuel costs climb\nBy HD staff reporters Published: Mar 3, 2031 10:42 PM\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-03T22:42', authors: [] });
  });
});

describe('a date with one labelled field after it', () => {
  it('is read as a row: "2031-03-03 14:20 Source: Department of Information"', () => {
    const a = read(`Ministry of Shipping\nHome > News Release\nRegular Press Conference of the Ministry of Shipping (March 3, 2031)\n2031-03-03 14:20 Source: Department of Information\n${BODY}`);
    expect(a.date?.iso).toBe('2031-03-03T14:20');
  });
});

describe("a note app's link to the page it clipped", () => {
  it('gives the address and, as its text, the site: a Logseq source property', () => {
    const a = md(`title:: Ferry makers bet big on batteries\nauthor:: [[Kari Lind]]\nsource:: [The Harbour Courier](https://courier.example.com/2031/ferries)\npublished:: [[Mar 3rd, 2031]]\n\n- ${BODY}\n`);
    expect(meta(a)).toMatchObject({ publisher: 'The Harbour Courier', url: 'https://courier.example.com/2031/ferries' });
  });
  it('gives both from a "Source: [Site](url)" line under the headline', () => {
    const a = md(`# Ferry makers bet big on batteries\n\nSource: [Harbour Tech](https://harbourtech.example.eu/2031/03/ferries/)\nBy Kari Lind · 3 March 2031\n\n${BODY}\n`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbour Tech', url: 'https://harbourtech.example.eu/2031/03/ferries/' });
  });
  it('gives the address of a linked headline, the headline being its text', () => {
    const a = md(`[[ReadItLater]] [[Article]]\n\n# [Ferry makers bet big on batteries as fuel costs climb](https://www.harbour.example.com/2031/03/ferries)\n\nBy Kari Lind | March 3, 2031\n\n${BODY}\n`);
    expect(meta(a)).toMatchObject({ title: 'Ferry makers bet big on batteries as fuel costs climb', url: 'https://www.harbour.example.com/2031/03/ferries' });
  });
  it("reads a read-later export's metadata list past its summary item", () => {
    const a = md(`# Ferry makers bet big on batteries\n\n## Metadata\n- Author: [[Kari Lind]]\n- Category: #articles\n- Summary: The ferry operator said its first battery vessel had finished sea trials, two years after the order was placed.\n- URL: https://www.harbour.example.com/2031/03/ferries\n\n## Highlights\n- ${BODY}\n`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Lind'], url: 'https://www.harbour.example.com/2031/03/ferries' });
  });
});

describe('frontmatter a read-later app exports', () => {
  it('reads published_date, and one author string naming two people as two authors', () => {
    const a = md(`---\ntitle: Ferry makers bet big on batteries\nauthor: Kari Lind, Ola Berg\npublished_date: 2031-03-03\n---\n\n${BODY}\n`);
    expect(meta(a)).toMatchObject({ date: '2031-03-03', authors: ['Kari Lind', 'Ola Berg'] });
  });
  it('keeps one name written surname first as one author', () => {
    const a = md(`---\ntitle: Ferry makers bet big on batteries\nauthor: Lind, Kari\n---\n\n${BODY}\n`);
    expect(a.authors).toEqual(['Lind, Kari']);
  });
});

describe("the site's name as the page writes it", () => {
  it("reads a logo link's label with its separator: \"The Harbour Sentinel - Back to homepage\"", () => {
    const a = read(`Skip to main content\nSign in\nThe Harbour Sentinel - Back to homepage\nSupport us\nNews\nOpinion\nSport\nFerry makers bet big on batteries as fuel costs climb\nKari Lind in Bergen\nTue 3 Mar 2031 09.15 GMT\n${BODY}`);
    expect(a.publisher).toBe('The Harbour Sentinel');
  });
  it('writes a masthead set in capitals as its footer line and copyright write it, with its article', () => {
    const a = read(`Skip to main content\nHARBOUR WIRE\nWorld\nBusiness\nSUBSCRIBE\nFerry makers bet big on batteries as fuel costs climb\nBy Kari Lind\nMarch 3, 2031\n${BODY}\nThe Harbour Wire\nCopyright 2031 The Harbour Wire. All Rights Reserved.\nAbout`);
    expect(a.publisher).toBe('The Harbour Wire');
  });
  it("takes a portal's provider card (a name over its Follow button) over the portal's own name and copyright", () => {
    const a = read(`Skip to content\nHarbour Start\nSearch\nHome\nNews\nMoney\nThe Fjord Review\nFollow\nFerry makers bet big on batteries as fuel costs climb\nStory by Kari Lind\n3 min read\n${BODY}\nContinue reading\n© 2031 Harbour`);
    expect(a.publisher).toBe('The Fjord Review');
    expect(a.authors).toEqual(['Kari Lind']);
  });
});

describe("a button's call to act on a product", () => {
  it('names no author: "Try Acme" over the headline', () => {
    const a = read(`Acme\nAPI\nResearch\nNews\nTry Acme\nAnnouncements\nAnnouncing our new ferry model\nMar 3, 2031\n${BODY}`);
    expect(a.authors).toEqual([]);
  });
});

describe('a promotion between the headline and the byline', () => {
  it('is no headline when a button follows it ("LEARN MORE")', () => {
    const a = read(`Harbourline\nSign In\nMarkets\nTech\nFerry Maker Expects $5.5 Billion Hit as Fuel Rules Tighten\nGift this article\nBefore it's here, it's on the Harbourline Terminal\nLEARN MORE\nBy Kari Lind and Ola Berg\nMarch 3, 2031 at 5:12 AM GMT+8\n${BODY}`);
    expect(a.title).toBe('Ferry Maker Expects $5.5 Billion Hit as Fuel Rules Tighten');
  });
});

describe("a reader view's header", () => {
  it('reads a headline of two sentences over a bare name and a reading time given as a range', () => {
    const a = read(`www.harbourwatch.example\nThe ferry's problem isn't design. It's batteries.\nKari Lind\n6–8 minutes\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: "The ferry's problem isn't design. It's batteries.", authors: ['Kari Lind'], date: null });
  });
});

describe("a newsletter app's header: name, headline of sentences, subtitle, author, a date without its year", () => {
  it('reads the headline and the author over "Mar 3" (this year\'s post), whatever the counts below', () => {
    const a = read(`Harbour Notes\nThe ferry costs $12 million. So does the quay.\nWhy both numbers can be true, and why the gap matters for the port\nKari Lind\nMar 3\n∙ Paid\n128\n14\nShare\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'The ferry costs $12 million. So does the quay.', authors: ['Kari Lind'], date: null });
  });
});

describe("a share sheet's short link", () => {
  it('is not the address of the article it redirects to', () => {
    const a = read(`Ferry makers bet big on batteries as fuel costs climb\nThe Harbour Ledger\nhttps://share.example/AxB3kQ9pLTuWm1s7\n\nTHE HARBOUR LEDGER\nFerry makers bet big on batteries as fuel costs climb\nBy Kari Lind\nMar 3, 2031\n${BODY}`);
    expect(a.url).toBeUndefined();
    const b = read(`Ferry makers bet big on batteries as fuel costs climb\nhttps://www.harbourledger.example/2031/03/ferries-batteries\nBy Kari Lind\nMar 3, 2031\n${BODY}`);
    expect(b.url).toBe('https://www.harbourledger.example/2031/03/ferries-batteries');
  });
});

describe('a newsletter copied from webmail (Gmail)', () => {
  const mail = `Harbour Notes #41: The battery question\nInbox\nKari Lind <kari@harbournotes.example.com> Unsubscribe\nSun, Mar 3, 2031, 7:05 AM\nto me\nView in browser\nHARBOUR NOTES\nIssue #41 · March 3, 2031 · 9 min read\n${BODY}\nThanks for reading.\nKari`;
  it("reads the label's chip, the sender's row with its unsubscribe link, the date and the recipient", () => {
    const a = read(mail);
    expect(meta(a)).toMatchObject({ title: 'Harbour Notes #41: The battery question', date: '2031-03-03T07:05', authors: ['Kari Lind'] });
    expect(a.publisher).not.toBe('Inbox');
  });
  it('names no writer when the sender does not sign the issue off', () => {
    expect(read(mail.replace(/\nKari$/, '\nThe Harbour Notes team')).authors).toEqual([]);
  });
});

describe("a research note's header", () => {
  it('reads the desk label as a section, and the analysts one a row with their credentials, phones and addresses', () => {
    const a = read(`Fjord Morrow\nAsia Pacific Equity Research\n15 March 2031\nFerry makers\nBattery ferries are back, but yields are the bigger story\nIndustry Update\nAnalysts\nKari Lind, CFA | +47 2281 4417 | kari.lind@fjordmorrow.example.com\nOla Berg | +47 2281 4452 | ola.berg@fjordmorrow.example.com\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Battery ferries are back, but yields are the bigger story', date: '2031-03-15', authors: ['Kari Lind', 'Ola Berg'] });
  });
  it("reads an editor's credit under the writer's as no author", () => {
    const a = read(`Harbour Tech\nNews\nFerry makers bet big on batteries as fuel costs climb\nText | Kari Lind\nEditor | Ola Berg\n2031-03-03 08:05\n${BODY}`);
    expect(a.authors).toEqual(['Kari Lind']);
  });
});

describe('copyright lines, in one reader (outlet-name.ts)', () => {
  it('reads a notice written holder first as one written mark first', () => {
    expect(asNotice('KAPITAL HARBOUR © 2031. All rights reserved.')).toBe('© 2031 KAPITAL HARBOUR. All rights reserved.');
    expect(copyrightHolder('Harbour Ledger © 2030–2031')).toBe('Harbour Ledger');
    expect(copyrightHolder('Copyright 2031 The Harbour Wire. All Rights Reserved.')).toBe('The Harbour Wire');
    // A picture's credit and a row of links are no notice of the site's.
    expect(asNotice('Photo © 2031 Kari Lind')).toBeUndefined();
    expect(asNotice('Terms · © 2031 Harbour')).toBeUndefined();
  });
  it("names the site from a holder-first notice when the masthead is only a menu's icon", () => {
    const a = read(`☰\nNewsletters\nEvents\nSearch\nSign in\nFerry makers bet big on batteries as fuel costs climb\nPublished on 3 Mar 2031\n${BODY}\nShare this article\nKAPITAL HARBOUR © 2031. All rights reserved.`);
    expect(a.publisher).toBe('Kapital Harbour');
  });
  it("names no site from a network's notice under a member's post", () => {
    const a = read(`LinkedIn\nHome\nJobs\nFerry makers bet big on batteries as fuel costs climb\nKari Lind\n+ Follow\nMar 3, 2031\n${BODY}\nKari Lind on LinkedIn\nLinkedIn © 2031`);
    expect(a.publisher).toBeUndefined();
  });
});

describe('a byline copied one element a line', () => {
  it('reads "A" / "in Place" / "and" / "B" / "in Place" as two writers', () => {
    const a = read(`Harbour Morning Post\nTech\nFerry makers bet big on batteries as fuel costs climb\nKari Lind\nin Bergen\nand\nOla Berg\nin Oslo\nPublished: 6:30pm, 3 Mar 2031\n${BODY}`);
    expect(a.authors).toEqual(['Kari Lind', 'Ola Berg']);
  });
});

describe("a printed brief's header", () => {
  const brief = `POLICY BRIEF\nGLOBAL SHIPPING PROGRAM\nBattery ferries and the grid: what two years of subsidies bought\nKARI LIND, OLA BERG, AND ELENA\nVASQUEZ-HOLT\nMAY 14, 2031\nTHE HARBOUR INSTITUTION\nEXECUTIVE SUMMARY\n${BODY}\n2 | THE HARBOUR INSTITUTION\n${BODY}\nTHE HARBOUR INSTITUTION | 3\n${BODY}`;
  it('reads a list of names broken over two lines as one, and names no "And Elena"', () => {
    const a = read(brief);
    expect(a.authors).toEqual(['Kari Lind', 'Ola Berg', 'Elena Vasquez-Holt']);
    expect(a.body.some((b) => b.text === 'VASQUEZ-HOLT')).toBe(false);
  });
  it('takes the name its running heads repeat with the page numbers as the publisher, not its kind or its programme', () => {
    const a = read(brief);
    expect(a.publisher).toBe('The Harbour Institution');
    expect(a.title).toBe('Battery ferries and the grid: what two years of subsidies bought');
  });
  it('joins no capitals headline on its "AND": "INVESTMENT IN CLOUD AND AI INFRASTRUCTURE" names no one', () => {
    expect(read(`HARBOUR GROUP HOLDING LIMITED\nVOLUNTARY ANNOUNCEMENT\nINVESTMENT IN CLOUD AND AI INFRASTRUCTURE\n${BODY}`).authors).toEqual([]);
  });
});
