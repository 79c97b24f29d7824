import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.ts';
import { parseDateLine } from './dates.ts';
import { readMeta } from './header-line.ts';
import { readHtml } from './read-html.ts';
import { units } from './units.ts';
import { BODY, meta, read } from './header-fixture.ts';

/** Header layouts of ordinary news pages and blogs, each on invented text. */

describe('a paywall badge is no subscriber count', () => {
  it('reads "Published <date>" over "Updated 3 hours ago" and "For Subscribers" as the date, not as a newsletter\'s name', () => {
    const a = read(`The Fjord Herald\nSearch\nBusiness\nFerry maker wins a 40-vessel order from Norway's coast\nIngrid Solheim\nShipping Reporter\nBergen\nPublished March 12, 2031\nUpdated 3 hours ago\nFor Subscribers\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12', authors: ['Ingrid Solheim'], publisher: 'The Fjord Herald' });
  });
});

describe('a byline naming a reporter, taken for a photo credit', () => {
  it('reads "By Name / Staff reporter, with agencies" as the byline', () => {
    const a = read(`Harbour Times\nBusiness\nMon, Apr 07, 2031 page12\nFerry yard doubles its battery output\nCHARGING AHEAD: The yard said it could make about 40 packs a month this year, twice last year's rate\nBy Chen Mei-ling / Staff writer, with Reuters\n${BODY}`);
    expect(a.authors).toEqual(['Chen Mei-ling']);
  });
  it('names no outlet after "/ with agencies"', () => {
    expect(parseByline('By Mei Tanaka, Staff Writer / with agencies')).toEqual({ authors: ['Mei Tanaka'] });
    expect(parseByline('By Mei Tanaka | Island Daily')).toEqual({ authors: ['Mei Tanaka'], publisher: 'Island Daily' });
  });
  it("leaves a photographer's credit a credit", () => {
    const a = read(`Harbour Times\nBusiness\nThu, Apr 10, 2031 page3\nFerry yard doubles its battery output\nRIDING THE WAVE: The yard said it would hire 300 workers to build twelve battery ferries over five years\nBy Ola Berg / Staff photographer, with AFP\nBy Kari Lie\n${BODY}`);
    expect(a.authors).toEqual(['Kari Lie']);
  });
});

describe('a blog post line naming its author by handle', () => {
  it('reads "Posted on <date> by handle" as the date and the handle as the author', () => {
    expect(readMeta('Posted on March 9, 2031 by mberg', false)).toMatchObject({ kind: 'byline', authors: ['mberg'], date: { iso: '2031-03-09' } });
    expect(readMeta('Published on 9 March 2031 at 10:05 by k.lie', false)).toMatchObject({ kind: 'byline', authors: ['k.lie'], date: { iso: '2031-03-09T10:05' } });
  });
  it('gives the date alone for a default account or an aggregator\'s poster', () => {
    expect(readMeta('Posted on March 9, 2031 by admin', false)).toMatchObject({ kind: 'date', iso: '2031-03-09' });
    expect(readMeta('Posted by mberg on March 9, 2031', false)).toMatchObject({ kind: 'date', iso: '2031-03-09' });
  });
});

describe('a lower-case "by" with two names joined by "&"', () => {
  it('is a byline of its own, not the tail of the dek above it', () => {
    const us = units('Ferry makers are circling the fjords\nOperators are buying at speed. Yards want in\nby Sanna Al Haddad & Piet van Dam\nMarch 4, 2031 | 4 mins read');
    expect(us.map((u) => u.text)).toEqual(['Ferry makers are circling the fjords', 'Operators are buying at speed. Yards want in', 'by Sanna Al Haddad & Piet van Dam', 'March 4, 2031 | 4 mins read']);
    // A wrapped sentence still joins.
    expect(units('The order was placed with a yard in Gdansk and backed\nby the state bank, which lends to yards.')).toHaveLength(1);
  });
});

describe('a year written with an apostrophe', () => {
  it('reads "30 Jan\'31 | 4:22 PM" and "Updated: 4 Feb’31, 09:10 IST"', () => {
    expect(parseDateLine("30 Jan'31 | 4:22 PM")).toEqual({ iso: '2031-01-30T16:22', hasTime: true });
    expect(parseDateLine('Updated: 4 Feb’31, 09:10 IST')).toEqual({ iso: '2031-02-04T09:10', hasTime: true });
    expect(parseDateLine("Rock'n'roll 31")).toBeUndefined();
  });
});

describe('a masthead\'s logo link taken with the menu', () => {
  it('names the site: "The Ferry Desk homepage" over a menu', () => {
    const a = read(`Skip to main content\nThe Ferry Desk homepage\nTech\nReviews\nScience\nMenu\nShips/\nFerries\nA battery ferry crossed the North Sea on one charge. Here's how\nBy Ana Lima\nMar 3, 2031, 9:05 AM UTC\nShare this story\n${BODY}`);
    expect(a.publisher).toBe('The Ferry Desk');
  });
});

describe("a saved page's brand over its JSON-LD publisher's full name", () => {
  const page = (site: string, ld: string) =>
    `<html><head><title>Ferry order doubles – ${site}</title><meta property="og:site_name" content="${site}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry order doubles","publisher":{"@type":"Organization","name":"${ld}"}}</script></head><body><article><h1>Ferry order doubles</h1><p>${BODY}</p></article></body></html>`;
  it('takes the initials the site goes by ("NFB" for "Nord-Fjord Broadcasting")', () => {
    expect(readHtml(page('NFB', 'Nord-Fjord Broadcasting')).meta.publisher).toBe('NFB');
    expect(readHtml(page('HNT', 'Harbour News Tribune')).meta.publisher).toBe('HNT');
  });
  it('keeps the JSON-LD name when the site name is not its initials (a platform, a domain)', () => {
    expect(readHtml(page('Medium', 'Ferry Notes')).meta.publisher).toBe('Ferry Notes');
    expect(readHtml(page('ABC', 'Nord-Fjord Broadcasting')).meta.publisher).toBe('Nord-Fjord Broadcasting');
  });
});
