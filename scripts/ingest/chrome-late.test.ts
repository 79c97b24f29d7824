import { describe, expect, it } from 'vitest';
import { byText as byRole } from './chrome.test-helpers.ts';

/** What each line became: a removal reason, or the segment's kind (with the meta role). */
const byText = (text: string) => byRole(text, { roles: true });

const LONG = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const LONG2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';

describe('chrome told by what the header made of its neighbours', () => {
  it("removes section labels in the header beside other chrome, and the site's tagline under its masthead", () => {
    // (Three labels: a run of four is a menu by itself, chrome-menus.ts.)
    const k = byText(`Fjord Post\nMenu\nWorld\nU.S.\nPolitics\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    // Either read by the header as its section labels or removed as a menu: never body text.
    for (const t of ['U.S.', 'Politics']) expect(['navigation', 'meta section'], t).toContain(k.get(t));
    expect(k.get(LONG)).toBe('paragraph');
    const m = byText(`Fjord Post\nNews for the west coast since 1902\nSubscribe\nSign in\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    expect(m.get('News for the west coast since 1902')).toBe('page chrome');
    expect(m.get('Ferry line doubles its fleet')).toBe('title');
    // Right above a headline read from the standfirst, a line is kept unless it reads as a newsletter's tagline: it may be the real headline.
    const h = byText(`FJORD POST\nLatest | Analysis | Events\nFerry line doubles its fleet\nThe operator's $2 billion plan was the first step; now it wants a yard of its own in Bergen\nStaff Reporter\nBergen\nPublished: Mon 3 Mar 2025, 9:00 AM\n${LONG}\n${LONG2}`);
    expect(h.get('Ferry line doubles its fleet')).not.toBe('page chrome');
  });

  it("removes a blog's long description under its name and over its menu, never a line with a figure", () => {
    const desc = 'Field notes on ferries, harbours and the people who run them, by a retired marine engineer';
    const k = byText(`Skip to content\nHarbour Log\n${desc}\nHome\nAbout\nArchive\nFerry line doubles its fleet\nPosted on March 3, 2025 by kari\n${LONG}\n${LONG2}`);
    expect(k.get(desc)).toBe('page chrome');
    expect(k.get(LONG)).toBe('paragraph');
    const story = 'The operator said its 12 new ferries would carry more passengers than the whole fleet did in 2019';
    const s = byText(`Skip to content\nHarbour Log\n${story}\nHome\nAbout\nArchive\nFerry line doubles its fleet\nPosted on March 3, 2025 by kari\n${LONG}\n${LONG2}`);
    expect(s.get(story)).not.toBe('page chrome');
  });

  it("removes a site's video label in the text and the video's title under it", () => {
    const k = byText(`Fjord Post\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\nFjord Video\nHow a battery ferry charges in ten minutes\n${LONG2}`);
    expect(k.get('Fjord Video')).toBe('related links');
    expect(k.get('How a battery ferry charges in ten minutes')).toBe('related links');
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it('keeps a byline name and a standfirst in the header', () => {
    const k = byText(`Ferry line doubles its fleet\nShare\nKari Hansen\nStaff Writer\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    expect(k.get('Kari Hansen')).not.toBe('navigation');
    expect(k.get('Staff Writer')).not.toBe('navigation');
  });

  it('removes a caption right above its credit, and under an image in its block', () => {
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\nA battery ferry at the yard in Ulsteinvik\n(Image credit: Fjord Lines)\n${LONG}\n${LONG2}`);
    expect(k.get('A battery ferry at the yard in Ulsteinvik')).toBe('image');
    expect(k.get('(Image credit: Fjord Lines)')).toBe('credit');
    const md = byText(`# Ferry line doubles its fleet\n\n${LONG}\n\n![Fleet chart](/img/fleet.png)\nShips in service, 2020-2025\n\n## Why it matters\n\n${LONG2}`);
    expect(md.get('Ships in service, 2020-2025')).toBe('image');
    expect(md.get('## Why it matters')).not.toBe('image');
  });

  it('removes an author box at the end: the name (in capitals or not), a job title or employer, and the note', () => {
    const k = byText(`Ferry line doubles its fleet\nBy KARI HANSEN\nMarch 3, 2025\n${LONG}\n${LONG2}\nKARI HANSEN\nHansen covers shipping for the Fjord Post in Bergen.`);
    expect(k.get('KARI HANSEN')).toBe('author bio');
    expect(k.get('Hansen covers shipping for the Fjord Post in Bergen.')).toBe('author bio');
    const j = byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\n${LONG2}\nOla Berg\nFjord Press Wire\nOla covers Nordic shipping from Oslo.`);
    expect(j.get('Fjord Press Wire')).toBe('author bio');
    expect(j.get('Ola covers Nordic shipping from Oslo.')).toBe('author bio');
  });

  it('keeps a standfirst above a caption that holds its own credit, and takes a publication stamp below the text', () => {
    const k = byText(`Ferry line doubles its fleet\nThe operator will use the money to build ships in Norway\nKari Hansen, chief executive, speaks at a briefing in Bergen on March 2, 2025. (Photo by Ola Berg)\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nFirst Published: Mar 03, 2025 11:40 CET`);
    expect(k.get('The operator will use the money to build ships in Norway')).not.toBe('image');
    // The tail's date rules may read it first (header-tail.ts); either way it leaves the body.
    expect(k.get('First Published: Mar 03, 2025 11:40 CET')).not.toBe('paragraph');
    const m = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nUpdated: Mar 04, 2025\nComments are closed.`);
    expect(m.get('Updated: Mar 04, 2025')).not.toBe('paragraph');
  });

  it('keeps a closing sentence about someone the story quotes', () => {
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nOla Berg, a shipping analyst, disagreed.\nBerg is an analyst at Nordic Securities, which holds no shares in the operator.`);
    expect(k.get('Berg is an analyst at Nordic Securities, which holds no shares in the operator.')).toBe('paragraph');
  });

  it("removes the site's name and tagline closing the page, a newsletter's name beside its prompt, and a paging link's title", () => {
    const k = byText(`Fjord Post\nMenu\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nFerry Daily\nStay in the know! Get the latest news in your inbox daily\n« Prev Page\nTen lessons from a ferry timetable\nFjord Post — A constructive and inclusive network for ferry people.`);
    expect(k.get('Ferry Daily')).toBe('share or subscribe prompt');
    expect(k.get('Ten lessons from a ferry timetable')).toBe('related links');
    expect(k.get('Fjord Post — A constructive and inclusive network for ferry people.')).toBe('site footer');
  });
});

describe('a newsletter sign-up and an author note after the story', () => {
  const head = `Fjord Post\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`;

  it("removes the sign-up's name and pitch under its prompt, and its pitch above the e-mail field", () => {
    const k = byText(`${head}\nSubscribe to the biggest shipping news\nFjord Post Daily\nEvery weekday, you can get the best of our coverage.\nContact Us\nPrivacy Policy`);
    expect(k.get('Fjord Post Daily')).toBe('share or subscribe prompt');
    expect(k.get('Every weekday, you can get the best of our coverage.')).toBe('share or subscribe prompt');
    const m = byText(`${head}\nSign up for Fjord Post Shipping\nGet the news that matters in five minutes.\nEnter your email\nSubscribe`);
    expect(m.get('Get the news that matters in five minutes.')).toBe('share or subscribe prompt');
  });

  it("keeps the story's last short line under a share bar or right above a form", () => {
    const k = byText(`${head}\nLink copied\nThe ministry declined to comment on the figures.\nShare this article`);
    expect(k.get('The ministry declined to comment on the figures.')).toBe('paragraph');
    const m = byText(`${head}\nThe ministry declined to comment on the figures.\nEnter your email\nSubscribe`);
    expect(m.get('The ministry declined to comment on the figures.')).toBe('paragraph');
  });

  it('removes a note opening with the author\'s name and "joined … in <year>"', () => {
    const k = byText(`${head}\nKari Hansen joined the Post in 2021 and covers shipping from Bergen.`);
    expect(k.get('Kari Hansen joined the Post in 2021 and covers shipping from Bergen.')).toBe('author bio');
  });

  it("removes a menu of labels under the masthead, the last heading over nothing but chrome or quotes, and a profile card's note", () => {
    const nav = byText(`Fjord Post\nShips & Ports\nEnergy & Climate\nEvents\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    for (const t of ['Ships & Ports', 'Energy & Climate']) expect(['navigation', 'meta section'], t).toContain(nav.get(t));
    const head = `Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`;
    const quotes = byText(`${head}\n## Highlights\n> The ferry operator said on Monday that it would double its fleet`);
    expect(quotes.get('## Highlights')).toBe('page chrome');
    expect(quotes.get(LONG2)).toBe('paragraph');
    // A heading with the story's text under it stays.
    const mid = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n## What comes next\n${LONG2}`);
    expect(mid.get('## What comes next')).toBe('paragraph');
    const card = byText(`${head}\nOla Nordmann\nSenior reporter\nWrites about energy and transport from Bergen.\nRecommended`);
    expect(card.get('Writes about energy and transport from Bergen.')).toBe('author bio');
    const prose = byText(`${head}\nThe deal\nCovers three routes and two ports, the company said.\n${LONG}`);
    expect(prose.get('Covers three routes and two ports, the company said.')).toBe('paragraph');
  });

  it('removes an author note whose name carries a title ("Dr."), as the byline names the author without it', () => {
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen and Ola Berg\nMarch 3, 2025\n${LONG}\n${LONG2}\nDr. Kari Hansen is a senior fellow at the Fjord Institute.\n© 2025 Fjord Institute`);
    expect(k.get('Dr. Kari Hansen is a senior fellow at the Fjord Institute.')).toBe('author bio');
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it("removes a blog's description in sentences between its masthead and the post's date header, not a line with a figure", () => {
    const k = byText(`Quay Notes\nThoughts on shipping by a retired harbour master. Opinions my own.\nMonday, March 3, 2025\nFerry line doubles its fleet\n${LONG}\n${LONG2}`);
    expect(k.get('Thoughts on shipping by a retired harbour master. Opinions my own.')).toBe('page chrome');
    expect(k.get(LONG)).toBe('paragraph');
    const m = byText(`Quay Notes\nThe operator said the ships would cost $400 million.\nMonday, March 3, 2025\nFerry line doubles its fleet\n${LONG}\n${LONG2}`);
    expect(m.get('The operator said the ships would cost $400 million.')).not.toBe('page chrome');
  });
});
