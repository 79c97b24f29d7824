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
  ])('%j is a credit (kept as a credit, not removed)', (line) => {
    expect(reason(line)).toBe('credit');
  });

  it.each([
    'Share prices of drone makers rose 4% on Tuesday after the ruling.',
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
  ])('%j is article text', (line) => {
    expect(reason(line)).toBeUndefined();
  });
});
