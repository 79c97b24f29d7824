import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe('chrome of filings, releases and market pages', () => {
  it("removes legal notices at paragraph length, but not a sentence that reports on one", () => {
    const safeHarbour =
      'Statements in this news release about the delivery of new vessels, expected fuel savings and future orders are forward-looking statements that involve risks and uncertainties, and actual results may differ materially. Factors include shipyard capacity, battery supply, weather and changes in port regulations, among others described in our annual report filed with the securities regulator.';
    expect(reason(safeHarbour)).toBe('production note');
    expect(reason("Harbour Capital's Disclosure: Past results do not guarantee future returns, and nothing here is advice to buy or sell any security, including the shares of any ferry operator named above or their suppliers, lenders or insurers.")).toBe('production note');
    expect(reason('Analyst disclosure: I hold no position in any company mentioned.')).toBe('production note');
    expect(reason('The market operator takes no responsibility for the contents of this notice, makes no representation as to its accuracy or completeness and disclaims any liability for loss arising from it.')).toBe('production note');
    expect(reason('As of the date of this announcement, the directors are listed on the company website.')).toBe('production note');
    expect(reason('As at the date of this announcement, the executive directors of the Company are Ms. Kari Nordmann and Mr. Ola Nordmann.')).toBe('production note');
    // The story's own sentences about such notices.
    expect(reason('The operator warned in forward-looking statements that battery prices could rise materially next year.')).toBeUndefined();
    expect(reason('The regulator said it accepts no responsibility for delays at the port.')).toBeUndefined();
    expect(reason('The new rules demand more disclosure: operators must publish fuel use every quarter.')).toBeUndefined();
    expect(reason('Disclosure rules for ferry operators were tightened in 2024, the ministry said.')).toBeUndefined();
  });

  it("removes a filing's furniture", () => {
    expect(reason('[FR Doc. 2026-01122 Filed 3-4-26; 8:45 am]')).toBe('page chrome');
    expect(reason('BILLING CODE 4910-13-P')).toBe('page chrome');
    expect(reason('EX-99.2 3 ferryq1pr.htm EX-99.2')).toBe('page chrome');
    expect(reason('(Incorporated in Bermuda with limited liability)')).toBe('page chrome');
    expect(reason('(Stock Code: 1234)')).toBe('page chrome');
    expect(reason('INSIDE INFORMATION ANNOUNCEMENT')).toBe('page chrome');
    expect(reason('Joint Company Secretary')).toBe('page chrome');
    expect(reason('The company secretary resigned on Friday.')).toBeUndefined();
  });

  it('removes market widgets: a quote line, a price alone, the data footnote', () => {
    expect(reason('FTSE 100 8,112.40 +0.31%')).toBe('widget');
    expect(reason('Brent crude 74.12 -2.05%')).toBe('widget');
    expect(reason('€1,204.50')).toBe('widget');
    expect(reason('12,045.77')).toBe('widget');
    expect(reason('*Market data as of 5:00pm CET.')).toBe('widget');
    expect(reason('Brent crude fell 2.05% to $74.12 a barrel.')).toBeUndefined();
  });

  it('removes chat-channel, reading-reward and referral prompts, and a share box heading', () => {
    expect(reason("Follow the Harbour Weekly WhatsApp channel for breaking ferry news.")).toBe('share or subscribe prompt');
    expect(reason('Join our Discord community to talk shipping.')).toBe('share or subscribe prompt');
    expect(reason('Read 5 stories this week and earn points toward a tote bag')).toBe('share or subscribe prompt');
    expect(reason('You have 2 referrals, only 1 away from a free month.')).toBe('share or subscribe prompt');
    expect(reason('Your referral link: harbour.example.org/r/abc123')).toBe('share or subscribe prompt');
    expect(reason('Share Harbour Weekly with your colleagues and earn rewards.')).toBe('share or subscribe prompt');
    expect(reason('SHARE THE WEEKLY')).toBe('share or subscribe prompt');
    expect(reason('The clinic made 40 referrals to the port doctor last year.')).toBeUndefined();
    expect(reason('Join the crew on the Telegraph Channel crossing, a three-hour trip.')).toBeUndefined();
  });

  it("removes wire page breaks and captions' labels", () => {
    expect(reason('Story continues')).toBe('advertisement');
    expect(reason('FILE PHOTO: A battery ferry leaves the quay at Bergen. Harbour Wire/File Photo')).toBe('credit');
    expect(reason('FILE PHOTO: A battery ferry leaves the quay at Bergen.')).toBe('image');
    expect(reason('Photo shows A battery ferry leaving the quay.')).toBe('image');
    expect(reason('The ferry leaves the quay at dawn. (Harbour Wire: Ola Nordmann)')).toBe('credit');
    expect(reason('The new terminal building in Bergen. NTB photo Mar. 4, 2026')).toBe('credit');
    expect(reason('Jane Roe/Getty Images Sport')).toBe('credit');
    expect(reason('A battery ferry docks in Bergen. Coastal Wire/Ola Nordmann/File Photo')).toBe('credit');
    expect(reason('The harbour at dawn. Harbour Wire/Illustration')).toBe('credit');
    expect(reason('The ferry sails at 9 a.m. and returns at 5 p.m. on weekdays/holidays.')).toBeUndefined();
    expect(reason('The story continues to unfold in Bergen, where the ferry is docked.')).toBeUndefined();
  });

  it("removes a citation box's heading, lone markup tags, aggregator lead-ins, free-article notices, contact lines and ticker chips", () => {
    expect(reason('How to cite this article')).toBe('page chrome');
    expect(reason('</details>')).toBe('page chrome');
    expect(reason('<aside>')).toBe('page chrome');
    expect(reason('[TOC]')).toBe('page chrome');
    expect(reason('A reader shares a report from Harbour Wire:')).toBe('page chrome');
    expect(reason('This essay is free for everyone. Subscribers also get the weekly ferry index.')).toBe('share or subscribe prompt');
    expect(reason('Send me a note at ola@harbour.example.org with tips.')).toBe('share or subscribe prompt');
    expect(reason('Fjord Lines ASA (FJRD) Stock, NORD, HRBR')).toBe('widget');
    expect(reason('Share on Facebook Share on X Copy link')).toBe('share or subscribe prompt');
    // Prose that names the same things.
    expect(reason('A reader wrote to say the ferry was late again on Monday.')).toBeUndefined();
    expect(reason('Send me a note when the ferry docks, the captain told the crew.')).toBeUndefined();
    expect(reason('The <aside> element marks a side note in HTML, the guide explains.')).toBeUndefined();
  });

  it('knows the same classes in other words: quote lines with arrows and point changes, exhibit labels, citation lines, ad breaks', () => {
    for (const t of ['OSEBX 1,482.33 ▲ 0.84%', 'FTSE 100 8,112.40 +25.10 (+0.31%)', 'Brent $74.12 ▼ 1.10%', 'Bitcoin $102,090 +1.2%']) expect(reason(t), t).toBe('widget');
    expect(reason('Exhibit 99.2')).toBe('page chrome');
    expect(reason('Cite as: Nordmann, K. (2026). Battery ferries at sea.')).toBe('page chrome');
    expect(reason('Continue reading the main story')).toBe('advertisement');
    expect(reason('Article continues after this ad')).toBe('advertisement');
    expect(reason('Find us on Telegram')).toBe('share or subscribe prompt');
    // A sentence with a price and a change is the story's; so is one about a legal heading.
    expect(reason('Brent rose 1.1% to $74.12 on Monday.')).toBeUndefined();
    expect(reason('The forward-looking statements in the filing were longer than usual, analysts said.')).toBeUndefined();
  });

  it('removes reader-funding appeals and a box toggle', () => {
    expect(reason('… we have a small favour to ask. Thousands read Harbour Weekly every month for free.')).toBe('share or subscribe prompt');
    expect(reason('Make a one-off contribution today')).toBe('share or subscribe prompt');
    expect(reason('You can support us from just €2 a month.')).toBe('share or subscribe prompt');
    expect(reason('Expand')).toBe('navigation');
    expect(reason('The ferry line asked a favour of the council: a second berth.')).toBeUndefined();
    expect(reason('Donors make a contribution of about $2 million a year to the harbour fund, its accounts show.')).toBeUndefined();
  });

  it("removes a printed page's stamp, more referral prompts and paid-post labels", () => {
    expect(reason('Printed from harbourweekly.example.com on 5/7/2026')).toBe('page chrome');
    expect(reason('Retrieved from https://harbour.example.org/ferry on May 7, 2026')).toBe('page chrome');
    expect(reason('Earn points by reading 5 stories a week')).toBe('share or subscribe prompt');
    expect(reason('Invite friends and earn rewards')).toBe('share or subscribe prompt');
    expect(reason('Refer a friend')).toBe('share or subscribe prompt');
    expect(reason('This content was paid for by Harbourline.')).toBe('advertisement');
    expect(reason('Paid partnership with Harbourline')).toBe('advertisement');
    expect(reason('The ferry study was funded by the council and printed from public records on Monday.')).toBeUndefined();
  });
});


describe("a comment section's rules and an institute's disclaimer", () => {
  it('removes them at paragraph length', () => {
    expect(reason('Comments are moderated before they appear. Stay on topic; abusive or offensive posts will be deleted at the editors\' discretion.')).toBe('comment form');
    expect(reason('All comments must be civil. Please read our community guidelines before posting.')).toBe('comment form');
    expect(reason('The Harbour Institute is an independent, non-profit research body. It takes no institutional positions. The views expressed in this report are solely those of the authors.')).toBe('production note');
  });

  it('keeps sentences about comments and views', () => {
    expect(reason('Comments on the draft port rules must be submitted by March 3, the ministry said, and will be published.')).toBeUndefined();
    expect(reason('Comments that were removed from the forum included abusive posts about the harbour master, the police said.')).toBeUndefined();
    expect(reason('The minister said the views expressed at the hearing were mostly those of shipping firms.')).toBeUndefined();
    expect(reason('The views expressed at the first hearing were mostly those of shipping firms, the minister said on Monday.')).toBeUndefined();
    expect(reason('The views expressed in this column are the writer\'s own.')).toBe('production note');
  });
  it('removes AI-summary prompts and notices, a reuse clause, licensing and social prompts, a promo code and a newsletter sign-off', () => {
    expect(reason('Get a quick summary of this article on Harbour Brief.')).toBe('share or subscribe prompt');
    expect(reason('This audio is generated by an AI tool.')).toBe('widget');
    expect(reason('Summary is AI-generated, newsroom-reviewed.')).toBe('widget');
    expect(reason('No reproduction or republication without written permission.')).toBe('site footer');
    expect(reason('All rights reserved. No reproduction or republication without written permission.')).toBe('site footer');
    expect(reason('If you are interested in licensing this content, please contact rights@gazette.example')).toBe('site footer');
    expect(reason('For reprints and permissions, contact rights@gazette.example')).toBe('site footer');
    expect(reason('Visit us on social media:')).toBe('share or subscribe prompt');
    expect(reason('Charter a ferry by the hour at QuayHire. Use code SAIL30 for 30% off your first trip.')).toBe('advertisement');
    expect(reason("That's it for this week. Hit reply and tell me what you're reading.")).toBe('share or subscribe prompt');
    // The story's sentences with the same words.
    expect(reason('Get a summary of the report from the ministry, analysts said.')).toBeUndefined();
    expect(reason('This audio was leaked to reporters by an AI researcher.')).toBeUndefined();
    expect(reason('For licensing deals, the port charges 4,500 dollars per berth per year.')).toBeUndefined();
    expect(reason('Engineers use code ABCD to unlock free features, the lawsuit says.')).toBeUndefined();
    expect(reason("That's it for the subsidy, the minister said.")).toBeUndefined();
  });
  it("removes an ad slot's controls and a release's pointer to its issuer", () => {
    expect(reason('Remove ads')).toBe('advertisement');
    expect(reason('Report this ad')).toBe('advertisement');
    expect(reason('For more information, please contact: Kari Hansen, +47 555 0142')).toBe('site footer');
    expect(reason('For further details, visit www.vestaport.example')).toBe('site footer');
    expect(reason('Ad revenue at the port fell.')).toBeUndefined();
    expect(reason('For more information on fares, the operator said, passengers should wait until June.')).toBeUndefined();
  });
  it("removes a distributor's 'as is' disclaimer without its label, but not a story about warranties", () => {
    expect(reason('Quay Wire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy or completeness of the information contained in this article.')).toBe('production note');
    expect(reason('The yard sold the ferry as is, without warranty, and the buyer later sued over the batteries, according to court papers filed in Bergen this week.')).toBeUndefined();
  });
});
