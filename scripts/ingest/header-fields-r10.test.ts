/**
 * Header fields of layouts first met in holdout16, each on invented text: a field's label the label list does not
 * know before a date, a length after it, dashed day-first dates, and a member's profile fields in a post header.
 */
import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseDateLine, parseDateline } from './dates.ts';
import { withoutThreadPrefix } from './headline.ts';
import { parseCreditParts } from './byline-credits.ts';
import { parseNameLine } from './byline-names.ts';
import { readMeta } from './header-line.ts';
import { plain } from './headline.ts';

describe('labelled dates', () => {
  it('reads a date after a short field label the list does not know', () => {
    expect(parseDateLine('Recorded 3 March 2031 | 1 hr 5 min')).toEqual({ iso: '2031-03-03', hasTime: false });
    expect(parseDateLine('Thread opened Jun 2, 2031')).toEqual({ iso: '2031-06-02', hasTime: false });
    expect(parseDateLine('Statement | 07-05-2031 | 09:30')).toEqual({ iso: '2031-05-07T09:30', hasTime: true });
    // A headline ending in a date capitalises its words: no field label.
    expect(parseDateLine('Ferry Strike Called Off March 3, 2031')).toBeUndefined();
    expect(parseDateLine('Posted in Policy Jan 3, 2031')).toBeUndefined();
    expect(parseDateLine('Budget 3 March 2031')).toBeUndefined();
  });

  it("drops an episode's or a story's length after the date", () => {
    expect(parseDateLine('Jun 9, 2031 · 52 min')?.iso).toBe('2031-06-09');
    expect(parseDateLine('9 June 2031 • 6 min listen')?.iso).toBe('2031-06-09');
    expect(parseDateLine('9 June 2031 52 min')).toBeUndefined();
  });

  it('reads a dashed numeric date day first, unless its second number cannot be a month', () => {
    expect(parseDateLine('07-05-2031')?.iso).toBe('2031-05-07');
    expect(parseDateLine('05-23-2031')?.iso).toBe('2031-05-23');
  });
});

describe("a post header's profile fields", () => {
  const thread = [
    'Ferry Talk Forums',
    'Forums',
    "What's new",
    'Members',
    'Log in',
    'Register',
    'Search',
    'Forums',
    'Harbour boards',
    'Electric ferries',
    'Battery ferry finishes its sea trials in the Baltic ahead of schedule',
    'Thread starter deckhand_42',
    'Start date Mar 12, 2031',
    'Tags',
    'ferries',
    'batteries',
    'Mar 12, 2031',
    '#1',
    'deckhand_42',
    'Well-known member',
    'Joined',
    'Aug 3, 2017',
    'Messages',
    '1,204',
    BODY,
  ].join('\n');

  it("takes the thread's start date, not the member's join date, and never a field label for the site", () => {
    const m = meta(read(thread.replace('Battery ferry', 'Discussion Battery ferry')));
    expect(m.date).toBe('2031-03-12');
    expect(m.publisher).toBe('Ferry Talk Forums');
    expect(m.title).toBe('Battery ferry finishes its sea trials in the Baltic ahead of schedule');
  });
});

describe("a thread's prefix label", () => {
  it('is dropped only under a thread header line', () => {
    expect(withoutThreadPrefix('Question Why did the night train stop in Lillehammer?', ['Thread starter railfan'])).toBe('Why did the night train stop in Lillehammer?');
    expect(withoutThreadPrefix('News Corp buys a ferry operator in Bergen', ['By Ola Nordmann'])).toBe('News Corp buys a ferry operator in Bergen');
  });
});

describe('a date line the chrome rules took for a list row', () => {
  it("is the story's date when it stands in the header and no other date was read", () => {
    const text = [
      'NORDIC HARBOUR TIMES', 'Menu', 'Log in', 'Subscribe | 40% off', 'Home', 'Business', 'Shipping', 'Ferries',
      'Battery ferries win orders from three Baltic operators',
      'Yards in Gdansk and Turku ride the switch to electric hulls',
      'OLA NORDMANN, Staff writer',
      '12 March 2031 09:15 CET',
      `OSLO -- ${BODY}`,
      'The yard said it expected to deliver two more hulls this year, and that a third operator had signed a letter of intent for four vessels.',
      'Recommended', 'Why shipyards in Poland are hiring again', '10 March 2031 18:00 CET',
      'Operators say the ferries cost more to build but less to run, and that the savings pay back the difference within about seven years.',
      'Trending', 'Night trains return to the Oslo line', '11 March 2031 07:45 CET',
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ date: '2031-03-12T09:15', publisher: 'Nordic Harbour Times' });
  });
});

describe("a logo's alt text with the word first", () => {
  it('names the site without the word, once', () => {
    const text = [
      'Skip to content', 'Ministry of Harbours', 'Logo Ministry of Harbours', 'Norsk', 'Topics', 'Documents', 'Contact', 'Home', 'Latest news',
      'Press release | 07-05-2031 | 09:30',
      'Harbour authority widens ferry subsidies for battery-powered vessels',
      BODY,
      'Related', 'Letter to parliament on ferry subsidies', 'Parliamentary document | 07-05-2031',
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ date: '2031-05-07T09:30', publisher: 'Ministry of Harbours' });
  });
});

describe('credits separated by semicolons, each with its comma', () => {
  it('credits one person per part; the words after the comma say where or for whom', () => {
    expect(parseCreditParts('Kari Hansen, Bergen; Lin Mei-ling, Fjord Freight Asia')).toEqual({ authors: ['Kari Hansen', 'Lin Mei-ling'] });
    expect(parseCreditParts('Kari Hansen, Bergen; Lin Mei-ling, Nordic Shipping Review')).toEqual({ authors: ['Kari Hansen', 'Lin Mei-ling'], publisher: 'Nordic Shipping Review' });
    expect(parseCreditParts('Kari Hansen, BERGEN; Lin Mei-ling, Oslo')).toEqual({ authors: ['Kari Hansen', 'Lin Mei-ling'] });
  });
});

describe('labelled source and credit lines of notes, reference managers and document exports', () => {
  const line = (t: string) => readMeta(plain(t), false);
  it("reads a field list's wiki links and its publication", () => {
    expect(line('* Authors: [[Kari Hansen]], [[Lin Mei-ling]]')).toEqual({ kind: 'byline', authors: ['Kari Hansen', 'Lin Mei-ling'] });
    expect(line('- Creators: [[Jane Roe]]')).toEqual({ kind: 'byline', authors: ['Jane Roe'] });
    expect(line('* Publication: Fjord Post')).toEqual({ kind: 'meta', role: 'publisher', value: 'Fjord Post' });
  });

  it("reads a bold label, a Markdown export's escapes and a note in brackets with the day", () => {
    expect(line('**Source:** Nordic Shipping Review (copied from the app, 3 June 2031\\)')).toEqual({ kind: 'date', iso: '2031-06-03', hasTime: false, publisher: 'Nordic Shipping Review' });
    expect(line('**By** Kari Hansen in Bergen and Lin Mei-ling in Taipei')).toEqual({ kind: 'byline', authors: ['Kari Hansen', 'Lin Mei-ling'] });
    // A source named in a sentence is no field.
    expect(line('Source: people familiar with the matter, who asked not to be named.')).toBeUndefined();
  });

  it('reads "From <outlet>" beside a "by" part as the outlet, not an author', () => {
    expect(line('From The Fjord Times — by Jane Roe and Kari Hansen · Jun 9, 2031 at 9:05 AM CEST')).toEqual({
      kind: 'byline', authors: ['Jane Roe', 'Kari Hansen'], publisher: 'The Fjord Times', date: { iso: '2031-06-09T09:05', hasTime: true },
    });
  });
});

describe("names with a company's job titles", () => {
  it('reads a row of them as one credit, never a name with its title as the outlet', () => {
    expect(readMeta('Jane Roe, Head of Fleet Software · Ola Nordmann, Principal Engineer', false)).toEqual({ kind: 'byline', authors: ['Jane Roe', 'Ola Nordmann'] });
    expect(readMeta('Kari Hansen, Staff Engineer | Lin Mei-ling, Research Scientist', false)).toEqual({ kind: 'byline', authors: ['Kari Hansen', 'Lin Mei-ling'] });
  });
});

describe('a headline printed twice above the story, under a site menu and a section label', () => {
  it('is the headline, and the menu top the text names again is the site', () => {
    const text = [
      'Harbour Ticker', 'Markets', 'Stocks', 'Funds', 'Sign In', 'Free Sign Up',
      'OSE 1,412.08 +0.35%', 'DAX 19,341.83 -1.07%',
      'Shipping Stocks News',
      'Ferry shares jump 12% as battery orders pile up',
      'Published 06/03/2031, 09:18 AM',
      'By Jane Roe',
      'Ferry shares jump 12% as battery orders pile up',
      'FJRD', '+12.10%',
      `Harbour Ticker -- ${BODY}`,
      'More text follows here about the yard and its orders, which the operator said would be delivered over the next two years.',
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ title: 'Ferry shares jump 12% as battery orders pile up', date: '2031-06-03T09:18', authors: ['Jane Roe'], publisher: 'Harbour Ticker' });
  });
});

describe("a release's dateline without an agency", () => {
  it('gives the date when the place is in capitals and a dash follows the year', () => {
    expect(parseDateline('OSLO, Norway, 3 June 2031 -- Fjord Ferries said on Tuesday it had ordered two more hulls.')).toEqual({ text: 'OSLO, Norway, 3 June 2031 --', iso: '2031-06-03', hasTime: false });
    expect(parseDateline('BERGEN, March 3, 2031 — The yard said it would hire 200 welders.')?.iso).toBe('2031-03-03');
    // A sentence that opens with a place in title case is no dateline.
    expect(parseDateline('Bergen, March 3, 2031 — The yard said it would hire 200 welders.')).toBeUndefined();
  });
});

describe("a browser's translation bar above the page", () => {
  it("is no menu of the site's: the masthead under it names the site", () => {
    const text = [
      'This page has been translated from Chinese (Simplified) to English', 'Show original',
      '24Ferry', 'Home', 'Latest', 'Shipping', 'Ports', 'Log in',
      'Battery ferries win orders from three Baltic operators', 'Text | Li Na', '2031-06-03 09:15', BODY,
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ publisher: '24Ferry', authors: ['Li Na'], date: '2031-06-03T09:15' });
  });
});

describe('a headline of two sentences over its dek and byline', () => {
  it('is the headline, not the first paragraph under the date', () => {
    const text = [
      'FJORD POST',
      'Ferry stocks get a battery reality check. Here is what it means for the yards',
      'The cheap hulls wiped a billion kroner off the builders. Investors are asking what comes next.',
      'By Kari Hansen', '3 June 2031',
      'Investors woke up on Tuesday to a question that would have seemed absurd a week ago: what if the fleet does not need as many new hulls as everyone thought?',
      BODY,
    ].join('\n');
    expect(meta(read(text)).title).toBe('Ferry stocks get a battery reality check. Here is what it means for the yards');
  });
});

describe('two body names over the headline', () => {
  const page = (second: string, story: string) =>
    ['Harbour Administration of Norway', second, 'Home', 'Notices', 'Ferries', 'Home > Notices > Ferries', story, 'Time: 2031-01-08 16:30:00', BODY].join('\n');
  it('keeps the name the story uses when the second is the same body\'s other name', () => {
    expect(meta(read(page('Office of the Central Harbour Commission', 'Notice of the Harbour Administration of Norway on ferry licences'))).publisher).toBe('Harbour Administration of Norway');
  });
  it('takes the second when it is the unit the story names', () => {
    expect(meta(read(page('Bureau of Ferry Safety', 'Bureau of Ferry Safety issues new rules on battery ferries'))).publisher).toBe('Bureau of Ferry Safety');
  });
});

describe("a document's kind under its title", () => {
  it('is no name', () => {
    expect(parseNameLine('Industry Update')).toBeUndefined();
    expect(parseNameLine('Company Note')).toBeUndefined();
    expect(parseNameLine('Kari Hansen')).toEqual(['Kari Hansen']);
  });
});

describe("a newsletter's web archive page", () => {
  it("reads the issue line's date, the subject line as the title (not an item's headline with its reading time) and the signature", () => {
    const text = [
      'Harbour Notes', 'Newsletters', 'Archive', 'Sign up',
      'Harbour Notes Daily 2031-06-03',
      'Battery ferries, a yard in Gdansk, and a new port fee',
      'Get the shipping news in 5 minutes a day. Join 40,000 readers.', 'Subscribe', 'Top stories',
      'Battery ferries win orders from three Baltic operators (3 minute read)', BODY,
      'Port of Bergen raises fees for diesel ships (2 minute read)',
      'The port said fees for diesel ships calling at its quays would rise by a fifth from August, while battery ships would pay nothing for a year.',
      'Thanks for reading!', 'Kari Hansen', 'Unsubscribe',
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ title: 'Battery ferries, a yard in Gdansk, and a new port fee', date: '2031-06-03', authors: ['Kari Hansen'], publisher: 'Harbour Notes' });
  });

  it('reads a name and an ISO date as an issue line, but not a name and a bare year', () => {
    expect(parseDateLine('Fjord Brief 2031-06-04')?.iso).toBe('2031-06-04');
    expect(parseDateLine('Fjord Brief 2031')).toBeUndefined();
  });
});
