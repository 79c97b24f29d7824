import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { isUiAction } from './chrome-app.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe('app and platform chrome', () => {
  it('removes the action rows of reader, feed and channel apps', () => {
    for (const t of ['Visit Website', 'Mark as unread', 'Save to Collection', 'Read later', 'Next article', 'Join channel', 'Add to Podcast Player', 'Close window', 'Highlight', 'Download']) {
      expect(reason(t), t).toBe('navigation');
    }
  });

  it('leaves prose and headings that start with the same verbs', () => {
    for (const t of ['Visit to Oslo', 'Read the fine print', 'Save money on ferries', 'Next year', 'Open questions', 'Mark Rutte', 'Join the dots.']) expect(reason(t), t).toBeUndefined();
    expect(isUiAction('Mark as read and archive the whole ferry queue today', 10)).toBe(false);
  });

  it('removes labelled counters and a symbol with its count and status', () => {
    expect(reason('Comments 2,318')).toBe('widget');
    expect(reason('Views: 12K')).toBe('widget');
    expect(reason('💬 Comments 87')).toBe('widget');
    expect(reason('❤ 3.4K   edited  Mar 2')).toBe('widget');
    // A count inside a sentence is the story's.
    expect(reason('Comments on the ferry plan reached 2,318 by Friday.')).toBeUndefined();
  });

  it('removes fold controls, paging arrows, comment prompts and font-size buttons', () => {
    expect(reason('...more')).toBe('navigation');
    expect(reason('Read less')).toBe('navigation');
    expect(reason('‹ prev')).toBe('navigation');
    expect(reason('< prev   |   next >')).toBe('navigation');
    expect(reason('Add a comment…')).toBe('comment form');
    expect(reason('Large Medium Small')).toBe('widget');
    expect(reason('[Print this page]  [Close window]')).toBe('share or subscribe prompt');
  });

  it("removes a read-later app's stamp and the reader's own note, not the writer's notes", () => {
    expect(reason('Saved Tue, Apr 8 · 4 min read')).toBe('production note');
    expect(reason('Note: check against the port authority figures')).toBe('production note');
    expect(reason('Note: All figures are in Norwegian kroner.')).toBeUndefined();
    expect(reason('Saved by the bell, the ferry docked on time.')).toBeUndefined();
  });

  it('removes app promotions, podcast-feed and paywall prompts, forwarding policies and thanks to subscribers', () => {
    expect(reason('Download the Fjord News app to read more')).toBe('share or subscribe prompt');
    expect(reason('Fast news, clear charts, all in the Fjord News APP')).toBe('share or subscribe prompt');
    expect(reason('Listen to this briefing in your podcast player')).toBe('share or subscribe prompt');
    expect(reason('Continue reading this analysis with Harbour Plus')).toBe('share or subscribe prompt');
    expect(reason('Unlock the Ferry Digest for free')).toBe('share or subscribe prompt');
    expect(reason('Thanks for being a member, and see you tomorrow!')).toBe('share or subscribe prompt');
    expect(reason('This letter is intended for a single recipient, but occasional forwarding is fine.')).toBe('share or subscribe prompt');
    expect(reason('We thank our readers for their support of this project. Donate')).toBe('share or subscribe prompt');
    // Apps and podcasts as the story's subject.
    expect(reason('The ferry app was downloaded 40,000 times in its first week.')).toBeUndefined();
    expect(reason('Download speeds on the ferry doubled after the upgrade.')).toBeUndefined();
  });

  it("removes a newsletter's programming notes, recurring slots and a live blog's closing note", () => {
    expect(reason('PROGRAMMING NOTE: The Ferry Letter is off on Friday.')).toBe('production note');
    expect(reason('A programming note: no issue next Monday.')).toBe('production note');
    expect(reason('CHART OF THE WEEK: ferry tickets sold by month')).toBe('page chrome');
    expect(reason('Our live coverage has ended. Scroll down to read the day again.')).toBe('page chrome');
    expect(reason('The programme notes that ferries are cheaper.')).toBeUndefined();
  });

  it('removes self-descriptions of newsletters, headed video links, player fallbacks, ad controls, gallery counters and PDF page numbers', () => {
    expect(reason('A weekly letter on the ferry business')).toBe('share or subscribe prompt');
    expect(reason('WATCH: Inside the new ferry yard')).toBe('related links');
    expect(reason('Your browser does not support the video tag.')).toBe('advertisement');
    expect(reason('AdChoices')).toBe('advertisement');
    expect(reason('Slide 2/8')).toBe('widget');
    expect(reason('- 7 -')).toBe('page chrome');
    expect(reason('-30-')).toBe('wire credits');
    // Prose with the same openings.
    expect(reason('A weekly letter from the minister arrived on Friday.')).toBeUndefined();
    expect(reason('Watch the video below.')).toBeUndefined();
  });

  it("removes a lone call to action and a sign-up form's consent line", () => {
    expect(reason('REGISTER NOW')).toBe('advertisement');
    expect(reason('Get started →')).toBe('advertisement');
    expect(reason('By submitting your email, you agree to our Terms and Privacy Notice.')).toBe('share or subscribe prompt');
    expect(reason('By signing up to the pact, the ports agreed to share data.')).toBeUndefined();
    expect(reason('By clicking through the filings, analysts found the cost.')).toBeUndefined();
    expect(reason('Register now for the ferry lottery, the city urged residents on Monday.')).toBeUndefined();
  });
});
