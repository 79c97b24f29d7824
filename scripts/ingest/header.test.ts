import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import type { Article } from '../core/article.ts';


const roles = (a: Article) => a.metadataLines.map((m) => m.role);

describe('header block, in any order', () => {
  it('reads site name, section, headline, date, byline and reading time around the headline', () => {
    const a = read(`Harbour Gazette\nTransport\nElectric Ferry Finishes Its Sea Trials\n12 March 2031\nBy Ola Nordmann and Kari Hansen\n6 min read\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12', authors: ['Ola Nordmann', 'Kari Hansen'], publisher: 'Harbour Gazette', url: null });
    expect(roles(a)).toEqual(['publisher', 'section', 'title', 'date', 'byline', 'reading time']);
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });

  it('takes the long line right above the date or byline for the headline, not a menu or banner line further up', () => {
    const a = read(`Skip to main content\nOpen the main navigation menu\nSign In\nHarbour Gazette\nElectric Ferry Finishes Its Sea Trials\nThe yard delivered two years after the order, and the crew is pleased\nSave\nBy Ola Nordmann\n12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12', authors: ['Ola Nordmann'] });
  });

  it('reads a kicker ending in a dash as a section label, and a contact line with an e-mail address is never the headline', () => {
    const a = read(`Harbour Gazette\nSHIPS AND PORTS —\nElectric Ferry Finishes Its Sea Trials\nOla Nordmann – Mar 12, 2031 9:15 pm UTC\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12T21:15' });
    const b = read(`Media Contact:\nPress office of the Harbour Authority, press@harbour.example.org\nElectric Ferry Finishes Its Sea Trials\n${BODY}`);
    expect(b.title).toBe('Electric Ferry Finishes Its Sea Trials');
  });

  it('reads a "by A · Last updated: … · N min read" row under the headline, and a permalink line at the end as the URL', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\nby Ola Nordmann · Last updated: 2031-03-10 · 6 min read\n${BODY}\nPermalink: https://harbour.example.org/ferry/`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-10', authors: ['Ola Nordmann'], publisher: null, url: 'https://harbour.example.org/ferry/' });
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
    // The label and its link copied side by side, without a colon; a short link the same way.
    for (const tail of ['Permalink https://hb.example/p/4rT8k', 'Short link: https://hb.example/p/4rT8k']) {
      const b = read(`Electric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${BODY}\n${tail}\nAdvertisement`);
      expect(b.url).toBe('https://hb.example/p/4rT8k');
    }
  });

  it('takes the time of day from the footer\'s "Posted <same day> at <time>" when the header gives the day alone', () => {
    const more = Array.from({ length: 14 }, (_, k) => `The operator said crossing number ${k + 1} of the trials went to plan, with no delays and no faults reported.`).join('\n');
    const a = read(`Electric Ferry Finishes Its Sea Trials\n12th March 2031\n${BODY}\n${more}\nPosted 12th March 2031 at 10:42 pm · Follow me on Mastodon\nMore recent articles\nFerry fares fall again - 20th March 2031`);
    expect(a.date?.iso).toBe('2031-03-12T22:42');
  });

  it('reads a weblog\'s colophon sentence "This is <title> by <name>, posted on <date>." as the byline', () => {
    const a = read(`Harbour Notes: Electric Ferry Finishes Its Sea Trials\n12th March 2031\n${BODY}\nMore recent articles\nThis is Harbour Notes: Electric Ferry Finishes Its Sea Trials by Ola Nordmann, posted on 12th March 2031.`);
    expect(a.authors).toEqual(['Ola Nordmann']);
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
    // Another post's title is not this one's.
    const b = read(`Electric Ferry Finishes Its Sea Trials\n12th March 2031\n${BODY}\nThis is Ferry fares fall by Ola Nordmann, posted on 12th March 2031.`);
    expect(b.authors).toEqual([]);
  });

  it('reads an outlet under a cookie banner and over a sponsor line; a masthead link\'s "homepage" is not part of the name', () => {
    const cookie = 'We use cookies and similar tools. By clicking "Accept all" you agree that we may store and read them on your device for statistics, personalised content and advertising; change this at any time.';
    const a = read(`${cookie}\nAccept all\nPrivacy settings\nHarbourwelt\nPresented by Acme Cranes — the crane that lifts twice as much. Try it free →\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', authors: ['Ola Nordmann'], publisher: 'Harbourwelt' });
    const b = read(`The Harbour homepage\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${BODY}`);
    expect(b.publisher).toBe('The Harbour');
  });

  it('reads two reporters each with a city, a bare name above the headline that the text uses for a person, and a label before a bar', () => {
    const a = read(`Harbour Gazette\nElectric Ferry Finishes Its Sea Trials\nOla Nordmann in Oslo and Kari Hansen in Gdansk\n12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Ola Nordmann', 'Kari Hansen'], publisher: 'Harbour Gazette' });
    const b = read(`Save this story\nCalder Vance\nBusiness\nMar 12, 2031 6:00 AM\nThe Ferry Builder Who Says Batteries Will Win\n${BODY}\nCALDER VANCE: What comes next?\nCalder Vance is a senior writer covering shipping.`);
    expect(meta(b)).toMatchObject({ authors: ['Calder Vance'], publisher: null });
    expect(read(`Original | Electric Ferry Finishes Its Sea Trials\n${BODY}`).title).toBe('Electric Ferry Finishes Its Sea Trials');
  });

  it('reads a site name opening the menu when the text names it again, and a lower-case brand over its tagline', () => {
    const a = read(`Harbour Works\nShips & Ports\nTech\nScience\nPolicy\nStore\nSign in\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${BODY}\nOla Nordmann is Harbour Works' shipping reporter.`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbour Works', authors: ['Ola Nordmann'] });
    const b = read(`ferrymath\nnotes on what crossings cost\nHome    Archive    About\nElectric Ferry Finishes Its Sea Trials\nby Ola Nordmann · 6 min read\n${BODY}`);
    expect(meta(b)).toMatchObject({ publisher: 'ferrymath', authors: ['Ola Nordmann'] });
  });

  it('reads header lines inside Markdown marks; a level-one heading is the headline', () => {
    const a = read(`# Ferry, Port and the Long Winter\n\n*Harbour Gazette · 12 March 2031 · by Ola Nordmann*\n\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Ferry, Port and the Long Winter', date: '2031-03-12', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url: null });
  });

  it('reads "A and B" as two people when both open with a first name, and finds no site name far below the headline', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\n12 March 2031\nHelen Ashworth and Tom Keeling\nKey moments\nCrew brief on the harbour\nLater today\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Helen Ashworth', 'Tom Keeling'], publisher: null });
  });

  it('never takes a breadcrumb, a section label or a line set in columns for the headline', () => {
    const a = read(`Transport / Ports\nElectric Ferry Finishes Its Sea Trials\n12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials' });
    expect(roles(a)[0]).toBe('section');
    const b = read(`Nordic Shipping Equities              Sector Note\nElectric ferries: the order book, not demand, is the limit\nAnalysts: Ola Nordmann, CFA; Kari Hansen\nDate: 12 March 2031\n${BODY}`);
    expect(meta(b)).toMatchObject({ title: 'Electric ferries: the order book, not demand, is the limit', authors: ['Ola Nordmann', 'Kari Hansen'], date: '2031-03-12', publisher: null });
  });

  it('drops a domain in brackets after the headline, and reads a section label beside a date', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials (gazette.example.org)\nMar 12, 2031 - Technology\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12', publisher: null });
  });

  it('takes the outlet a label line names ("Published in") over a bare line above the headline', () => {
    const a = read(`Sign in\nWrite\nElectric Ferry Finishes Its Sea Trials\nKari Hansen\nPublished in\nHarbour Notes\n12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], publisher: 'Harbour Notes', date: '2031-03-12' });
  });

  it('takes no site name written in lower case, and prefers a full name to its abbreviation above it', () => {
    expect(meta(read(`r/ferries\nElectric Ferry Finishes Its Sea Trials\n${BODY}`)).publisher).toBeNull();
    expect(meta(read(`HG Weekly\nHarbour Gazette Weekly\nTech & Ships\nElectric Ferry Finishes Its Sea Trials\n${BODY}`)).publisher).toBe('Harbour Gazette Weekly');
  });

  it('takes the outlet a production note names ("This report has been prepared by X"), and removes the note', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\n12 March 2031\n${BODY}\nDisclosures\nThis report has been prepared by Fjord Equity Research (Nordic) AS. See the last page for important disclosures.`);
    expect(meta(a).publisher).toBe('Fjord Equity Research (Nordic) AS');
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });

  it('reads each part of a header line without its own Markdown marks', () => {
    const a = read(`# Electric Ferry Finishes Its Sea Trials\n\n**By Ola Nordmann and Kari Hansen** · *March 12, 2031* · 6 min read\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12', authors: ['Ola Nordmann', 'Kari Hansen'] });
  });

  it('takes a profile header (a name written twice, a tagline row) as byline and bio, not as menu or headline', () => {
    const a = read(`Home\nMy Network\nJobs\nMessaging\nAlerts\nKari Hansen\nKari Hansen\nFerry engineer | ex-shipyard | Writer\n2d\nFollow\nWhy electric ferries are winning the fjords\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Why electric ferries are winning the fjords', authors: ['Kari Hansen'], publisher: null });
  });

  it('reads a labelled URL line taken as a credit, pixel text glued to the headline, and a site line with its section', () => {
    const a = read(`HARBOUR GAZETTE | TECHNOLOGY\nElectric Ferry Finishes Its Sea Trialsnoscript pixel\nSource: https://gazette.example.org/ferry\n12 March 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', publisher: 'Harbour Gazette', url: 'https://gazette.example.org/ferry', date: '2031-03-12' });
  });

  it('never glues the URL line to the headline, and splits "Headline | Outlet"', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials | Harbour Gazette\nhttps://gazette.example.org/2031/03/12/ferry\n\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric Ferry Finishes Its Sea Trials', publisher: 'Harbour Gazette', url: 'https://gazette.example.org/2031/03/12/ferry' });
  });

  it('does not take a javascript: or image URL as the original address', () => {
    expect(read(`Ferry Trials Are Over At Last\njavascript:alert(1)\n\n${BODY}`).url).toBeUndefined();
    expect(read(`Ferry Trials Are Over At Last\nhttps://cdn.example.org/ferry.jpg\n\n${BODY}`).url).toBeUndefined();
  });

  it('reads a byline above the headline, ISO date-times and "Reading time:" lines', () => {
    const a = read(`By Ines Duarte, with Piotr Nowak in Gdansk\nA Ferry, a Shipyard and a Very Long Cable\nPublished: 2031-03-12T06:45:00+01:00\nReading time: 4 minutes\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'A Ferry, a Shipyard and a Very Long Cable', date: '2031-03-12T06:45', authors: ['Ines Duarte', 'Piotr Nowak'] });
  });

  it('reads a bullet outlet, a bare list of names and the headline repeated as the first body line', () => {
    const a = read(`Gdansk Yard Wins Second Ferry Order\n- Baltic Shipping Journal\nMar 12, 2031\nPiotr Nowak, Ines Duarte\nGdansk Yard Wins Second Ferry Order\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Gdansk Yard Wins Second Ferry Order', date: '2031-03-12', authors: ['Piotr Nowak', 'Ines Duarte'], publisher: 'Baltic Shipping Journal', url: null });
    expect(roles(a)).toContain('repeated headline');
    expect(a.body).toHaveLength(1);
  });

  it('reads a date glued to a reading time, and a line of several facts', () => {
    expect(read(`Notes From the Ferry Deck Today\nApr 9, 20317 min read\n${BODY}`).date?.iso).toBe('2031-04-09');
    const a = read(`Notes From the Ferry Deck Today\nBy Kari Hansen · 5 min read · Apr 9, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-04-09', authors: ['Kari Hansen'], publisher: null });
  });

  it('gives a date and a publisher from a dateline, and keeps the dateline in the first paragraph', () => {
    const a = read(`Ferry Operator Orders Two More Vessels\nOSLO, April 2, 2031 (Nordic Wire) - The operator ordered two more ferries on Wednesday, it said.`);
    expect(meta(a)).toMatchObject({ date: '2031-04-02', publisher: 'Nordic Wire' });
    expect(a.body[0]?.text.startsWith('OSLO, April 2, 2031 (Nordic Wire) -')).toBe(true);
    expect(a.metadataLines.find((m) => m.role === 'dateline')?.text).toBe('OSLO, April 2, 2031 (Nordic Wire) -');
  });

  it('invents no date: a dateline or a line without a year is not a date', () => {
    const a = read(`Ferry Operator Orders Two More Vessels\n- Apr 2\nOSLO, April 2 (Nordic Wire) - The operator ordered two more ferries on Wednesday, it said.`);
    expect(a.date).toBeUndefined();
    expect(a.publisher).toBe('Nordic Wire');
    expect(roles(a)).toContain('date without year');
  });

  it('strips tracking markup glued to the headline', () => {
    const a = read(`Ferries Go Electric in the Fjords![](https://px.example.net/p.gif?id=9)\nJun 1, 2031\n${BODY}`);
    expect(a.title).toBe('Ferries Go Electric in the Fjords');
  });

  it('records no publisher that the text does not state', () => {
    const a = read(`Ferries Go Electric in the Fjords\nJun 1, 2031\nBy Kari Hansen\n${BODY}`);
    expect(a.publisher).toBeUndefined();
  });

  it('leaves a standfirst between headline and byline in the body', () => {
    const dek = 'Two years late, the first battery ferry is ready to sail.';
    const a = read(`Ferries Go Electric in the Fjords\n${dek}\nBy Kari Hansen\nJun 1, 2031\n${BODY}`);
    expect(a.body.map((b) => b.text)).toEqual([dek, BODY]);
    expect(meta(a)).toMatchObject({ authors: ['Kari Hansen'], date: '2031-06-01' });
  });

  it('reads a blog "Posted on … by …" line as a date, and a job title is not an author', () => {
    const a = read(`Posted on June 4, 2031 by admin\nThe Ferry That Charges in Twelve Minutes\nIlse Berg\nStaff Reporter\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'The Ferry That Charges in Twelve Minutes', date: '2031-06-04', authors: ['Ilse Berg'] });
  });

  it('reads a Chinese header and never takes a Chinese sentence for a label', () => {
    const a = read('渡轮完成海上试航\n2031年3月12日 08:15\n来源：港口日报\n这艘电动渡轮周一完成了海上试航，比原计划晚了两年。\n运营商表示将再订购两艘。');
    expect(meta(a)).toMatchObject({ title: '渡轮完成海上试航', date: '2031-03-12T08:15', publisher: '港口日报' });
    expect(a.body.map((b) => b.text)).toEqual(['这艘电动渡轮周一完成了海上试航，比原计划晚了两年。', '运营商表示将再订购两艘。']);
  });

  it('infers a missing headline from the text after a dateline', () => {
    const a = read('OSLO, April 2, 2031 (Nordic Wire) -- The operator ordered two more ferries on Wednesday. It gave no price.');
    expect(a.titleInferred).toBe(true);
    expect(a.title).toBe('The operator ordered two more ferries on Wednesday');
  });

  it('reads "By A on <date>", a name beside an outlet and a date, and a date line at the end', () => {
    expect(meta(read(`Ferries Go Electric in the Fjords\nBy Kari Hansen on June 1, 2031\n${BODY}`))).toMatchObject({ authors: ['Kari Hansen'], date: '2031-06-01' });
    expect(meta(read(`Ferries Go Electric in the Fjords\nKari Hansen | Harbour Gazette | Jun 1, 2031\n${BODY}`))).toMatchObject({
      authors: ['Kari Hansen'],
      publisher: 'Harbour Gazette',
      date: '2031-06-01',
    });
    expect(read(`Ferries Go Electric in the Fjords\n\n${BODY}\n\nPublished on 1 June 2031`).date?.iso).toBe('2031-06-01');
  });

  it('splits "Headline | Section | Outlet" and "Headline - Outlet"', () => {
    expect(meta(read(`Ferries Go Electric | Transport | Harbour Gazette\n${BODY}`))).toMatchObject({ title: 'Ferries Go Electric', publisher: 'Harbour Gazette' });
    expect(meta(read(`Ferries go electric in the fjords - Gazette\n${BODY}`))).toMatchObject({ title: 'Ferries go electric in the fjords', publisher: 'Gazette' });
    expect(read(`Ferries go electric - and cheaper\n${BODY}`).title).toBe('Ferries go electric - and cheaper');
  });

  it('reads "Name in Place" bylines, an appositive after the name, and a lone outlet word under the headline', () => {
    const dek = 'Two years late, the first battery ferry is ready to sail.';
    expect(meta(read(`Ferries Go Electric in the Fjords\n${dek}\nKari Hansen in Bergen\nTue 3 Jun 2031 09.15 BST\n${BODY}`))).toMatchObject({ authors: ['Kari Hansen'], date: '2031-06-03T09:15' });
    expect(read(`Ferries Go Electric in the Fjords\n/\nBy Kari Hansen, a senior reporter covering shipping\nJun 3, 2031\n${BODY}`).authors).toEqual(['Kari Hansen']);
    expect(read(`Ferries Go Electric in the Fjords\nNordwire\nJun 3, 2031\n${BODY}`).publisher).toBe('Nordwire');
  });

  it('reads a date beside a reading time, a credit-shaped line carrying a date, and a doubled profile name', () => {
    expect(meta(read(`Harbour Gazette\nSat, Mar 12, 2031, 6:45 AM 4 min read\nElectric Ferry Finishes Its Sea Trials\n${BODY}`))).toMatchObject({ date: '2031-03-12T06:45' });
    expect(meta(read(`Electric Ferry Finishes Its Sea Trials\nSource: Harbour Gazette | Updated: 2031-03-12 06:45\n${BODY}`))).toMatchObject({ date: '2031-03-12T06:45', publisher: 'Harbour Gazette' });
    const profile = read(`Electric Ferry Finishes Its Sea Trials\nOla Nordmann\nOla Nordmann\nFerry engineer | Speaker\nPublished Mar 12, 2031\n${BODY}`);
    expect(meta(profile)).toMatchObject({ authors: ['Ola Nordmann'], date: '2031-03-12' });
    expect(profile.body.map((b) => b.text)).toEqual([BODY]);
    expect(profile.boilerplate.map((b) => [b.text, b.reason])).toEqual([['Ferry engineer | Speaker', 'author bio']]);
  });

  it('reads a byline of a name set in capitals followed by a job description', () => {
    expect(meta(read(`Electric Ferry Finishes Its Sea Trials\nOLA NORDMANN, Courier staff writer\nMarch 12, 2031 06:45\n${BODY}`))).toMatchObject({ authors: ['Ola Nordmann'], date: '2031-03-12T06:45' });
  });

  it('names the reporters of a wire credit without their places, and the outlet a story was republished from', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\n\n${BODY}\n\nThis article was originally published by Harbour Gazette and is republished with permission.\n(Reporting by Ola Nordmann in Oslo and Kari Hansen in Bergen Harbour; Editing by Ines Duarte)`);
    expect(meta(a)).toMatchObject({ authors: ['Ola Nordmann', 'Kari Hansen'], publisher: 'Harbour Gazette' });
  });

  it('does not read a plain article as having a header', () => {
    const a = read(`${BODY}\n\n${BODY}`);
    expect(a.titleInferred).toBe(true);
    expect(a.metadataLines).toEqual([]);
  });
});
