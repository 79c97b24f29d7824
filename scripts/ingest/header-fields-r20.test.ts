import { describe, expect, it } from 'vitest';
import { everyWordCapitalised, splitTitle } from './headline.ts';
import { BODY, read } from './header-fixture.ts';
import { looksLikeOutlet } from './outlet-name.ts';

/** Kinds of headline evidence on invented text: what decorates a headline, where it stands, how it is cased. */

describe('an emoji opening a headline', () => {
  it('is decoration, not a word of the headline', () => {
    expect(splitTitle('🚢 Ferries are getting cheaper to run', () => false).title).toBe('Ferries are getting cheaper to run');
    expect(splitTitle('⚡️ 🔋 Battery ferries, by the numbers', () => false).title).toBe('Battery ferries, by the numbers');
    const a = read(`Harbour Notes\nPosts\n🚢 Ferries are getting cheaper to run\nKari Lind\nMarch 3, 2031\n${BODY}`);
    expect(a.title).toBe('Ferries are getting cheaper to run');
  });
  it('leaves a notice sign and a headline without emoji alone', () => {
    expect(splitTitle('© Harbour Media', () => false).title).toBe('© Harbour Media');
    expect(splitTitle('Ferries are getting cheaper to run', () => false).title).toBe('Ferries are getting cheaper to run');
  });
});

describe('a byline set on lines of its own', () => {
  it('reads past a lone comma and a job title with its full stop to the published date', () => {
    const a = read(`Harbour Weekly\nMarkets\nFerry Makers Bet Big on Batteries as Fuel Costs Climb\nBy\nKari Lind\n,\nContributor.\nKari Lind writes about shipping and the energy transition.\nFollow Author\nPublished Mar 3, 2031, 07:30am EST\nUpdated Mar 4, 2031, 01:12pm EST\n${BODY}`);
    expect(a.date?.iso).toBe('2031-03-03T07:30');
    expect(a.authors).toEqual(['Kari Lind']);
    expect(a.body.some((b) => /^(?:,|Contributor\.)$/.test(b.text))).toBe(false);
  });
});

describe("the copyright holder's brand, written again in the page's furniture", () => {
  const page = (foot: string[]) => read(`Menu\nSearch\nFerry Makers Bet Big on Batteries as Fuel Costs Climb\nBy Kari Lind\nMarch 3, 2031\n${BODY}\n${foot.join('\n')}`);
  it('is the site: the holder without its company words, as a sign-up line or a trademark notice writes it', () => {
    expect(page(['Subscribe to Quaymark PRO', 'Quaymark Councils', '© 2031 Quaymark LLC. All Rights Reserved.']).publisher).toBe('Quaymark');
    expect(page(['© 2031 Fjordline Media IP Limited. All Rights Reserved.', 'FJORDLINE is a trademark of Fjordline Media IP Limited.']).publisher).toBe('Fjordline');
  });
  it('is nothing when no other line writes it, or when the holder is a person', () => {
    expect(page(['© 2031 Quaymark LLC. All Rights Reserved.']).publisher).toBeUndefined();
    expect(page(['Follow Kari Lind', '© 2031 Kari Lind']).publisher).toBeUndefined();
    // Without a legal form the holder is the name as written: "Quaymark Media" is not cut to the "Quaymark" a link writes.
    expect(page(['More Stories From Quaymark', '© 2031 Quaymark Media. All rights reserved.']).publisher).not.toBe('Quaymark');
  });
});

describe('a menu label in sentence case opening with "The"', () => {
  it('names no outlet, even with an outlet\'s word in it', () => {
    expect(looksLikeOutlet('The world in brief')).toBe(false);
    expect(looksLikeOutlet('The big read')).toBe(false);
    expect(looksLikeOutlet('The Ferry post')).toBe(true);
    expect(looksLikeOutlet('The Harbour Brief')).toBe(true);
  });
  it('leaves the site to the copyright holder the footer writes again', () => {
    const a = read(`Menu\nWeekly edition\nThe world in brief\nSearch\nFerry Makers Bet Big on Batteries as Fuel Costs Climb\nMarch 3, 2031\n${BODY}\nThe Quayside today\nCopyright © The Quayside Newspaper Limited 2031. All rights reserved.`);
    expect(a.publisher).toBe('The Quayside');
  });
});

describe('a headline written as sentences in title case', () => {
  it('is every word but the minor ones capitalised', () => {
    expect(everyWordCapitalised("I Ran the Ferry for a Week. Here's the Bill.")).toBe(true);
    expect(everyWordCapitalised('We Rebuilt Our Yard in a Year. It Worked.')).toBe(true);
    expect(everyWordCapitalised('The operator said the ferry was ready. It sails on Monday.')).toBe(false);
    expect(everyWordCapitalised('Ferry Sails.')).toBe(false);
  });
  it('is the headline over a shorter dek in sentence case and the byline', () => {
    const a = read(`Sign in\nMember-only story\nI Ran the Ferry for a Week. Here's the Bill.\n300 kWh of batteries, a quiet engine room and a surprisingly small invoice\nOla Berg\n5 min read\nMar 3, 2031\n${BODY}`);
    expect(a.title).toBe("I Ran the Ferry for a Week. Here's the Bill.");
  });
});

describe("a headline's place above its date written as an age, and a caption under a picture credit", () => {
  const page = (age: string) =>
    `Business\nShipping\nFerry operator orders six electric ships for the fjord routes\n${age}\nShare\nSave\nKari Nordmann\nBusiness reporter\nGetty Images\nThe new ferry at the yard in Gdansk, where the hulls are built\n${BODY}`;
  it('takes the line over the age and the share bar as the headline, not the caption below the byline', () => {
    for (const age of ['2 hours ago', '3 days ago']) {
      const a = read(page(age));
      expect(a.title).toBe('Ferry operator orders six electric ships for the fjord routes');
      expect(a.body.some((b) => b.text.startsWith('The new ferry at the yard'))).toBe(false);
      expect(a.body.some((b) => b.text === BODY)).toBe(true);
    }
  });
});
