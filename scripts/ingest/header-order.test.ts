import { describe, expect, it } from 'vitest';
import { readMeta } from './header-line.ts';
import { BODY, meta, read } from './header-fixture.ts';

/** The header's kinds of order the property (header-order.property.test.ts) found misread, each on invented text. */

describe('header lines in any order', () => {
  it("reads the story's date under its dek past a top bar's today-date", () => {
    // The top bar's date stands above every headline candidate: the dek after the byline is the standfirst, and the date under it the story's.
    const a = read(`Friday, March 13, 2031\nHarbour Ledger\nFerries\nFerry yard wins a 12-vessel order\nBy Ola Berg\nThe yard says the order will keep it busy for a decade.\nPublished: February 3, 2031\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Ferry yard wins a 12-vessel order', date: '2031-02-03', authors: ['Ola Berg'] });
    expect(a.body.map((b) => b.text)).toContain(BODY);
  });
  it('reads a date right under the byline as the end of the header, as before', () => {
    // No top bar: a sentence right under the byline and date is the text.
    const a = read(`Ferry yard wins a 12-vessel order\nBy Ola Berg\nFebruary 3, 2031\n${BODY}\nMarch 1, 2031`);
    expect(meta(a)).toMatchObject({ date: '2031-02-03', authors: ['Ola Berg'] });
    expect(a.body.map((b) => b.text)).toContain(BODY);
  });
  it('reads the byline under a dek that stands between the date and the byline', () => {
    const a = read(`Harbour Ledger\nFerry yard wins a 12-vessel order\nPublished February 3, 2031\nThe yard says the order will keep it busy for a decade.\nBy Ola Berg and Kari Lie\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-02-03', authors: ['Ola Berg', 'Kari Lie'] });
  });
  it('reads a bare line of names under a dek as the byline', () => {
    const a = read(`Harbour Ledger\nFerry yard wins a 12-vessel order\nFebruary 3, 2031\nThe yard says the order will keep it busy for a decade.\nOla Berg and Kari Lie, staff writers\n5 min read\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-02-03', authors: ['Ola Berg', 'Kari Lie'] });
  });
  it('reads a line of names under a dek under the date and its update stamp, with no reading time below', () => {
    const a = read(`Harbour Ledger\nFerry yard wins a 12-vessel order\nPublished: February 3, 2031\nUpdated February 4, 2031\nThe yard says the order will keep it busy for a decade.\nOla Berg, Kari Lie and Per Holm, staff writers\nShare\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-02-03', authors: ['Ola Berg', 'Kari Lie', 'Per Holm'] });
  });
  it('reads "By A, Role | date | Updated date" as a byline with its date, not a place and a date', () => {
    expect(readMeta('By Ola Berg, Ports Correspondent | 2031-02-03 | Updated Feb 5, 2031', false)).toMatchObject({ kind: 'byline', authors: ['Ola Berg'], date: { iso: '2031-02-03' } });
    // A place before its date is still a place.
    expect(readMeta('Bergen, February 3, 2031', false)).toMatchObject({ kind: 'date', iso: '2031-02-03' });
  });
  it("takes a sentence-like site name the footer's © names for the site, not the headline", () => {
    const a = read(`Home\nPorts\nWhat the Tides Say\nFerry yard wins a 12-vessel order as rivals wait\nBy Ola Berg\nFebruary 3, 2031\n\n${BODY}\n\nAbout us\n© 2031 What the Tides Say. All rights reserved.`);
    expect(meta(a)).toMatchObject({ title: 'Ferry yard wins a 12-vessel order as rivals wait', authors: ['Ola Berg'] });
  });
  it("keeps a writer's own name that the © names as the byline, not the site", () => {
    const a = read(`Tide Notes\nSubscribe\nFerry batteries, line by line\nWhat the sea trials show, and what they leave out\nOla Berg\nFeb 03, 2031\n${BODY}\n© 2031 Ola Berg`);
    expect(meta(a)).toMatchObject({ authors: ['Ola Berg'], title: 'Ferry batteries, line by line' });
  });
  it("takes a footer's plain \"© year Name\" for the site when nothing above names one, never a person's or a company's", () => {
    const page = (foot: string) => read(`Ferry yard wins a 12-vessel order as rivals wait\nBy Ola Berg\nFebruary 3, 2031\n\n${BODY}\n\nAbout us\n${foot}`);
    expect(page('© 2031 Kestrel. All rights reserved.').publisher).toBe('Kestrel');
    expect(page('© 2031 Ola Berg').publisher).toBeUndefined();
    expect(page('© 2031 Harbour Media Group. All rights reserved.').publisher).toBeUndefined();
    expect(page('© 2031 Fjord Werft GmbH').publisher).toBeUndefined();
    // No mark and year before it: a row of footer links, not a notice.
    expect(page('Copyright Privacy Policy Terms of Service').publisher).toBeUndefined();
  });
  it('takes any name the footer © holds when the page\'s address spells it', () => {
    const a = read(`https://www.madeinbergen.example.no/2031/02/ferry-order\nFerry yard wins a 12-vessel order as rivals wait\nBy Ola Berg\nFebruary 3, 2031\n\n${BODY}\n\n© 2031 Made in Bergen`);
    expect(a.publisher).toBe('Made in Bergen');
  });
  it('reads an outlet-shaped line between a "Menu" button and the headline as the site, not a menu item', () => {
    const a = read(`Home\nPorts\nMenu\nLakeside Tribune\nFerries\nFerry yard wins a 12-vessel order as rivals wait\nBy Ola Berg\nFebruary 3, 2031\n\n${BODY}`);
    expect(a.publisher).toBe('Lakeside Tribune');
  });
});
