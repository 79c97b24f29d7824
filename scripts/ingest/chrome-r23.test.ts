import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { byText } from './chrome.test-helpers.ts';

/** Chrome lines of the kinds holdout23/24 opened (feedback widgets, gates, a filing's cover, translated link lists), told by general marks. */

const kind = (t: string) => {
  const v = lineChrome(t);
  return v === undefined ? undefined : 'credit' in v ? 'credit' : v.reason;
};

const P1 = 'The ferry operator said on Tuesday that passenger numbers on the island route had risen by a fifth this summer, its busiest season in a decade.';
const P2 = 'Its chief executive told the harbour board that two older vessels would be replaced before 2028, and that the new ones would run on batteries.';
const P3 = 'Islanders have long complained about cancelled crossings in winter, when storms close the harbour for days at a time and shops run short.';
const HEAD = 'Harbour Gazette\nFerry numbers climb on the island route\nBy Marta Quill\nAugust 12, 2025';

describe("a site's feedback widget", () => {
  it("removes a page's question about itself, its buttons, its thanks and its report link", () => {
    for (const t of ['Is this page useful?', 'Yes this page is useful', 'No this page is not useful', 'Thank you for your feedback', 'Report a problem with this page', 'Does this summary seem wrong?']) {
      expect(kind(t)).toBe('widget');
    }
    expect(kind('Is this deal useful for the islanders, or only for the operator?')).toBeUndefined();
  });
});

describe('controls and counters', () => {
  it('removes skip links, an audio control, a hedged reading time, a ticker watchlist button and a numbered ad slot', () => {
    expect(kind('Skip to main text')).toBe('navigation');
    expect(kind('Skip to the main content')).toBe('navigation');
    expect(kind('Read aloud')).toBe('widget');
    expect(kind('Listen to this call')).toBe('widget');
    expect(kind('Reading time: approx. 6 min.')).toBe('relative time');
    expect(kind('Add FRRY to watchlist')).toBe('share or subscribe prompt');
    expect(kind('Advertisement 3')).toBe('advertisement');
    expect(kind('Skip to the harbour, where the crossings begin.')).toBeUndefined();
  });

  it("removes a service line's telephone number and a postal box, not a sentence naming them", () => {
    expect(kind('Customer service hotline: (03)5550-1234')).toBe('site footer');
    expect(kind('Subscriber services phone: +44 20 5550 1234')).toBe('site footer');
    expect(kind('PO Box 512, 00150 Harbour Gazette')).toBe('site footer');
    expect(kind('The operator set up a hotline for stranded passengers after the storm.')).toBeUndefined();
  });
});

describe("gates and pitches in the outlet's voice", () => {
  it('removes a registration gate, a metered allowance, a reader-funded ask, a show pitch and a podcast promotion', () => {
    expect(kind('You can save this article by registering for free here. Or sign-in if you have an account.')).toBe('share or subscribe prompt');
    expect(kind('Registered readers can read up to 5 articles per month')).toBe('share or subscribe prompt');
    expect(kind('Readers like you make our journalism possible. Subscribe today.')).toBe('share or subscribe prompt');
    expect(kind('Support the show: members get bonus episodes for $4 a month.')).toBe('share or subscribe prompt');
    expect(kind('Listen to Low Tide, our podcast about life on the islands.')).toBe('share or subscribe prompt');
    expect(kind('Passengers can read timetables on the new app, the operator said.')).toBeUndefined();
    expect(kind('Tourists make the summer timetable possible, the operator says.')).toBeUndefined();
  });

  it("removes a wire copy's first-published trailer and a comment policy, not the story's report of a publication", () => {
    expect(kind('This report by The Northern Press was first published Aug. 12, 2025.')).toBe('production note');
    expect(kind('Harbour Media is committed to maintaining a lively but civil forum for discussion.')).toBe('comment form');
    expect(kind('The report by the harbour board was published on Monday and found the ferries ran late.')).toBeUndefined();
    expect(kind('The operator is committed to maintaining a reliable service for the island.')).toBeUndefined();
  });
});

describe("a securities filing's cover page", () => {
  it("removes the form's captions, boxes, signature clause and conformed signature, not the filing's own text", () => {
    expect(kind('(Exact name of registrant as specified in its charter)')).toBe('page chrome');
    expect(kind('(Address of principal executive offices) (Zip Code)')).toBe('page chrome');
    expect(kind('Check the appropriate box below if the Form 8-K filing is intended to satisfy the filing obligation of the registrant:')).toBe('page chrome');
    expect(kind('☐ Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)')).toBe('page chrome');
    expect(kind('Emerging growth company ☐')).toBe('page chrome');
    expect(kind('By: /s/ Jane Roe')).toBe('page chrome');
    expect(kind('On August 4, the Company entered into an agreement to buy two ferries for $80 million.')).toBeUndefined();
  });
});

describe('link lists under a heading in the page language or a translation of it', () => {
  it('removes the heading and the titles under it, and keeps the paragraphs around them', () => {
    for (const heading of ['Also interesting', 'Extended reading', 'Te puede interesar', 'More by this author', '延伸閱讀']) {
      const k = byText(`${HEAD}\n${P1}\n${P2}\n${heading}\nIsland schools get new buses\nStorm closes the harbour for a week\n${P3}`);
      expect(k.get(heading)).toBe('related links');
      expect(k.get('Island schools get new buses')).toBe('related links');
      expect(k.get(P3)).toBe('paragraph');
    }
  });
});

describe('captions closed by a credit in a form any agency uses', () => {
  it('reads a scene closed by agency initials in brackets, and a caption closed by a barred credit in capitals', () => {
    expect(kind('The harbour master speaks at the ferry terminal in Vesta on May 13. (HNA)')).toBe('credit');
    expect(kind('Passengers at the ferry terminal in Vesta. PHOTO | FILE | HARBOUR PICTURES')).toBe('credit');
    expect(kind('The operator said it would add two sailings a week. (HNA)')).toBeUndefined();
  });
});

describe("a highlighter's export and a market page's widgets", () => {
  it('removes the links back to the page and the export summary', () => {
    expect(kind('[🔗 View in context](https://news.example.com/ferries#:~:text=passenger%20numbers)')).toBe('page chrome');
    expect(kind('[Read on Marker](https://marker.example.com/hl/abc) · [Original](https://news.example.com/ferries)')).toBe('navigation');
    expect(kind('Exported from Marker · 4 highlights · 1 note')).toBe('page chrome');
  });

  it("removes a feed's dated ticker rows, a quote row, bias-bar shares, a model's size badge and a stock-picking pitch", () => {
    expect(kind('08/12/2025 09:30  FRRY  Harbour Lines beats estimates on summer traffic  (XYZ)')).toBe('page chrome');
    expect(kind('Price: 12.40, Change: +0.31, Percent Change: +2.56')).toBe('widget');
    expect(kind('38% Left')).toBe('widget');
    expect(kind('7B params')).toBe('widget');
    expect(kind('Should you invest $1,000 in Harbour Lines right now?')).toBe('share or subscribe prompt');
    expect(kind('Before you buy stock in Harbour Lines, consider this: our analysts named 10 stocks they like better.')).toBe('share or subscribe prompt');
    expect(kind('Want to know more about shipping? Check out our dedicated maritime channel.')).toBe('share or subscribe prompt');
    expect(kind('About 38% of islanders lean left, a survey found.')).toBeUndefined();
  });

  it("removes a player's length, an in-page menu's heading and a translated comments link", () => {
    expect(kind('Duration: 41 minutes')).toBe('navigation');
    expect(kind('On this page')).toBe('navigation');
    expect(kind('Comments read (12)')).toBe('navigation');
  });
});

describe("an investment document's disclaimers", () => {
  it('removes the past-performance warning and the not-an-offer clause said of the document, together or apart', () => {
    expect(kind('Past performance is not indicative of future results.')).toBe('production note');
    const both = 'Past performance is no guarantee of future returns. This update is provided for information only and is not an offer to sell or a solicitation of an offer to buy any shares of the fund.';
    expect(kind(both)).toBe('production note');
    expect(kind('The fund said its past performance was strong, and it would not offer to sell shares to new investors this year.')).toBeUndefined();
  });

  it('keeps a sentence about a paywall that the story reports', () => {
    expect(kind('Registered readers can read up to 5 articles per month.')).toBeUndefined();
  });
});

describe("a page's reading tools and account controls", () => {
  it('removes the tools of more than a word, and keeps a sentence that uses their words', () => {
    for (const t of ['Text size', 'Dark mode', 'Text to speech', 'Translate this page', 'Select language', 'Save for later', 'Copy URL', 'Get alerts', 'Send feedback', 'Was this helpful?', 'Video duration 02:31', 'Found a typo? Let us know.', 'Got an opinion? Write a letter to the editor.']) {
      expect(kind(t)).toBe('widget');
    }
    expect(kind('Passengers can now get alerts when a crossing is cancelled, the operator said.')).toBeUndefined();
    expect(kind('Dark mode')).not.toBe(kind('The ferry ran in dark mode to save power on the night crossing.'));
  });
});

describe("a headline stranded among the page's end furniture", () => {
  it('removes a title between two chrome lines with only chrome below, not a closing sentence with marks after it', () => {
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\nLatest updates\nOperator orders 3 new ferries for the winter route\nDownload our app\n© 2025 Harbour Gazette. All rights reserved`);
    expect(k.get('Operator orders 3 new ferries for the winter route')).toBe('related links');
    const end = '3/ The full timetable is on the operator site, and it is worth a look. /end';
    const j = byText(`${HEAD}\n${P1}\n${P2}\nShare\n${end}\nDownload our app\n© 2025 Harbour Gazette. All rights reserved`);
    expect(j.get(end)).toBe('paragraph');
  });
});
