/**
 * Header fields of layouts first met in holdout16, each on invented text: a field's label the label list does not
 * know before a date, a length after it, dashed day-first dates, and a member's profile fields in a post header.
 */
import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseDateLine } from './dates.ts';
import { withoutThreadPrefix } from './headline.ts';

describe('labelled dates', () => {
  it('reads a date after a short field label the list does not know', () => {
    expect(parseDateLine('Broadcast 3 March 2031 | 1 hr 5 min')).toEqual({ iso: '2031-03-03', hasTime: false });
    expect(parseDateLine('Thread opened Jun 2, 2031')).toEqual({ iso: '2031-06-02', hasTime: false });
    expect(parseDateLine('Statement | 07-05-2031 | 09:30')).toEqual({ iso: '2031-05-07T09:30', hasTime: true });
    // A headline ending in a date capitalises its words: no field label.
    expect(parseDateLine('Ferry Strike Called Off March 3, 2031')).toBeUndefined();
    expect(parseDateLine('Posted in Policy Jan 3, 2031')).toBeUndefined();
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
