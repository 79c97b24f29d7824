import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (line: string) => {
  const v = lineChrome(line);
  return v === undefined ? undefined : 'credit' in v ? 'credit' : v.reason;
};

describe('lineChrome: single lines of page furniture', () => {
  it.each([
    ['- Advertisement -', 'advertisement'],
    ['ADVERTISEMENT', 'page chrome'],
    ['Skip to main content', 'page chrome'],
    ['Back to top', 'navigation'],
    ['Start › Robotics › Drones', 'navigation'],
    ['Front page | Gadgets | Science | Money | Contact', 'navigation'],
    ['Next article: Solar farms in the desert', 'navigation'],
    ['Share this story', 'share or subscribe prompt'],
    ['Share: Mastodon | Bluesky | E-mail', 'share or subscribe prompt'],
    ['Follow us on Mastodon for daily robot news', 'share or subscribe prompt'],
    ['Sign up for the Gearbox weekly newsletter', 'share or subscribe prompt'],
    ['Enter your email address', 'share or subscribe prompt'],
    ['Already a member? Log in', 'share or subscribe prompt'],
    ['This post is for paid subscribers', 'share or subscribe prompt'],
    ['Enjoyed this article? Pass it on to a colleague.', 'share or subscribe prompt'],
    ['@gearbox_daily', 'share or subscribe prompt'],
    ['Read more: Why drones keep getting cheaper', 'related links'],
    ['See more: The best e-bikes of the year', 'related links'],
    ['Related: Ferry operator orders electric boats', 'related links'],
    ['Recommended videos', 'related links'],
    ['Hot this week', 'related links'],
    ['Most read from Gearbox', 'related links'],
    ['A tour of the battery plant (3:41)', 'related links'],
    ['Tags: drones, batteries, logistics', 'tag list'],
    ['#robots #warehouses', 'tag list'],
    ['Lisbon 19°C', 'widget'],
    ['👁 3,201 views', 'widget'],
    ['2.4K Followers', 'widget'],
    ['118', 'widget'],
    ['Please enable JavaScript to view the comments', 'widget'],
    ['This website uses cookies to improve your visit. Manage preferences', 'cookie notice'],
    ['Accept all', 'cookie notice'],
    ['<!--more-->', 'page chrome'],
    ['{% include newsletter-cta.html %}', 'page chrome'],
    ['3 of 6', 'widget'],
    ['— END —', 'wire credits'],
    ['(kh)', 'wire credits'],
    ['Page last updated: 3/26/2031', 'page chrome'],
    ['Get 25% off your first year', 'share or subscribe prompt'],
    ['Enlarge / The ferry at the quay in Gdansk.', 'image'],
    ["Translator's note: this article was translated from Norwegian by Kari Hansen.", 'production note'],
    ['(This article was machine-translated from Norwegian.)', 'production note'],
    ['Return to top', 'navigation'],
    ['To the homepage', 'navigation'],
    ['▼ Scan the QR code to join our reader group ▼', 'share or subscribe prompt'],
    ['Click the blue words above to follow us', 'share or subscribe prompt'],
    ['[Subscribe to our newsletter](https://harbour.example.org/newsletter/)', 'share or subscribe prompt'],
    ['← Previous: February update    Next: April update →', 'navigation'],
    ['Presented by Acme Cranes — the crane that lifts twice as much. Try it free →', 'advertisement'],
    ['Privacy settings', 'cookie notice'],
    ['Link Copied!', 'navigation'],
    ['Ad Feedback', 'navigation'],
    ['Title icon', 'navigation'],
    ['Reuse this content', 'navigation'],
    ['Open side navigation menu', 'navigation'],
    ['More galleries', 'navigation'],
    ['Advertisement · Scroll to continue', 'page chrome'],
    ['Suggested Topics:', 'tag list'],
    ['Media:', 'site footer'],
    ['Contacts', 'site footer'],
    ['+47 22 555 0142', 'site footer'],
    ["Here's how you know", 'navigation'],
    ['Official websites use .gov', 'navigation'],
    ['Photography by Ola Nordmann', 'credit'],
    ['Art by Kari Hansen', 'credit'],
    ['Photo-Illustration: Kari Hansen; Getty Images', 'credit'],
    ['We use cookies and similar tools. By clicking "Accept all" you agree that we may store and read them on your device for statistics, personalised content and advertising; change this at any time in the settings.', 'cookie notice'],
    ['© 2031 Gearbox Media Ltd', 'site footer'],
    ['Privacy Policy', 'site footer'],
    ['press@gearbox.example.org', 'site footer'],
    ['Posted 5 hours ago', 'relative time'],
    ['Reporting by Ola Nordmann; Editing by Kari Hansen', 'wire credits'],
    ['(Reporting by Ola Nordmann; Editing by Kari Hansen)', 'wire credits'],
    ['— Reporting by Ola Nordmann; editing by Kari Hansen', 'wire credits'],
    ['kn-ol/bt', 'wire credits'],
    ['+3.4%', 'widget'],
    ['−0.7%', 'widget'],
    ['57 · 9 Comments', 'widget'],
    ['Like', 'share or subscribe prompt'],
    ['Comment', 'share or subscribe prompt'],
    ['To reply to this post, log in', 'share or subscribe prompt'],
    ['Please log in to continue reading.', 'share or subscribe prompt'],
    ['Sign in to comment', 'share or subscribe prompt'],
    ['31 Reposts', 'widget'],
    ['ol/kh', 'wire credits'],
    ['Privacy and Cookie Settings', 'site footer'],
    ['Terms of Use | Privacy Notice', 'site footer'],
    ['[Close]', 'navigation'],
    ['About the author: Ola Nordmann writes about ferries. Write to him at ola@example.org.', 'author bio'],
    ['A staff writer in Oslo contributed to this report.', 'wire credits'],
    ['Translated by Ines Duarte', 'production note'],
    ['(Updates with share price in third paragraph.)', 'production note'],
    ['*Updated at 08:10 with a statement from the ferry operator.*', 'production note'],
    ['Disclaimer: the writer owns shares in no company named here.', 'production note'],
    ['* * *', 'separator'],
    ['Sponsored by Gearbox Batteries', 'advertisement'],
    ['Facebook Twitter LinkedIn Email', 'share or subscribe prompt'],
    ['Share on Mastodon (Opens in new window)', 'share or subscribe prompt'],
    ['Start your free trial today', 'share or subscribe prompt'],
    ['Got a tip? Write to the newsroom', 'share or subscribe prompt'],
    ['Join the conversation', 'comment form'],
    ['Listen to this article · 4 min', 'image'],
    ['GBX +3.2%', 'widget'],
    ["Editor's note: This story was updated to correct the ferry's length.", 'production note'],
    ['Originally published at the Harbour Gazette.', 'production note'],
    ['Up next', 'related links'],
    ['Posted in Ships, Energy | Tagged ferries | Leave a comment', 'tag list'],
    ['Editor: Ilse Berg', 'wire credits'],
    ['battery-plant-aerial.webp', 'image'],
    ['![plant.png](plant.png)', 'image'],
    ['4h ago', 'relative time'],
    ['· 2 mo. ago', 'relative time'],
    ['318 points by harbourfan 6 hours ago | hide | past | 41 comments', 'relative time'],
    ['kari_b 5 hours ago | next [–]', 'relative time'],
    ['2.4K', 'widget'],
    ['Over 1,200 subscribers', 'widget'],
    ['88 upvotes', 'widget'],
    ['(END)', 'wire credits'],
    ['Page 2 of 4', 'page chrome'],
    ['Sort by:', 'comment form'],
    ['home | new | threads | ask | submit', 'navigation'],
    ['Replies (4) | Permalink | Back to top', 'navigation'],
    ['Explore more on these topics', 'related links'],
    ['Discover more from The Harbour Letter', 'related links'],
    ['More posts you may like', 'related links'],
    ['3d • Edited', 'relative time'],
    ['Last updated 5 minutes ago', 'relative time'],
    ['Enditem', 'wire credits'],
    ['Share this episode', 'share or subscribe prompt'],
    ['Key updates', 'related links'],
    ['👁 12,408', 'widget'],
    ['Get the Harbour Gazette newsletter', 'share or subscribe prompt'],
    ['Weather: Bergen 4°C', 'widget'],
    ['Enjoyed this? Share it with a friend.', 'share or subscribe prompt'],
    ['Reprints | Licensing | Contact the newsroom', 'navigation'],
    ['Get the news that matters, delivered to your inbox.', 'share or subscribe prompt'],
    ['Harbour Letter is a reader-supported publication. To receive new posts, consider becoming a paid subscriber.', 'share or subscribe prompt'],
    ['Archived post. New comments cannot be posted and votes cannot be cast.', 'comment form'],
  ])('%j is chrome: %s', (line, why) => {
    expect(reason(line)).toBe(why);
  });

  it.each([
    '(Image credit: Gearbox)',
    'The new depot opened in March. (Photo courtesy: Port of Leith)',
    'Photo: Ana Lima/Bloomberg via Getty Images',
    'Ana Lima | Getty Images',
    'Workers inspect a drone at the depot. Photo: Ana Lima/AFP',
    'https://example.org/pictures/depot',
    'A ferry docks in Bergen. (AP Photo/Ola Nordmann)',
    'Cranes at the yard in Gdansk. REUTERS/Piotr Nowak/File Photo',
    'Photographer: Ines Duarte/Bloomberg',
    "The yard in Gdansk. (Photo by Ola Nordmann/AFP via Getty Images)",
  ])('%j is a credit (kept as a credit, not removed)', (line) => {
    expect(reason(line)).toBe('credit');
  });

  it.each([
    'Share prices of drone makers rose 4% on Tuesday after the ruling.',
    '2031-03-12',
    'More comments from the regulator',
    'Open content licences',
    'Art by the harbour drew crowds all summer, the council said.',
    'Get 25% off the list price was the offer the yard made to its first customer.',
    'Related companies in the supply chain reported similar results.',
    'Follow-up orders are expected later this year, the company said.',
    'Subscribers to the service pay a monthly fee of about $12.',
    'The plant employs 420 people.',
    'Cookies are not the only snack the robots can deliver, the founder joked.',
    'Updates to the firmware will ship in June.',
    'The ferry company uses cookies baked on board as a welcome gift, its policy says.',
    'Reporting by the local paper suggested the order had slipped.',
    'First published in 1998, the harbour survey is still cited.',
    'Powered by two battery packs, the vessel can cross in twenty minutes.',
    'Tags on each parcel are read by cameras at the door.',
    '2. The supply chain',
    'Terms of the privacy deal were not disclosed.',
    'To log in, staff now scan a badge at the gate.',
    'Shares fell 2.5% after the announcement.',
    'Comment was not immediately available from the ministry.',
    'and/or',
    'Sign in to the portal, the operator told passengers, and pick a seat.',
    'Three years ago the yard had no orders at all.',
    'More ferries from the same yard',
    'The newsletter now has 9,000 subscribers, its founder said.',
    'Share buybacks rose.',
    'Liked it? The ferry company said passengers did.',
    'Get the timing right, the captain said.',
    'If you subscribe to the theory that ferries are the bottleneck, the newsletter numbers look odd.',
    '"Check your inbox," the operator told passengers after the newsletter went out.',
    'The yard built 12 ferries two years ago, and 30 last year.',
  ])('%j is article text', (line) => {
    expect(reason(line)).toBeUndefined();
  });
});

describe('lineChrome: furniture of news, podcast and code-host pages', () => {
  it.each([
    ['Jump to comments section', 'comment form'],
    ['Skip to comments', 'comment form'],
    ['Article reserved for subscribers', 'share or subscribe prompt'],
    ['Story reserved for our paid members', 'share or subscribe prompt'],
    ['Listen to article (4 min)', 'image'],
    ['Artikel anhören (9 Min.)', 'image'],
    ['{: .lead}', 'page chrome'],
    ['{:#intro .wide}', 'page chrome'],
    ['[Ad break]', 'advertisement'],
    ['[Mid-roll ad]', 'advertisement'],
    ['To contact the reporters on this story:', 'wire credits'],
    ['To contact the editor responsible for this story:', 'wire credits'],
    ['Maria Jensen in Oslo at mjensen4@gazette.example', 'wire credits'],
    ['Per Olsen at polsen@gazette.example', 'wire credits'],
    ['--With assistance from Kari Hansen.', 'wire credits'],
    ['👍 12 🎉 4 ❤️ 9', 'widget'],
    ['57 people reacted', 'widget'],
    ['Source code (tar.gz)', 'widget'],
    ['ferrytool-1.2.0-py3-none-any.whl 1.04 MB', 'page chrome'],
    ['Harbour Media Ltd. Copyright © 2031. All rights reserved.', 'site footer'],
    ['Read Full Transcript', 'navigation'],
    ['Contents:', 'navigation'],
    ['This article is a transcript of this conference call produced for Harbour Notes.', 'production note'],
    ['@kari-h kari-h released this', 'page chrome'],
    ['9b3e7a1', 'page chrome'],
    ['Compare', 'page chrome'],
    ['@kari-h, @per-o, and 12 other contributors', 'page chrome'],
    ['Assets 3', 'widget'],
  ])('%s → %s', (line, want) => {
    expect(reason(line)).toBe(want);
  });

  it('credits a caption whose credit is written "Foto:", or as the outlet and the photographer in brackets', () => {
    expect(reason('A welder at the yard in Gdansk. Foto: Jan Kowalski / PAP')).toBe('credit');
    expect(reason('A battery ferry at the quay in Bergen. (Harbour Review / Mei Zhou)')).toBe('credit');
  });

  it.each([
    'The ministry said subscribers to the service would be contacted.',
    'Readers can contact the reporters at the address below, the paper said.',
    'The vote took place after a 20-minute debate.',
    'Copyright lawyers said the case would take years.',
    'The package weighs 2.31 MB and installs in seconds on most machines.',
    'The yard said version 2 of the design (Harbour Review / Mei Zhou) was final.',
    'Compare that with last year.',
    'v1.2.0',
  ])('leaves body text alone: %s', (line) => {
    expect(reason(line)).toBeUndefined();
  });
});

describe('lineChrome: furniture of release, Q&A, export and document pages (by shape)', () => {
  it.each([
    ['A .gov website belongs to an official government organization in the United States.', 'navigation'],
    ["A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.", 'navigation'],
    ['For Immediate Release', 'page chrome'],
    ['News Release', 'page chrome'],
    ['Statement Number: 31-077', 'page chrome'],
    ['Bulletin No. 2031-14', 'page chrome'],
    ['FB9921 · EDITION 2 · REVISED', 'page chrome'],
    ['HPA-WP-2031-07 · REV 2 · FINAL', 'page chrome'],
    ['This brief is provided for information purposes only and does not constitute investment advice.', 'production note'],
    ['Legal Disclaimer', 'production note'],
    ['External Content', 'widget'],
    ['Thanks to reader Ola Berg for the tip!', 'production note'],
    ['Thanks to user "Ferry Fan 88" for the clue delivery!', 'production note'],
    ['\u200b92 comments', 'widget'],
    ['1,904 people agreed with this answer', 'widget'],
    ['310 readers found this helpful', 'widget'],
    ['Join the discussion!', 'comment form'],
    ['Harbour›Ferries›Nordic yard wins order for six electric ferries', 'navigation'],
    ['More: Harbour Gazette wins a press award', 'related links'],
    ['Leia também', 'related links'],
    ['Articles in this story', 'related links'],
    ['This bulletin is provided for informational purposes only and does not constitute legal advice.', 'production note'],
    ['This letter is intended for information purposes only and may not be forwarded.', 'production note'],
    ['Catch all the Shipping News and Updates on Harbour Daily. Download the Harbour Daily app to get market updates.', 'share or subscribe prompt'],
    ['[slideshow ids="41,42" autoplay="true"]', 'page chrome'],
    ['[/caption]', 'page chrome'],
    ['&nbsp;', 'page chrome'],
  ])('%j → %s', (line, want) => {
    expect(reason(line)).toBe(want);
  });

  it('reads a long notice about the site or the document at any length', () => {
    const statement = `Sponsorship statement: ${'The links in this article may lead to partner pages and are offered to save readers time. '.repeat(4)}`.trim();
    expect(reason(statement)).toBe('production note');
    const prepared = `This report was prepared by the Harbour Research Office (HRO). ${'HRO serves the port authority and its committees on request. '.repeat(6)}`.trim();
    expect(reason(prepared)).toBe('production note');
  });

  it.each([
    'Thanks to the new rules, the yard can hire 200 more welders.',
    'The ferry line said 1,904 people agreed to move their bookings.',
    'Download the timetable from the port website before travelling.',
    'This report is the third the harbour office has published this year.',
    'This letter is the first the minister has sent to the union.',
    'Press coverage of the launch was limited.',
    'Statement from the union: talks will resume on Monday.',
    'The union said it would join the discussion next week!',
    'More than 40 ferries now run on batteries.',
    'Ship › shore power is the cheaper option, the study said.',
    'Qwen 72B',
    'Windows 11',
    'Share prices fell. Trading resumed on Monday.',
  ])('leaves body text alone: %s', (line) => {
    expect(reason(line)).toBeUndefined();
  });
  it('removes a share prompt for the full article, ad-slot controls, a row split by spaced dashes, media labels and "Editor\'s Choice"', () => {
    expect(reason('Share full article')).toBe('share or subscribe prompt');
    expect(reason('SKIP ADVERTISEMENT')).toBe('advertisement');
    expect(reason('Close ad')).toBe('advertisement');
    expect(reason('Advertisement - Scroll to Continue')).toBe('page chrome');
    expect(reason('Photo/Illustration')).toBe('image');
    expect(reason('Photo & Video')).toBe('image');
    expect(reason("Editor's Choice")).toBe('related links');
    expect(reason('Editors’ Picks')).toBe('related links');
    expect(reason('Fax：02-5555-0198')).toBe('site footer');
    expect(reason('Mobile phones sold 3 million units')).toBeUndefined();
    // The story's lines that begin with the same words.
    expect(reason('Skip ad revenue fell by a third last year.')).toBeUndefined();
    expect(reason('Share full article views rose after the change')).toBeUndefined();
    expect(reason('Advertising - a hard business in 2031')).toBeUndefined();
    expect(reason('Oslo - Mar 3, 2031 - 08:30 CET')).toBeUndefined();
  });
  it('reads a link list\'s heading that says where its items come from', () => {
    expect(reason('More Articles from our Blog')).toBe('related links');
    expect(reason('Other posts in this series')).toBe('related links');
    expect(reason('More videos from our channel')).toBe('related links');
    expect(reason('More news from the ministry was expected.')).toBeUndefined();
    expect(reason('More cargo from the port')).toBeUndefined();
  });
  it("reads a consent framework's own wording and its buttons", () => {
    expect(reason('We and our 612 partners store and/or access information on a device, such as cookies, and process personal data for personalised ads.')).toBe('cookie notice');
    expect(reason('Agree and close')).toBe('cookie notice');
    expect(reason('Necessary cookies only')).toBe('cookie notice');
    expect(reason('Allow all cookies')).toBe('cookie notice');
    expect(reason('The court ruled the ferry partners had a legitimate interest in the data.')).toBeUndefined();
    expect(reason('Regulators said the partners store passenger data on a device in Oslo.')).toBeUndefined();
  });
});

describe('lineChrome: share links, link rows, crumbs and syndication notes', () => {
  it('removes a share link naming its network after "via", "on", "to" or "by"', () => {
    expect(reason('Share Article via Facebook')).toBe('share or subscribe prompt');
    expect(reason('Share story on WhatsApp')).toBe('share or subscribe prompt');
    expect(reason('Share by email')).toBe('share or subscribe prompt');
    expect(reason('Share via the ferry app')).toBeUndefined();
    expect(reason('Shares of the ferry line fell via the Oslo exchange.')).toBeUndefined();
  });

  it('removes a row of Markdown links each of which is chrome, and a slide counter with its bar', () => {
    expect(reason('[← Previous: Notes on ferries](https://blog.example/ferries/) [Next: Quay costs →](https://blog.example/quays/)')).toBe('navigation');
    expect(reason('[Like](https://x.example/p/1/like) · [Comment](https://x.example/p/1/comments) · [Restack](https://x.example/p/1/restack)')).toBe('share or subscribe prompt');
    expect(reason('[Ferries](https://x.example/f) and [quays](https://x.example/q) are covered here.')).toBeUndefined();
    expect(reason('[The ferry report](https://x.example/r) [the quay plan](https://x.example/q)')).toBeUndefined();
    expect(reason('2 of 5 |')).toBe('widget');
    // A project's row of link buttons, copied as one line.
    expect(reason('FERRYNET CHAT API DEMO DISCORD')).toBe('navigation');
    expect(reason('Paper GitHub Hugging Face Demo')).toBe('navigation');
    expect(reason('Homepage Docs Slack')).toBe('navigation');
    expect(reason('The weights are on GitHub and Hugging Face')).toBeUndefined();
    expect(reason('API demo day in Bergen')).toBeUndefined();
    expect(reason('[Docs](https://x.example/blog/docs) [Blog](https://x.example/blog/) [Ferry](https://x.example/blog/f)')).toBeUndefined();
    expect(reason('thumbnail')).toBe('image');
    expect(reason('3 thoughts on “Ferry line doubles its fleet”')).toBe('comment form');
    expect(reason('12 responses to "Quay costs, revisited"')).toBe('comment form');
    expect(reason('3 thoughts on the ferry plan were shared at the meeting.')).toBeUndefined();
    expect(reason('Placeholder image')).toBe('image');
    expect(reason('thumbnails of the ferry')).toBeUndefined();
  });

  it('removes a breadcrumb with spaced slashes, three crumbs or more', () => {
    expect(reason('News / Regions / Ferry line doubles its battery fleet')).toBe('navigation');
    expect(reason('Home / Business / Shipping')).toBe('navigation');
    expect(reason('Oslo / Bergen')).toBeUndefined();
    // A byline row with slashes: a name, a domain, a labelled date.
    expect(reason('Kari Hansen / HARBOURGAZETTE.COM / Last updated: Mar 3, 2031, 10:41 CET')).toBeUndefined();
    expect(reason('Harbour Weekly  /  by Ola Nordmann  /  3h')).toBeUndefined();
    expect(reason('Fares rose 4% / 5% / 6% in the three years to 2031.')).toBeUndefined();
  });

  it('removes a syndication note with its address', () => {
    expect(reason('Originally published at https://blog.example.com/posts/ferries on March 3, 2031.')).toBe('production note');
    expect(reason('First published on https://ferries.example.org/2031/quay')).toBe('production note');
    expect(reason('Originally published at a loss, the gazette now makes money.')).toBeUndefined();
  });

  it('splits a newsletter footer where a US address ends before a chrome sentence', () => {
    expect(reason('Harbour Letter, 12 Quay Street, Suite 4, Portland, ME 04101 You are receiving this because you signed up at harbour.example.com.')).toBe('site footer');
    expect(reason('Harbour Letter, 12 Quay Street, Portland, ME 04101 The ferry leaves at noon.')).toBeUndefined();
  });
});
