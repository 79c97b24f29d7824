import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { byText } from './chrome.test-helpers.ts';

/** Chrome lines of the layouts holdout21/22 opened (a wire's site, a share sheet, a reader view, a report's PDF…), told by general marks. */

const kind = (t: string) => {
  const v = lineChrome(t);
  return v === undefined ? undefined : 'credit' in v ? 'credit' : v.reason;
};

const P1 = 'The orchard cooperative said on Friday that its apple harvest had fallen sharply this year, after a late frost and a dry summer hit the valley.';
const P2 = 'Its chair told members that the cooperative would ask the regional government for help with the cost of new irrigation before next spring.';
const P3 = 'Growers in the neighbouring valleys reported smaller losses, which the cooperative put down to their higher ground and their older trees.';
const HEAD = 'Valley Courier\nFrost and drought cut the apple harvest\nBy Tomas Brandt\nOctober 2, 2025';

describe('captions told by the form of their credit', () => {
  it("reads a wire's FILE caption, a bracketed Agency Photo/Name credit and a Name/Outlet credit after the caption's stop", () => {
    expect(kind('FILE - The cooperative\'s packing shed in Vesta, May 30, 2024. (QW Photo/Ada Fenwick, File)')).toBe('credit');
    expect(kind('FILE — Pickers load crates at dawn in the lower orchard.')).toBe('image');
    expect(kind('FILE PHOTO: Pickers load crates at dawn in the lower orchard.')).toBe('image');
    expect(kind('The chair has said the harvest was "the worst in memory." (Ada Fenwick/Harbour Images)')).toBe('credit');
    expect(kind('Pickers at dawn on the upper slope. (Ada Fenwick/The Valley Courier)')).toBe('credit');
  });

  it('reads a scene closed by a picture agency in brackets, never a reported sentence closed by one', () => {
    expect(kind("The cooperative's chair speaks alongside growers at the harvest fair in Vesta. (AP)")).toBe('credit');
    expect(kind('The ministry said it would announce the aid package next week. (Yonhap)')).toBeUndefined();
    expect(kind('Growers expect the aid to arrive before the spring. (Reuters)')).toBeUndefined();
    expect(kind('The cranes were bought from two suppliers (Vesta/Quay).')).toBeUndefined();
  });
});

describe('lines about the page itself, not its story', () => {
  it('removes update and provenance notes under their label, a paywall line with an aside, a feedback question', () => {
    expect(kind('Update, February 4, 10:15 am ET: This story has been updated to include a response from the ministry.')).toBe('production note');
    expect(kind('Correction (March 3): An earlier version of this article misstated the size of the fund.')).toBe('production note');
    expect(kind('This article was written by Ada Fenwick for the Vesta Daily.')).toBe('production note');
    expect(kind('Valley Connection features translated and adapted content that was originally published by Vesta Daily.')).toBe('production note');
    expect(kind('*The rest of this post, with our model of the 2026 harvest, is for paid subscribers.*')).toBe('share or subscribe prompt');
    expect(kind('Did you find this article helpful?')).toBe('widget');
    expect(kind('Update: the cooperative said on Friday that the harvest fell by a third.')).toBeUndefined();
    expect(kind('Did you find the cooperative helpful, growers were asked in the survey?')).toBeUndefined();
  });

  it("removes an app's share stamp and its pitch for the reader's devices, a webmail's recipient line", () => {
    expect(kind('Shared from Harbour News')).toBe('share or subscribe prompt');
    expect(kind('Sent from my iPhone')).toBe('share or subscribe prompt');
    expect(kind('Get Harbour News on your iPhone, iPad, and Mac.')).toBe('share or subscribe prompt');
    expect(kind('to me')).toBe('production note');
    expect(kind('...moreless')).toBe('navigation');
    expect(kind('Growers get the aid on their accounts within a week.')).toBeUndefined();
  });

  it("removes a reviewer's credit, a note app's embed and a headed related link mid-story", () => {
    expect(kind('Reviewed by Ada Fenwick')).toBe('wire credits');
    expect(kind('![[assets/harvest-chart.png]]')).toBe('image');
    expect(kind("Also: What is frost insurance? Here's everything you need to know")).toBe('related links');
    expect(kind('Also: the cooperative said it would hire 40 more pickers.')).toBeUndefined();
  });

  it("removes a publisher's colophon of a self-description beside a disclaimer, not the description alone", () => {
    const colophon = 'The Vesta Institution is a nonprofit organization devoted to independent research. The conclusions of any Vesta publication are solely those of its author(s).';
    expect(kind(colophon)).toBe('production note');
    expect(kind('The Vesta Institution is a nonprofit organization devoted to independent research.')).toBeUndefined();
  });
});

describe('chrome told by its neighbours and its place', () => {
  it("takes a newsletter's tagline between its sign-up lines", () => {
    const tag = 'A weekly dive into how farming is changing the valley';
    const k = byText(`${HEAD}\n${P1}\nSign up to Orchard Notes\nFree weekly newsletter\n${tag}\nPrivacy Notice: Newsletters may contain info about charities and online ads.\n${P2}\n${P3}`);
    expect(k.get(tag)).toBe('share or subscribe prompt');
    expect(k.get(P2)).toBe('paragraph');
  });

  it("reads a webmail's stamp and the recipient line under it as two lines, not one wrapped sentence", () => {
    const k = byText(`Orchard Notes #12: The frost question\nAda Fenwick <ada@orchard.example.com> Unsubscribe\nSun, Jan 26, 2025, 7:05 AM\nto me\n\n${P1}\n${P2}`);
    // The header's reading of the mail pane takes "to me" as a line of its own (meta), never part of the stamp.
    expect(k.get('to me')).toBe('meta');
    expect(k.get('Sun, Jan 26, 2025, 7:05 AM')).toBe('date');
  });

  it('takes a row of a reading time and a date the header left open (its date read elsewhere)', () => {
    const row = '3 min read . 2 Oct 2025, 09:45 AM IST';
    const k = byText(`Valley Courier\nFrost and drought cut the apple harvest\nTomas Brandt\n${row}\nTomas Brandt\n${P1}\n${P2}\n${P3}\nFirst Published: 2 Oct 2025, 09:45 AM IST`);
    expect(k.get(row)).toBe('page chrome');
  });

  it("takes a press office's name over its e-mail address", () => {
    const k = byText(`Valley Ministry\nFrost aid for the valley's growers\nFOR IMMEDIATE RELEASE\nOctober 2, 2025\nOffice of Public Affairs\npress@valley.example.gov\n${P1}\n${P2}\n${P3}`);
    expect(k.get('Office of Public Affairs')).toBe('site footer');
  });

  it("takes a footer's run of short links between the end furniture and the copyright line, never sentences", () => {
    const links = ['Prime Exclusives', 'How valley growers plan to share their cold stores', 'Top Trending Terms', 'Apple Prices Today', 'Rain Forecast Today'];
    const end = 'Catch all the Farming News on Valley Courier.\nDownload the Valley Courier app to get daily updates.';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${end}\n${links.join('\n')}\n© 2025 Valley Courier Ltd. All rights reserved.`);
    for (const l of links) expect(k.get(l)).toBe('site footer');
    const last = 'The cooperative meets again on Monday.';
    const k2 = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${last}\n${end}\n© 2025 Valley Courier Ltd. All rights reserved.`);
    expect(k2.get(last)).toBe('paragraph');
  });
});
