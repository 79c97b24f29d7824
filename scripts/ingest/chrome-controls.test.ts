import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { byText } from './chrome.test-helpers.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe("a news page's controls and notices, by their whole-line wording", () => {
  it('removes player and image-viewer controls, update and AI notices', () => {
    expect(reason('Now playing')).toBe('widget');
    expect(reason('00:00 / 06:41')).toBe('widget');
    expect(reason('1.5x')).toBe('widget');
    expect(reason('9 min listen')).toBe('widget');
    expect(reason('View image in fullscreen')).toBe('image');
    expect(reason('Open image in gallery')).toBe('image');
    expect(reason('This story has been updated with comment from the port authority.')).toBe('production note');
    expect(reason('This is a developing story and will be updated.')).toBe('production note');
    expect(reason('An earlier version of this article misstated the size of the ferry fund.')).toBe('production note');
    expect(reason('Breaking News')).toBe('production note');
    expect(reason('AI-generated summary')).toBe('production note');
    expect(reason('This article was translated with the help of AI tools.')).toBe('production note');
    expect(reason('Listen to this story')).toBe('widget');
    expect(reason('This article is available as a video essay on our channel.')).toBe('production note');
    expect(reason('This story is also available as a podcast.')).toBe('production note');
  });

  it('removes paywall offers, form messages, tip lines, footer links and affiliate notices', () => {
    expect(reason('Unlock this article')).toBe('share or subscribe prompt');
    expect(reason('Remaining free articles: 2')).toBe('share or subscribe prompt');
    expect(reason('Your subscription has been confirmed.')).toBe('share or subscribe prompt');
    expect(reason('Send us a tip')).toBe('share or subscribe prompt');
    expect(reason('Got a confidential news tip? We want to hear from you.')).toBe('share or subscribe prompt');
    expect(reason('Follow the topics in this article')).toBe('share or subscribe prompt');
    expect(reason('Log in to leave a comment')).toBe('share or subscribe prompt');
    expect(reason('Report a correction')).toBe('site footer');
    expect(reason('This material may not be published, broadcast, rewritten or redistributed.')).toBe('site footer');
    expect(reason('Distributed by Harbour Content Agency, LLC.')).toBe('wire credits');
    expect(reason('Promoted Links by Taboola')).toBe('advertisement');
    expect(reason('Our editors independently select these products.')).toBe('advertisement');
    expect(reason('View 12 more replies')).toBe('comment form');
    expect(reason('From the section Business')).toBe('navigation');
  });

  it('removes links out of the story, sign-up box lines, editor credits, series labels and syndication notices', () => {
    expect(reason('Read the full story here.')).toBe('navigation');
    expect(reason('Opens in new window')).toBe('navigation');
    expect(reason('No spam. Unsubscribe anytime.')).toBe('share or subscribe prompt');
    expect(reason('Get the latest shipping news delivered to your inbox.')).toBe('share or subscribe prompt');
    expect(reason('Loading comments...')).toBe('comment form');
    expect(reason('Edited by Ola Strand')).toBe('wire credits');
    expect(reason('This article is part of our special coverage of the ferry race.')).toBe('related links');
    expect(reason('(Except for the headline, this story has not been edited by Harbour staff and is published from a syndicated feed.)')).toBe('production note');
    expect(reason('In case you missed it')).toBe('related links');
    expect(reason('This article is part of the problem, critics say.')).toBeUndefined();
    expect(reason('Edited by Ola Strand and others at the desk, the report ran late.')).toBeUndefined();
  });

  it("leaves the story's sentences with the same words, and single words a menu may hold", () => {
    expect(reason('The port has been updated its timetable twice this year.')).toBeUndefined();
    expect(reason('This material may not be enough to build a second quay, engineers said.')).toBeUndefined();
    expect(reason('The ferry was distributed by rail to the yard.')).toBeUndefined();
    expect(reason('We may earn more from freight than passengers, the chief executive said.')).toBeUndefined();
    expect(reason('This ferry is available in a hybrid version for short routes.')).toBeUndefined();
    expect(reason('This report is available as a PDF on the authority\'s website, the minister said, and runs to 400 pages.')).toBeUndefined();
    expect(reason('Play')).toBeUndefined();
    expect(reason('Careers')).toBeUndefined();
  });

  it('takes such a line between two paragraphs of the story, where a short line would be a heading', () => {
    const p = (k: number) => `The ferry operator said on Monday that berth ${k} would open in May, two months ahead of schedule, citing demand from commuters and freight firms.`;
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2031\n${p(1)}\n\n${p(2)}\nUnlock this article\n${p(3)}\n\n${p(4)}`);
    expect(k.get('Unlock this article')).toBe('share or subscribe prompt');
    expect(k.get(p(3))).toBe('paragraph');
  });
});
