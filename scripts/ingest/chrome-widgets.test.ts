import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : undefined;
};

describe('widgets, prompts and markup told by their own shape', () => {
  it('removes view counters, audio players and language switches', () => {
    expect(reason('This story has been viewed 7,120 times.')).toBe('widget');
    expect(reason('Viewed 88 times')).toBe('widget');
    expect(reason('Tap play to listen to this story')).toBe('widget');
    expect(reason('Narrated by artificial intelligence.')).toBe('widget');
    expect(reason('This article is also available in: Español')).toBe('navigation');
    expect(reason('Also available in Italiano, Polski')).toBe('navigation');
  });

  it('removes reader-mode and skip links, embed prompts and summary labels', () => {
    expect(reason('Read on Quiet Reader')).toBe('navigation');
    expect(reason('Read this post without JavaScript')).toBe('navigation');
    expect(reason('Jump to main navigation')).toBe('navigation');
    expect(reason('Skip next section Weather')).toBe('navigation');
    expect(reason('Copy the video embed code below:')).toBe('share or subscribe prompt');
    expect(reason('TL;DR')).toBe('page chrome');
    expect(reason('featured image - A harbour crane at dusk')).toBe('image');
    expect(reason('Receive Stories from @harbournotes')).toBe('share or subscribe prompt');
    expect(reason('THIS STORY WAS FEATURED IN...')).toBe('related links');
    expect(reason('Sponsor me for $5/month and get the weekly digest.')).toBe('share or subscribe prompt');
    expect(reason('Prices delayed at least 20 minutes.')).toBe('widget');
    expect(reason('AUDIO1:1201:12')).toBe('image');
  });

  it("removes a printed document's contents, counters, microblog topics and reference codes", () => {
    expect(reason('I N D E X')).toBe('navigation');
    expect(reason('Testimony of Ms. Ada Fenwick, Director, Quay Lab.........     12')).toBe('navigation');
    expect(reason('3 0 12')).toBe('widget');
    expect(reason('#Harbour cranes# #Port budget#')).toBe('tag list');
    expect(reason('MEX/24/1203')).toBe('page chrome');
  });

  it("removes a printer's bracketed notes, short dot leaders, sign-up links and stamps with a bullet", () => {
    expect(reason('[Senate Hearing, 118 Congress]')).toBe('production note');
    expect(reason('[TABLE NOT AVAILABLE IN THIS FORMAT]')).toBe('production note');
    expect(reason('[[toc]]')).toBe('production note');
    expect(reason('Statement of Ms. Ada Fenwick, Harbour Board...     7')).toBe('navigation');
    expect(reason('[Submitted on 3 Apr 2031 (v2)]')).toBeUndefined();
    expect(reason('Page Testimony of Ms. Ada Fenwick, Harbour Board.........     3 Testimony of Mr. Ola Strand, Vesta Works...     9')).toBe('navigation');
    expect(reason('Printed for the use of the Committee on Harbours and Ports')).toBe('page chrome');
    expect(reason('Sign up here.')).toBe('share or subscribe prompt');
    expect(reason('Get daily briefings on the port with the Harbour Morning newsletter. Sign up here.')).toBe('share or subscribe prompt');
    expect(reason('· 3h')).toBe('relative time');
    expect(reason('Share on')).toBe('share or subscribe prompt');
    expect(reason('Read previous post: Cranes arrive at Vesta')).toBe('navigation');
  });

  it('keeps bracketed links, footnotes and long bracketed text', () => {
    expect(reason('[Read the harbour report](https://harbour.example/report)')).toBeUndefined();
    expect(reason('[The harbour master then read out the full list of the cranes the port had bought since 2019, one by one, to the committee.]')).toBeUndefined();
    expect(reason('The harbour board met at 10... and again at 3')).toBeUndefined();
    expect(reason('Readers can sign up here for the port tour, the authority said on Monday.')).toBeUndefined();
  });

  it('removes the JSX and export lines an MDX post leaves on lines of their own', () => {
    expect(reason('export default (props) => <PostLayout post={post} {...props} />')).toBe('page chrome');
    expect(reason('export const meta = { title: "Cranes" }')).toBe('page chrome');
    expect(reason('<Figure src={crane} alt="A crane over the quay" />')).toBe('image');
    expect(reason('<Tag text="Ports" /> <Tag text="3 min read" />')).toBe('page chrome');
    expect(reason('<Comments />')).toBe('page chrome');
  });

  it('keeps sentences of the story that mention such things', () => {
    expect(reason('The clip has been viewed 2 million times since Friday, the company said.')).toBeUndefined();
    expect(reason('Press play on the demo and the model answers in under a second, she said.')).toBeUndefined();
    expect(reason('The report is also available in French and German from the ministry.')).toBeUndefined();
    expect(reason('Read on for what the numbers mean.')).toBeUndefined();
    expect(reason('Voiced by a professional actor, the advert ran for a week.')).toBeUndefined();
    expect(reason('Available in Europe')).toBeUndefined();
    expect(reason('Exporters said they would sponsor more training for engineers in the region.')).toBeUndefined();
    expect(reason('The export ban took effect in October.')).toBeUndefined();
    expect(reason('Prices fell 3 percent in March.')).toBeUndefined();
    expect(reason('<p>Some HTML</p>')).toBeUndefined();
    expect(reason('The three scores were 0 1 0 in the final round, the paper says.')).toBeUndefined();
  });
  it('removes a text-size control, embed macros, outliner properties, attachments and a mail time with its age', () => {
    expect(reason('Font Size：S M L')).toBe('widget');
    expect(reason('Text size A- A A+')).toBe('widget');
    expect(reason('%[https://video.example/watch/8812]')).toBe('page chrome');
    expect(reason('id:: 0a9c33e1-77b2-4c1d-8e55-19f0d2a6b3c4')).toBe('page chrome');
    expect(reason('collapsed:: true')).toBe('page chrome');
    // A page's metadata properties are the header's to read.
    expect(reason('title:: Ferry line doubles its fleet')).toBeUndefined();
    expect(reason('author:: [[Kari Hansen]]')).toBeUndefined();
    expect(reason('ferry-tariff-schedule-2031.pdf')).toBe('page chrome');
    expect(reason('Attachments:')).toBe('page chrome');
    expect(reason('Wed, Mar 12, 7:40 AM (3 days ago)')).toBe('relative time');
    // Sentences that name such things are the story's.
    expect(reason('The font size on the new tariff sheet is larger.')).toBeUndefined();
    expect(reason('The ruling (issued 2 days ago) still stands.')).toBeUndefined();
    expect(reason('The schedule.pdf was leaked to reporters.')).toBeUndefined();
    expect(reason('In Haskell, fare :: Int declares a type.')).toBeUndefined();
  });

  it("removes a reader poll (its question, answers and gate), a blog engine's post stamp and a full-version player", () => {
    expect(reason('How would you rate this issue?')).toBe('widget');
    expect(reason('👍 Great | 🤔 Meh | 👎 Skip it')).toBe('widget');
    expect(reason('⭐️ Five stars · 😴 Boring')).toBe('widget');
    expect(reason('Sign in to vote.')).toBe('share or subscribe prompt');
    expect(reason('Log in or register to take part in the poll')).toBe('share or subscribe prompt');
    expect(reason('Posted by Mara Kell at 11:02 PM')).toBe('page chrome');
    expect(reason('Posted by J. Ortiz at 7:45 pm')).toBe('page chrome');
    expect(reason('Listen to the audio version (4 min)')).toBe('widget');
    // The story's sentences with the same words stay.
    expect(reason('The poll found 61% of respondents | 22% undecided.')).toBeUndefined();
    expect(reason('How did you like the new model? Users on Reddit were split.')).toBeUndefined();
    expect(reason('Posted by the company on its website, the note said sales rose 20%.')).toBeUndefined();
    expect(reason('Listen to the market, the analyst said, and you will hear the doubts.')).toBeUndefined();
  });
});
