import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { readMailHeaders } from './header-mail.ts';
import { units } from './units.ts';
import type { Article } from '../core/article.ts';

/** Header layouts of pages as they come: e-mail forwards, archives, feeds, posts, papers, transcripts, releases. */

const bodyText = (a: Article) => a.body.map((b) => b.text);

describe('forwarded e-mail', () => {
  const mail = `Worth a look before the board meeting.\n\nPer\n\n---------- Forwarded message ---------\nFrom: Harbour Weekly <letters@harbour.example.net>\nDate: Wed, Mar 12, 2031 at 6:02 AM\nSubject: Fwd: Electric ferry finishes its sea trials\nTo: <per@example.org>\n\n`;

  it('drops the forwarder note, reads the headers, and lets the message state its own headline, byline and outlet', () => {
    const a = read(`${mail}Harbour Weekly\nElectric ferry finishes its sea trials\nby Ola Nordmann\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T06:02', authors: ['Ola Nordmann'], publisher: 'Harbour Weekly', url: null });
    expect(bodyText(a)).toEqual([BODY]);
    expect(a.boilerplate.map((b) => b.text)).toContain('Worth a look before the board meeting.');
  });

  it('falls back on the subject, date and sender when the message has no header of its own', () => {
    const a = read(`${mail}${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T06:02', publisher: 'Harbour Weekly' });
    expect(bodyText(a)).toEqual([BODY]);
  });

  it('needs a From: line and a Subject: or Date: line; a person as sender is not an outlet', () => {
    expect(readMailHeaders(units('From the archive\nElectric ferry'))).toBeUndefined();
    expect(readMailHeaders(units('From: Mary Smith <m@example.org>\nSubject: Ferry'))?.sender).toBeUndefined();
  });
});

describe("a newsletter copied from a mail client's reading pane", () => {
  const pane = `Mail\nNew mail\nDelete\nArchive\nFocused\nOther\nInbox\nHarbour Weekly: Electric ferry finishes its sea trials\nHarbour Weekly <letters@harbour.example.net>\nTo:\nyou\nWed 3/12/2031 6:02 AM\nReply\nForward\n`;

  it('reads the unlabelled subject, sender and sent date, and lets the message state its own headline and byline', () => {
    const a = read(`${pane}HARBOUR WEEKLY\nIssue 12 · by Ola Nordmann\nElectric ferry finishes its sea trials\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T06:02', authors: ['Ola Nordmann'], publisher: 'Harbour Weekly', url: null });
    expect(bodyText(a)).toEqual([BODY]);
  });

  it('falls back on the subject when the message states no headline, and needs the sender, To: and a date in that order', () => {
    expect(meta(read(`${pane}${BODY}`))).toMatchObject({ date: '2031-03-12T06:02', publisher: 'Harbour Weekly' });
    expect(readMailHeaders(units('Ferry news\nHarbour Weekly <letters@harbour.example.net>\nTo: per@example.org\nMarch 12, 2031\nText'))?.date?.iso).toBe('2031-03-12');
    // A mailbox line without a To: label under it, or without a date under that, is no mail header.
    expect(readMailHeaders(units('Ferry news\nHarbour Weekly <letters@harbour.example.net>\nMarch 12, 2031\nText'))).toBeUndefined();
    expect(readMailHeaders(units('Ferry news\nHarbour Weekly <letters@harbour.example.net>\nTo:\nyou\nReply'))).toBeUndefined();
    // A person as sender is not an outlet.
    expect(readMailHeaders(units('Ferry news\nMary Smith <m@example.org>\nTo: you\nMarch 12, 2031'))?.sender).toBeUndefined();
  });
});

describe('archived and saved copies', () => {
  it('takes the original address inside an archive URL, and a span of capture dates is no publication date', () => {
    const a = read(`Some Archive - https://archive.example.org/web/20310313000000/https://gazette.example.com/ferry-trials\n40 captures\n12 Mar 2031 - 19 Apr 2031\nHarbour Gazette\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\nMarch 12, 2031 at 9:15 a.m. EST\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12T09:15', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url: 'https://gazette.example.com/ferry-trials' });
  });

  it('reads "Saved from <URL>" as the original address, and the capture time under it as no publication date', () => {
    const a = read(`webpage capture\nSaved from https://gazette.example.com/ferry-trials\n12 Mar 2031 09:30:12 UTC\nHarbour Gazette\nElectric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\nMarch 11, 2031\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-11', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url: 'https://gazette.example.com/ferry-trials' });
  });

  it('reads a read-later export: a bare domain names no outlet, a "Saved" date is not the publication date', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\ngazette.example.com\nSaved Fri, Apr 4 · 5 min read\nOriginal: https://gazette.example.com/ferry-trials\nBy Ola Nordmann\nMar 12, 2031\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12', authors: ['Ola Nordmann'], publisher: null, url: 'https://gazette.example.com/ferry-trials' });
  });

  it('does not join a headline to a much longer first paragraph that opens with a lower-case brand', () => {
    const a = read(`Harbour Weekly  /  by Ola Nordmann  /  3h\neFerry plans a second vessel after sea trials\neFerry, the operator, said on Monday that its first battery-powered vessel had completed sea trials and that it would order a second from the same yard.`);
    expect(meta(a)).toMatchObject({ title: 'eFerry plans a second vessel after sea trials', date: null, authors: ['Ola Nordmann'], publisher: 'Harbour Weekly' });
  });
});

describe('posts and channels', () => {
  it('reads a display name over an @handle as the author, and the time under the first post as the date', () => {
    const a = read(`Ola Nordmann\n@ola_ferries\n1/ Our first battery ferry finished sea trials today. A thread on what we learned.\n7:05 PM · Mar 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T19:05', authors: ['Ola Nordmann'], publisher: null });
    expect(a.titleInferred).toBe(true);
    // A handle that is a domain (Bluesky), a display name with an honorific, a Follow button between.
    const b = read(`Dr. Ola Nordmann\n@ola.ferries.social\nFollow\n1/ Our first battery ferry finished sea trials today. A thread on what we learned.\nMarch 12, 2031 at 7:05 PM\n${BODY}`);
    expect(meta(b)).toMatchObject({ date: '2031-03-12T19:05', authors: ['Ola Nordmann'], publisher: null });
    expect(b.titleInferred).toBe(true);
  });

  it('reads a channel name over its audience count as the outlet; a lower-case label is no headline, a date without a year no date', () => {
    const a = read(`Harbour Ferry News\n8.1K subscribers\npinned message\n${BODY}\n👁 2.3K   edited  Mar 12`);
    expect(meta(a)).toMatchObject({ date: null, authors: [], publisher: 'Harbour Ferry News' });
    expect(a.titleInferred).toBe(true);
    const b = read(`Ferry Watch\nFerry Watch\n1.2K members\nElectric ferry finishes sea trials; second vessel ordered\n${BODY}`);
    expect(b.publisher).toBe('Ferry Watch');
  });
});

describe('papers, statements, transcripts', () => {
  it('reads a working paper: a series name in capitals, its number, the title, two authors and "This version:"', () => {
    const a = read(`INSTITUTE FOR FERRY STUDIES\nDiscussion Paper No. 31-07\nBattery Ferries at Sea: What the Trials Show\nIngrid Berg and Tomasz Wrobel\nThis version: March 12, 2031\nAbstract\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Battery Ferries at Sea: What the Trials Show', date: '2031-03-12', authors: ['Ingrid Berg', 'Tomasz Wrobel'], publisher: 'Institute for Ferry Studies', url: null });
  });

  it('reads a preprint page: the first submission is the date, the DOI link the URL', () => {
    const a = read(`[Submitted on 12 Mar 2031 (v1), last revised 2 Apr 2031 (this version, v3)]\nBattery Ferries at Sea: What the Trials Show\nIngrid Berg, Tomasz Wrobel\n${BODY}\nhttps://doi.org/10.55555/ferry.2031.0042`);
    expect(meta(a)).toMatchObject({ title: 'Battery Ferries at Sea: What the Trials Show', date: '2031-03-12', authors: ['Ingrid Berg', 'Tomasz Wrobel'], url: 'https://doi.org/10.55555/ferry.2031.0042' });
  });

  it('reads a repository identifier line as the publisher (and never joins it to the banner above)', () => {
    const a = read(`We thank our members, donors and readers for their support of open research. Donate\nferryrxiv:3103.01234\n[Submitted on 12 Mar 2031 (v1)]\nBattery Ferries at Sea: What the Trials Show\nIngrid Berg, Tomasz Wrobel\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Battery Ferries at Sea: What the Trials Show', date: '2031-03-12', publisher: 'ferryrxiv' });
  });

  it('does not take a tagline stating the publication\'s rhythm for the headline under it', () => {
    const a = read(`HARBOUR GAZETTE\nMorning Ferries\nA daily look at the fights over coastal transport\nCouncil asks who pays for the electric ferry\nBy Ola Nordmann | 03/12/2031 10:00 AM EST\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Council asks who pays for the electric ferry', date: '2031-03-12T10:00', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette' });
  });

  it('names the outlet, not its section, when the site line adds a section word to the name the text uses', () => {
    const text = (site: string) => `${site}\nElectric Ferry Finishes Its Sea Trials\n2031.03.12 21:06\nFjordPost has learned that the ferry operator finished its sea trials on Monday, two years after the order was placed.\nThe operator told FjordPost that a second vessel is planned.`;
    expect(read(text('FjordPost Tech')).publisher).toBe('FjordPost');
    expect(read(text('FjordPost Daily')).publisher).toBe('FjordPost Daily');
  });

  it('reads a public body in the masthead above its menu as the publisher; its chair is no author', () => {
    const a = read(`Skip to content\nHarbour Council Committee on Coastal Transport and Ports\nChairman Ola Nordmann\nHome\nAbout\nHearings\nPress Releases\nNordmann Statement on the Electric Ferry Trials\nMarch 12, 2031\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Nordmann Statement on the Electric Ferry Trials', date: '2031-03-12', authors: [], publisher: 'Harbour Council Committee on Coastal Transport and Ports', url: null });
  });

  it('reads a bullet before a name as the outlet, but a run of such bullets as a menu', () => {
    expect(read(`Electric ferry finishes its sea trials\n- Harbour Gazette\nMarch 12, 2031\n${BODY}`).publisher).toBe('Harbour Gazette');
    const a = read(`Harbour Gazette\n• Ports\n• Shipping\n• Opinion\nElectric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}`);
    expect(a.title).toBe('Electric ferry finishes its sea trials');
    expect(['Ports', 'Shipping', 'Opinion']).not.toContain(a.publisher);
    expect(a.boilerplate.filter((b) => b.reason === 'navigation').map((b) => b.text)).toEqual(expect.arrayContaining(['• Ports', '• Shipping', '• Opinion']));
  });

  it('reads an e-paper\'s author line with role and address under the headline as the byline', () => {
    const a = read(`Harbour Gazette\n12 Mar 2031\nElectric ferry finishes its sea trials\nThe vessel finished its trials two years after the order\nOla Nordmann Shipping Correspondent olan@gazette.example.no\n${BODY}`);
    expect(a.authors).toEqual(['Ola Nordmann']);
    expect(a.body.map((b) => b.text)).not.toContain('Ola Nordmann Shipping Correspondent olan@gazette.example.no');
  });

  it('joins a headline broken over two lines when the page\'s title writes it whole', () => {
    const a = read(`3/12/31, 10:02 AM Electric Ferry Finishes Its Sea Trials Ahead of Schedule | Harbour Gazette\nElectric Ferry Finishes Its Sea Trials\nAhead of Schedule\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}`);
    expect(a.title).toBe('Electric Ferry Finishes Its Sea Trials Ahead of Schedule');
    // Without the whole title elsewhere, the line under the headline is not taken into it.
    expect(read(`Electric Ferry Finishes Its Sea Trials\nAhead of Schedule\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}`).title).toBe('Electric Ferry Finishes Its Sea Trials');
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });

  it('reads a date and its time on the next line as one date', () => {
    expect(read(`Electric ferry finishes its sea trials\nBy Ola Nordmann\nMarch 12, 2031\n9:15 AM GMT+1\n${BODY}`).date?.iso).toBe('2031-03-12T09:15');
    // A number after a date is no time.
    expect(read(`Electric ferry finishes its sea trials\nBy Ola Nordmann\nMarch 12, 2031\n12\n${BODY}`).date?.iso).toBe('2031-03-12');
  });

  it('reads a city on its own line under the date as no site', () => {
    expect(read(`Electric ferry finishes its sea trials\nOla Nordmann\n2031-03-12 09:15\nBergen\n${BODY}`).publisher).toBeUndefined();
  });

  it('reads past a search form\'s label: the header goes on to the headline and byline under it', () => {
    const a = read(`Skip to content\nHarbour Gazette\nNews from every port on the coast\nMenu\nHome\nPorts\nShipping\nSearch for:\nSearch\nHome » Ports » Electric ferry finishes its sea trials\nElectric ferry finishes its sea trials\nWritten by Ola Nordmann\nPublished: 12 March 2031\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url: null });
    expect(a.boilerplate.map((b) => b.text)).toContain('Search for:');
  });

  it('keeps a headline set in capitals over its standfirst, and a headline over a single row of links', () => {
    const a = read(`SHIPYARD DELIVERS FIRST ELECTRIC FERRY TO BERGEN\nThe vessel finished its sea trials two years after the order\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}`);
    expect(a.title).toBe('SHIPYARD DELIVERS FIRST ELECTRIC FERRY TO BERGEN');
    const b = read(`Harbour Gazette\nElectric Ferry Finishes Its Sea Trials\nShare | Post | Email\nThe vessel finished its sea trials two years after the order\nBy Ola Nordmann\nMarch 12, 2031\n${BODY}`);
    expect(b.title).toBe('Electric Ferry Finishes Its Sea Trials');
  });

  it('keeps the masthead body as publisher when a department is given as the source beside the date', () => {
    const a = read(`Ministry of Coastal Transport of the Harbour Republic\nHome > News > Remarks\nSpokesperson Answers Questions on the Ferry Trials\nRelease date: 2031-03-12 10:30    Source: Department of Ports    Font size: [Large] [Small]\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T10:30', publisher: 'Ministry of Coastal Transport of the Harbour Republic' });
  });

  it('reads a row of label, author, account, date and place, as a WeChat article shows them', () => {
    const a = read(`Original | Electric Ferry Finishes Its Sea Trials\nOriginal  Ingrid Berg  Harbour Weekly  2031-03-12 12:03  Bergen\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric Ferry Finishes Its Sea Trials', date: '2031-03-12T12:03', authors: ['Ingrid Berg'], publisher: 'Harbour Weekly', url: null });
  });

  it('reads "City, date" as a date line, and a short name right under the byline as the outlet (not a date, job or place)', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\nBergen, March 12, 2031\nBy Ola Nordmann\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12', authors: ['Ola Nordmann'] });
    const b = read(`Electric Ferry Finishes Its Sea Trials\nPublished: 2031-03-12\nBy Ola Nordmann\nCoastal Circuit\n${BODY}`);
    expect(b.publisher).toBe('Coastal Circuit');
    for (const under of ['March 2031', 'Senior Correspondent', 'San Francisco']) expect(read(`Electric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\n${under}\n${BODY}`).publisher, under).toBeUndefined();
  });

  it('reads role credits as the byline ("Text | Name", "Outlet reporter | Name"), not editors', () => {
    const a = read(`Electric Ferry Finishes Its Sea Trials\nText | Ingrid Berg\nEditor | Tomasz Wrobel\n2031.03.12 21:06\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Ingrid Berg'], date: '2031-03-12T21:06' });
    const b = read(`Electric Ferry Finishes Its Sea Trials\nMarch 12, 2031 10:21\nHarbour Wire reporter | Ingrid Berg\n${BODY}`);
    expect(meta(b)).toMatchObject({ authors: ['Ingrid Berg'] });
  });

  it('takes the wire in the dateline of a distributed release as the publisher, not the issuer named as its source', () => {
    const a = read(`News Release\nFerryCo Finishes Sea Trials of Its First Electric Ferry\nMarch 12, 2031 08:00 ET | Source: FerryCo, Inc.\nBERGEN, Norway, March 12, 2031 (HARBOUR WIRE) -- ${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T08:00', publisher: 'HARBOUR WIRE' });
    const b = read(`FerryCo Finishes Sea Trials of Its First Electric Ferry\nMarch 12, 2031 08:00 ET | Source: FerryCo, Inc.\n${BODY}`);
    expect(b.publisher).toBe('FerryCo, Inc.');
    const c = read(`FOR IMMEDIATE RELEASE\nFerryCo Finishes Sea Trials of Its First Electric Ferry\n${BODY}`);
    expect(meta(c)).toMatchObject({ title: 'FerryCo Finishes Sea Trials of Its First Electric Ferry', publisher: null });
  });

  it('reads a transcript roster as speakers, not authors, and a ticker beside the date as no outlet', () => {
    const a = read(`Harbour Transcripts\nEarnings Call Transcripts\nFerryCo (FRY) Q4 2030 Earnings Call Transcript\nMar. 12, 2031 8:30 AM ET | FerryCo, Inc. (FRY) Stock\nCompany Participants\nIngrid Berg - Chief Executive Officer\nTomasz Wrobel - Chief Financial Officer\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'FerryCo (FRY) Q4 2030 Earnings Call Transcript', date: '2031-03-12T08:30', authors: [], publisher: 'Harbour Transcripts', url: null });
  });
});

describe('news sites with a dash between byline and timestamp', () => {
  it('reads "by Name - MM/DD/YY h:mm PM ET" under the headline as byline and date, and a masthead in capitals named by the copyright line', () => {
    const a = read(`THE HARBOUR\nTransport\nEnergy\nPolicy\nElectric ferry finishes its sea trials\nby Ola Nordmann - 03/12/31 6:12 PM ET\nShare\n${BODY}\nCopyright 2031 Harbour Media Inc. All rights reserved.`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T18:12', authors: ['Ola Nordmann'], publisher: 'The Harbour', url: null });
    expect(bodyText(a)).toEqual([BODY]);
  });

  it("keeps a browser's print stamp (\"4/16/31, 8:03 AM\", with its comma) and a bare fraction from being dates", async () => {
    const { parseDateLine } = await import('./dates.ts');
    expect(parseDateLine('4/16/31, 8:03 AM')).toBeUndefined();
    expect(parseDateLine('3/4/31')).toBeUndefined();
    expect(parseDateLine('04/16/31 8:03 AM')?.iso).toBe('2031-04-16T08:03');
  });

  it('does not name a masthead by a copyright line of another holder', () => {
    const a = read(`THE HARBOUR\nTransport\nEnergy\nPolicy\nElectric ferry finishes its sea trials\nby Ola Nordmann - 03/12/31 6:12 PM ET\n${BODY}\nCopyright 2031 Coastline Syndicate. All rights reserved.`);
    expect(a.publisher).toBeUndefined();
  });
});

describe('bylines, posts and releases in other shapes', () => {
  it('takes a headline written as two sentences over a bare name and a date as the headline, not the name', () => {
    const a = read(`Harbour Money\nMarkets\nPortfolio\nFerry stocks are back below their low. Here's what traders missed.\nOla Nordmann\nWed, Mar 12, 2031, 4:12 AM\n3 min read\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: "Ferry stocks are back below their low. Here's what traders missed.", authors: ['Ola Nordmann'], date: '2031-03-12T04:12' });
    // A sentence over a headline and its byline is still a banner, not the headline.
    const b = read(`Ferries will run all night from May, the operator says.\nElectric ferry finishes its sea trials\nBy Ola Nordmann\n${BODY}`);
    expect(b.title).toBe('Electric ferry finishes its sea trials');
  });

  it('reads "By Name (Outlet) 16:42, <date>" as byline, outlet and timestamp, not as a place and agency before a date', () => {
    const a = read(`Electric ferry finishes its sea trials\nBy Ola Nordmann (Harbour Gazette Online) 16:42, March 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Ola Nordmann'], date: '2031-03-12T16:42', publisher: 'Harbour Gazette Online' });
  });

  it('reads "by @handle (Real Name)" under a headline as its byline, never as the headline\'s tail', () => {
    const a = read(`Fjordpress\nLog In\nElectric ferry finishes its sea trials\nby @fjordcoder (Ola Nordmann)\nMarch 12th, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials', authors: ['Ola Nordmann'], date: '2031-03-12' });
  });

  it('drops a role written before the name ("By technology reporter A")', () => {
    const a = read(`Electric ferry finishes its sea trials\nBy senior transport reporter Ola Nordmann\nMarch 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Ola Nordmann'], date: '2031-03-12' });
  });

  it('reads an aggregator\'s "Posted by handle on <date> @time from the … dept." as the date; a lower-case handle is no author', () => {
    const a = read(`Harbourdot\nStories\nLogin\nElectric ferry finishes its sea trials\nPosted by ferryfan on Wednesday March 12, 2031 @08:00PM from the battery-boats dept.\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T20:00', authors: [] });
    const named = read(`Electric ferry finishes its sea trials\nPosted by Ola Nordmann on March 12, 2031\n${BODY}`);
    expect(meta(named)).toMatchObject({ date: '2031-03-12', authors: ['Ola Nordmann'] });
  });

  it('takes the headline over the date even when a menu above swallowed it as a link', () => {
    const a = read(`Harbour Ledger\nHome\nLatest News\nMarkets\nInvesting\nWatchlist\nElectric ferry finishes its sea trials after two years\nThe yard's first battery ship passes its last test in the Baltic\nLast Updated: Mar. 12, 2031 at 5:02 p.m. ET First Published: Mar. 12, 2031 at 10:14 a.m. ET\nBy Ola Nordmann\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials after two years', date: '2031-03-12T10:14', authors: ['Ola Nordmann'] });
    expect(bodyText(a)).toContain(BODY);
    // The date under it, swallowed with the same list of links, is the date.
    const dated = read(`Harbour Post\nTop stories\nShipyard strike ends after three weeks of talks\nPort of Gdansk expands its container terminal again\nElectric ferry finishes its sea trials in the Baltic\nMarch 12, 2031\nBy Maria Jensen\n${BODY}`);
    expect(meta(dated)).toMatchObject({ date: '2031-03-12', authors: ['Maria Jensen'] });
  });

  it("reads a release's dateline with a state before the date, and the listed company as its publisher, not the distribution wire", () => {
    const release = `Ferrico Reports Record Fourth Quarter\nGDANSK, Pomorskie, Mar. 12, 2031 (HARBOURWIRE) -- Ferrico Holdings Inc. (NASDAQ: FRCO) today reported record revenue of $1.2 billion for the quarter.\n${BODY}`;
    expect(meta(read(release))).toMatchObject({ date: '2031-03-12', publisher: 'Ferrico Holdings Inc.', authors: [] });
    // Any exchange's code; a service between slashes.
    expect(meta(read(`Ferrico Launches Second Battery Ferry\nOSLO, Norway, March 12, 2031 /HarbourNewswire/ -- Ferrico ASA (OSE: FRC) today announced the launch of its second vessel.\n${BODY}`))).toMatchObject({ publisher: 'Ferrico ASA' });
    // A news wire's story about a listed company stays the wire's, even in a release's words.
    expect(read(`Electric ferry finishes its sea trials\nOSLO, March 12, 2031 (Harbour Wire) - Ferrico ASA (OSE: FRC) today announced a second battery ferry.\n${BODY}`).publisher).toBe('Harbour Wire');
    // A wire's own story names the wire.
    const wire = `Electric ferry finishes its sea trials\nGDANSK, Mar. 12, 2031 (Harbour Wire) - The ferry operator said on Monday that its first battery-powered vessel had completed sea trials.\n${BODY}`;
    expect(meta(read(wire))).toMatchObject({ date: '2031-03-12', publisher: 'Harbour Wire' });
  });
});

describe('bylines at the end, newsletters by e-mail', () => {
  it('names the authors from "(By A and B)" or "Written by A and B" at the end when the top has no byline', () => {
    for (const tail of ['(By Ola Nordmann and Kari Hansen)', 'Written by Ola Nordmann and Kari Hansen']) {
      const a = read(`Electric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}\n${BODY.replace('Monday', 'Tuesday')}\n${tail}\nUnsubscribe | Manage your preferences`);
      expect(a.authors).toEqual(['Ola Nordmann', 'Kari Hansen']);
      expect(bodyText(a).join('\n')).not.toContain(tail);
    }
    // A top byline wins.
    expect(read(`Electric ferry finishes its sea trials\nBy Per Olsen\n${BODY}\n(By Ola Nordmann)`).authors).toEqual(['Per Olsen']);
  });

  it("takes an e-mail newsletter's subject (without its emoji) as the title when its header names only itself, past a sponsor line", () => {
    const a = read(`From: The Harbour Drip <crew@drip.example.com>\nSubject: ⚓ The ferry shock\nView Online | Sign Up | Advertise\nMarch 12, 2031\nTogether with Ledgerly\nTHE HARBOUR DRIP\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'The ferry shock', date: '2031-03-12', publisher: 'The Harbour Drip' });
    expect(a.boilerplate.map((b) => [b.text, b.reason])).toContainEqual(['Together with Ledgerly', 'advertisement']);
  });
});

describe('a page printed to PDF', () => {
  it("reads the browser's print footer as the URL and its header as the site, never its print time as the date; repeats are chrome", () => {
    const url = 'https://harbour.example.org/transport/2031/03/12/ferry-trials/';
    const a = read(`3/13/31, 8:03 AM Electric ferry finishes its sea trials | Harbour Gazette\nElectric ferry finishes its sea trials\nBy Ola Nordmann\nMarch 12, 2031 at 7:12 p.m.\n${BODY}\n${url} 1/2\n3/13/31, 8:03 AM Electric ferry finishes its sea trials | Harbour Gazette\n${BODY.replace('Monday', 'Tuesday')}\n${url} 2/2`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12T19:12', authors: ['Ola Nordmann'], publisher: 'Harbour Gazette', url });
    expect(bodyText(a)).toEqual([BODY, BODY.replace('Monday', 'Tuesday')]);
    // "Headline - Site" in the tab's title, as many sites write it.
    expect(read(`3/13/31, 11:20 PM Electric ferry finishes its sea trials - Harbour Herald\nElectric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}`).publisher).toBe('Harbour Herald');
  });
});

describe('a wire story syndicated on a portal', () => {
  it('takes the provider of "Story by Wire • 1mo • 3 min read" as the publisher over the portal, and a relative age as no date', () => {
    const a = read(`Harbour Start\nSearch the web\nNews\nMoney\nHarbour Wire logo\nElectric ferry finishes its sea trials\nStory by Harbour Wire • 1mo • 3 min read\n${BODY}`);
    expect(meta(a)).toEqual({ title: 'Electric ferry finishes its sea trials', date: null, authors: [], publisher: 'Harbour Wire', url: null });
    // A person named so is an author.
    expect(meta(read(`Electric ferry finishes its sea trials\nStory by Ola Nordmann • 2h • 3 min read\n${BODY}`))).toMatchObject({ authors: ['Ola Nordmann'] });
  });
});

describe("a periodical's running head", () => {
  it('reads "page Journal / Vol. N, No. M / date / section" as the publisher and date; repeats on later pages are chrome', () => {
    const a = read(`212 Harbour Gazette of Rules / Vol. 12, No. 3 / Tuesday, March 4, 2031 / Notices\nMINISTRY OF TRANSPORT\nElectric ferry finishes its sea trials\n${BODY}\nHarbour Gazette of Rules / Vol. 12, No. 3 / Tuesday, March 4, 2031 / Notices 213\n${BODY.replace('Monday', 'Tuesday')}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials', date: '2031-03-04', publisher: 'Harbour Gazette of Rules' });
    expect(bodyText(a)).toEqual([BODY, BODY.replace('Monday', 'Tuesday')]);
    // A sentence with slashes is no running head.
    expect(read(`Electric ferry finishes its sea trials\nMarch 3, 2031\nThe ferry / Vol. 2 of the report / March 4, 2031 / notes\n${BODY}`).date?.iso).toBe('2031-03-03');
  });
});

describe("an author's profile card under the headline", () => {
  it('reads a person\'s name over "4.21K Followers" below the headline as the byline; a channel over its audience stays the outlet', () => {
    const a = read(`Harbour Analysis\nHome\nScreeners\nFerryCo: Electric Ferries Are Not A Fad\nMar. 12, 2031 7:45 AM ET\nFerryCo Holdings (FRY) Stock\nMaria Jensen\n4.21K Followers\nFollow\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'FerryCo: Electric Ferries Are Not A Fad', date: '2031-03-12T07:45', authors: ['Maria Jensen'] });
    const channel = read(`Harbour Watch\n12.4K subscribers\nElectric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}`);
    expect(meta(channel)).toMatchObject({ publisher: 'Harbour Watch', authors: [] });
  });
});

describe("an agency's own site", () => {
  it('reads "Taipei, Jan. 16 (FNA) …" without a dash as a dateline, and names the agency as its copyright line spells it out', () => {
    const a = read(`Electric ferry finishes its sea trials\n03/12/2031 09:32 PM\nGdansk, Mar. 12 (HNA) The ferry operator said on Monday that its first battery-powered vessel had completed sea trials.\n${BODY}\n© 2031 Harbour News Agency. All Rights Reserved.`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T21:32', publisher: 'Harbour News Agency' });
    expect(bodyText(a)[0]).toBe('Gdansk, Mar. 12 (HNA) The ferry operator said on Monday that its first battery-powered vessel had completed sea trials.');
    // Without a copyright line that spells the initials out, the initials are the name.
    expect(read(`Electric ferry finishes its sea trials\nGdansk, Mar. 12 (HNA) The ferry operator said on Monday that its vessel had completed sea trials.\n${BODY}`).publisher).toBe('HNA');
    // A company and its ticker are no dateline.
    expect(read(`Electric ferry finishes its sea trials\nFerrico, Inc. (FRCO) The ferry operator said on Monday that its vessel had completed sea trials.\n${BODY}`).publisher).toBeUndefined();
  });
});

describe('a results release as filed', () => {
  it('takes the headline over three highlight lines and the dated dateline', () => {
    const a = read(`EX-99.1 2 q4pr.htm EX-99.1\nDocument\nExhibit 99.1\nFerrico Reports Fourth-Quarter and Fiscal 2031 Results\nRecord quarterly revenue of $1.2 billion, up 12% from Q3\nRecord quarterly ferry revenue of $0.8 billion, up 16% from Q3\nRecord full-year revenue of $4.1 billion, up 40%\nGDANSK, Poland, Mar. 12, 2031 (HARBOURWIRE) -- Ferrico Holdings Inc. (NASDAQ: FRCO) today reported revenue for the fourth quarter of $1.2 billion.\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Ferrico Reports Fourth-Quarter and Fiscal 2031 Results', date: '2031-03-12', publisher: 'Ferrico Holdings Inc.', authors: [] });
  });
});

describe("the header's date repeated under the text", () => {
  it('reads "Posted …, updated …" printed again at the end (even glued) as another copy of the date, not body text', () => {
    const tail = 'Posted 12 Mar 203112 Mar 2031Wed 12 Mar 2031 at 5:12am, updated 12 Mar 2031Wed 12 Mar 2031 at 9:40am';
    const a = read(`Electric ferry finishes its sea trials\nBy Maria Jensen\nPosted Wed 12 Mar 2031 at 5:12am, updated Wed 12 Mar 2031 at 9:40am\n${BODY}\n${tail}\nShare`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T05:12', authors: ['Maria Jensen'] });
    expect(bodyText(a)).toEqual([BODY]);
    // A dated line of another day at the end is left to the text.
    const other = 'Posted 20 Mar 2031, a follow-up on the ferry';
    expect(bodyText(read(`Electric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}\n${other}`))).toContain(other);
  });
});

describe('bylines without "By", and a blog footer', () => {
  it('reads "A and B, Outlet" right under the headline as the authors and the outlet they write for', () => {
    const a = read(`Harbour Gazette\nElectric ferry finishes its sea trials\nMaria Jensen and Per Olsen, Harbour Wire\nMarch 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ authors: ['Maria Jensen', 'Per Olsen'], publisher: 'Harbour Wire' });
  });

  it('reads a blog theme\'s footer "This entry was posted on <date> by A." as the date and author when the top states none', () => {
    const a = read(`Electric ferry finishes its sea trials\n${BODY}\nThis entry was posted on March 12, 2031 by Maria Jensen.`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12', authors: ['Maria Jensen'] });
    expect(bodyText(a)).toEqual([BODY]);
    expect(meta(read(`Electric ferry finishes its sea trials\n${BODY}\nPosted on March 12, 2031`))).toMatchObject({ date: '2031-03-12', authors: [] });
  });
});

describe('an answer dated under its text, a story shared from an app', () => {
  it("reads a Q&A answer's \"Published on <date> · IP location: …\" above its action row and related questions as the date", () => {
    const rows = ['Agree 1.2K', 'Disagree', '48 comments', 'Share', 'Favorite', 'Report', 'More answers', 'Related questions', 'Are electric ferries worth it?', 'Why did the terminal open late?', 'Help center · Privacy', 'ICP Certificate No. 12345678'];
    const a = read(`Why did the ferry terminal open two years late?\nKari Lie\n${BODY}\n${BODY.replace('Monday', 'Tuesday')}\nPublished on 2031-03-12 10:32 · IP location: Fujian\n${rows.join('\n')}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T10:32', publisher: null });
    // A dated line of the text itself is not labelled as the publication: left alone.
    const quoted = read(`Why did the ferry terminal open two years late?\n${BODY}\nThe first ferry sailed on 2031-03-12 10:32\n${rows.join('\n')}`);
    expect(meta(quoted).date).toBeNull();
  });

  it('reads the bare link under a share sheet\'s "Shared via <app>" as the story\'s address, and the share line as chrome', () => {
    const a = read(`Electric ferry finishes its sea trials\nFrom Harbour Business Journal\nMarch 12, 2031 at 7:02 PM\n${BODY}\nTap to read the full story in Harbour Business Journal\nShared via Headlines for Android\nhttps://harbourbj.example.com/2031/03/12/ferry-trials\nSent from my phone`);
    expect(meta(a)).toMatchObject({ url: 'https://harbourbj.example.com/2031/03/12/ferry-trials', publisher: 'Harbour Business Journal' });
    expect(bodyText(a)).toEqual([BODY]);
    // A bare link the text gives (a repository) under any other line is not the story's address.
    expect(meta(read(`Electric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}\nThe operator published its code:\nhttps://example.org/ferry/code`)).url).toBeNull();
  });
});

describe("a release on a distribution service's page", () => {
  const page = (dateline: string) =>
    `Wire Dispatch\nSend a Release\nNews\nProducts\nBrowse News Releases\nBusiness & Money\nPolicy & Public Interest\nFjord Ferries Orders Three Battery Ships for the Bergen Crossing\nFirst vessel to enter service in 2032\nNEWS PROVIDED BY\nFjord Ferries ASA\nMar 12, 2031, 08:00 ET\n${dateline} ${BODY}`;
  it('names the company the "NEWS PROVIDED BY" label and the dateline\'s "(\\"Short name\\") today" name, not the service; the menu\'s last item is no text', () => {
    const a = read(page('BERGEN, Norway, March 12, 2031 /WireDispatch/ -- Fjord Ferries ASA ("Fjord Ferries") today ordered three ships.'));
    expect(meta(a)).toMatchObject({ publisher: 'Fjord Ferries ASA', authors: [], title: 'Fjord Ferries Orders Three Battery Ships for the Bergen Crossing' });
    expect(bodyText(a)).not.toContain('Policy & Public Interest');
    // Under the label alone (the dateline names only the service), the label's company is still the publisher, and no author.
    expect(meta(read(page('BERGEN, Norway, March 12, 2031 /WireDispatch/ --')))).toMatchObject({ authors: [] });
  });
});

describe("a letter copied from its PDF", () => {
  const letter = (closing: string) =>
    `HARBOUR CAPITAL MANAGEMENT, LP\nQ1 2031 Letter to Limited Partners\nApril 14, 2031\nDear Partners,\n${BODY}\n${BODY.replace('Monday', 'Friday')}\nPage 1 of 2\n${closing}\nPage 2 of 2\nIMPORTANT DISCLOSURES\nThis letter is provided for information only.`;
  it("takes the letter's title over the firm's name in capitals, the firm as the publisher, and the name under its closing as the author", () => {
    const a = read(letter('Sincerely,\nKari Lie\nManaging Partner'));
    expect(meta(a)).toMatchObject({ title: 'Q1 2031 Letter to Limited Partners', publisher: 'Harbour Capital Management, LP', authors: ['Kari Lie'], date: '2031-04-14' });
    // A closing over a team's name names no person.
    expect(meta(read(letter('Best regards,\nThe Investment Team'))).authors).toEqual([]);
  });
});

describe("a report's author block at its end", () => {
  it('reads the names of an "Author Information" block, each over its job title, as the authors, and the block as an author note', () => {
    const a = read(`Ferry Subsidies and the Harbour Budget: Issues for the Council\nMarch 12, 2031\n${BODY}\nCouncil Research Office 1\nAuthor Information\nKari J. Lie\nAnalyst in Transport Policy\nPer Olsen\nSpecialist in Public Finance\nDisclaimer\nThis document was prepared for the council and may be copied freely.`);
    expect(meta(a).authors).toEqual(['Kari J. Lie', 'Per Olsen']);
    expect(a.body.map((b) => b.text)).not.toContain('Analyst in Transport Policy');
    // Under a byline at the top, the block names no one new.
    expect(meta(read(`Ferry subsidies and the harbour budget\nBy Maria Jensen\n${BODY}\nAuthor Information\nKari J. Lie\nAnalyst in Transport Policy`)).authors).toEqual(['Maria Jensen']);
  });
});

describe("a law firm's client alert on a publishing platform", () => {
  it('names the firm over its lawyers under the headline as the publisher, not the platform at the top; the lawyers are the authors', () => {
    const page = (firm: string) => `Legal Ledger\nSign In\nLatest Updates\nLaw Firms\nTopics\nShipping Subsidies After the Harbour Act: What Operators Need to Know\n${firm}\nKari Lie, Per Olsen, Maria Jensen\nMarch 12, 2031\n${BODY}`;
    expect(meta(read(page('Crane & Birk LLP')))).toMatchObject({ publisher: 'Crane & Birk LLP', authors: ['Kari Lie', 'Per Olsen', 'Maria Jensen'] });
    // A line under the headline that names no firm leaves the platform the publisher.
    expect(meta(read(page('Shipping Desk')))).toMatchObject({ publisher: 'Legal Ledger' });
  });
});
