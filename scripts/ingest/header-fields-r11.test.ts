/**
 * Header fields of layouts first met in holdout17, each on invented text: bylines a series name or a tagline stands
 * beside, a name with its job after a colon, a blog theme's post footer, a first publication stated by its time only,
 * a title-cased headline of two sentences, menu labels, a headline printed again over the text's first section, and a
 * note app's metadata table.
 */
import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseByline } from './byline.ts';
import { parseNameLine } from './byline-names.ts';
import { parseNameWithJob } from './byline-job.ts';
import { parseDateLine } from './dates.ts';
import { readMeta } from './header-line.ts';
import { looksLikeOutlet } from './outlet-name.ts';

const MORE = 'The yard said it expected to deliver two more hulls this year, and that a third operator had signed a letter of intent for four vessels.';

describe('bylines', () => {
  it("reads a series' name before \"by\" and the names after it", () => {
    expect(parseByline('Policy Brief by Dr. Omar Haddad and Lena Fischer')).toEqual({ authors: ['Omar Haddad', 'Lena Fischer'] });
    expect(parseByline('Field Notes by Maria Costa')).toEqual({ authors: ['Maria Costa'] });
    // A headline's passive names no author.
    expect(parseByline('Ferry Plan Blocked by Harbour Council')).toBeUndefined();
    expect(parseByline('Ferry Shares Hit by Export Curbs')).toBeUndefined();
  });

  it('reads a name with its job after a colon, and never the outlet after the job as a name', () => {
    expect(parseNameWithJob('Aiko Sato : Reporter, Harbour Weekly')).toEqual(['Aiko Sato']);
    expect(parseNameWithJob('Tom Berg / Staff writer, Nordic Ledger')).toEqual(['Tom Berg']);
    expect(parseNameLine('Aiko Sato : Reporter, Harbour Weekly')).toBeUndefined();
    expect(parseNameLine('Search & Section Navigation')).toBeUndefined();
  });

  it("takes a display name's tagline after a full-width bar for no outlet", () => {
    expect(readMeta('Aiko Sato｜Notes on ferries', false)).toEqual({ kind: 'byline', authors: ['Aiko Sato'] });
    expect(readMeta('Ola Nordmann｜Engineer at a Bergen yard', false)).toEqual({ kind: 'byline', authors: ['Ola Nordmann'] });
  });
});

describe('dates', () => {
  it('reads a first publication stated by its time only on the update\'s day, and times written with a dot', () => {
    expect(parseDateLine('Updated Jun 2, 2031 – 5.32pm, first published at 4.10pm')).toEqual({ iso: '2031-06-02T16:10', hasTime: true });
    expect(parseDateLine('Updated 14 March 2031 — 9.05am, first published at 7.45am')).toEqual({ iso: '2031-03-14T07:45', hasTime: true });
    expect(parseDateLine('Jun 2, 2031 5.32pm')).toEqual({ iso: '2031-06-02T17:32', hasTime: true });
  });

  it("takes the author and the time of day from a blog's post footer", () => {
    const text = ['The Ferry Abacus', 'Notes on hulls, batteries and the economics of ferries. By a retired naval architect.', 'Tuesday, June 3, 2031', 'What a battery ferry really costs to run', BODY, MORE, 'Posted by Kari Lie at 8:05 PM', 'Labels: ferries, batteries', 'Newer Post Older Post Home'].join('\n');
    expect(meta(read(text))).toMatchObject({ title: 'What a battery ferry really costs to run', date: '2031-06-03T20:05', authors: ['Kari Lie'], publisher: 'The Ferry Abacus' });
    const other = ['Harbour Diary', 'A blog about ports', '3 June 2031', 'Why the new crane matters', BODY, MORE, 'Posted by Li Na at 21:05', 'Email This', 'Labels: ports'].join('\n');
    expect(meta(read(other))).toMatchObject({ date: '2031-06-03T21:05', authors: ['Li Na'] });
    // A tagline of one short sentence between the blog's name and the date is no paragraph of the text.
    const short = ['The Ferry Abacus', 'Notes on hulls and batteries.', 'Tuesday, June 3, 2031', 'What a battery ferry really costs to run', BODY, MORE, 'Posted by Kari Lie at 8:05 PM'].join('\n');
    expect(meta(read(short))).toMatchObject({ title: 'What a battery ferry really costs to run', date: '2031-06-03T20:05', authors: ['Kari Lie'], publisher: 'The Ferry Abacus' });
    // With a time in the header's date, the footer changes nothing.
    expect(meta(read(other.replace('3 June 2031', '3 June 2031 07:30')))).toMatchObject({ date: '2031-06-03T07:30' });
    // Under a long comment section and archive list (all furniture), the stamp is still read.
    const tail = ['Labels: ferries, batteries', 'Newer Post Older Post Home', '14 comments:', ...Array.from({ length: 12 }, (_, k) => `Reply Delete`.concat(k % 2 ? '' : ' ')), 'Blog Archive', '► 2031 (14)', '► 2030 (22)', 'Powered by Blogger.'];
    const long = ['The Ferry Abacus', 'Notes on hulls and batteries.', 'Tuesday, June 3, 2031', 'What a battery ferry really costs to run', BODY, MORE, 'Posted by Kari Lie at 8:05 PM', ...tail].join('\n');
    expect(meta(read(long))).toMatchObject({ date: '2031-06-03T20:05', authors: ['Kari Lie'] });
  });
});

describe('headlines and menus', () => {
  it('reads a title-cased headline of two sentences under a menu, and never a menu label or skip link', () => {
    const text = [
      'Skip to content', 'Skip to main navigation', 'Main Navigation', 'Business', "Today's Paper", 'Friday, November 7, 2031', 'The Harbour Courier',
      'A Small Yard Wiped $2 Billion Off Its Rivals. Investors Want to Know How.',
      'Shipbuilders fell after the yard showed it could build battery ferries for far less.',
      'The yard director at the launch in Gdansk last month.Credit...Piotr Nowak for The Harbour Courier',
      'By Ola Nordmann and Kari Lie',
      'Ola Nordmann reported from Oslo and Kari Lie from Gdansk.',
      'March 12, 2031',
      BODY, MORE,
    ].join('\n');
    expect(meta(read(text))).toMatchObject({
      title: 'A Small Yard Wiped $2 Billion Off Its Rivals. Investors Want to Know How.',
      date: '2031-03-12',
      authors: ['Ola Nordmann', 'Kari Lie'],
      publisher: 'The Harbour Courier',
    });
    expect(looksLikeOutlet('Search & Section Navigation')).toBe(false);
    expect(looksLikeOutlet("Today's Paper")).toBe(false);
  });

  it("reads a newsletter post's headline printed again over its first section", () => {
    const text = [
      'Ferry Economics', 'Posts', 'Login', 'Subscribe', 'June 03, 2031',
      'The battery discount nobody noticed',
      'Plus: what night fares tell us about the operators',
      'Kari Lie', 'Share',
      `Good morning. ${BODY}`,
      'In this issue:', 'Night fares', 'Reader mail',
      'The battery discount nobody noticed',
      MORE,
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ title: 'The battery discount nobody noticed', date: '2031-06-03', authors: ['Kari Lie'] });
  });
});

describe("a note app's metadata table", () => {
  it('reads the source row as the address, the note\'s own times as no date, and the outlet from the clipped crumbs', () => {
    const text = [
      '# Battery ferries win orders from three Baltic operators', '', '---', '', '| | |', '|---|---|',
      '| **Created at** | 2031-03-13 08:41 |', '| **Updated at** | 2031-03-14 19:02 |',
      '| **Source** | [https://www.harbour-ledger.example/ferries/orders](https://www.harbour-ledger.example/ferries/orders) |',
      '| **Tagged** | ferries, batteries |', '', '---', '',
      'Harbour Ledger · Business › Shipping', '',
      '**Battery ferries win orders from three Baltic operators**', '',
      'By Kari Lie', '', 'Published 9:15 a.m. CET March 12, 2031', '', BODY, '', MORE,
    ].join('\n');
    expect(meta(read(text))).toMatchObject({ date: '2031-03-12T09:15', authors: ['Kari Lie'], publisher: 'Harbour Ledger', url: 'https://www.harbour-ledger.example/ferries/orders' });
  });
});

describe('a personal site named after its writer', () => {
  const post = (site: string, byline?: string) => [site, 'Home Now Blog', 'Battery ferries and the Baltic', ...(byline ? [byline] : []), '09 Feb, 2031', BODY, MORE, '#ferries', 'Upvote'].join('\n');
  it('names the author when no byline does', () => {
    expect(meta(read(post("Kari Lie's notes")))).toMatchObject({ authors: ['Kari Lie'], publisher: "Kari Lie's notes", date: '2031-02-09' });
    expect(meta(read(post("Ola Nordmann's Blog")))).toMatchObject({ authors: ['Ola Nordmann'] });
  });
  it('gives way to a byline, and reads no name into an outlet', () => {
    expect(meta(read(post("Kari Lie's notes", 'By Tom Wu')))).toMatchObject({ authors: ['Tom Wu'] });
    expect(meta(read(post("Harbour's Finest Notes")))).toMatchObject({ authors: [] });
  });
});
