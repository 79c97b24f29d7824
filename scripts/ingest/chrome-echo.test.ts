import { describe, expect, it } from 'vitest';
import type { Segment } from '../core/article.ts';
import { markEchoes } from './chrome-echo.ts';
import { byText } from './chrome.test-helpers.ts';
import { units, words } from './units.ts';

const head = ['Harbour notes', 'Six cranes and a night shift at the port of Vesta', '2nd April 2025'];
const body = [
  'The port of Vesta will run its cranes through the night from May, the harbour authority said on Tuesday, adding 120 jobs.',
  'I asked three crane drivers what they thought of it, and all three said the extra pay would be welcome in the winter months.',
];

describe('chrome told by repetition and neighbours', () => {
  it("removes the page naming itself and a stamp row with the page's prompts", () => {
    const got = byText([...head, ...body, 'Posted 2nd April 2025 at 9:15 am · Follow me on Mastodon or subscribe to my newsletter', 'This is Six cranes and a night shift at the port of Vesta by Ola Strand, posted on 2nd April 2025.', 'Previous: A week of fog'].join('\n'));
    // (Or the tail's byline, where the header's tail reader takes its "by Ola Strand" first: out of the body either way.)
    expect(['page chrome', 'byline']).toContain(got.get('This is Six cranes and a night shift at the port of Vesta by Ola Strand, posted on 2nd April 2025.'));
    // (Or the header's date, where it reads one there.)
    expect(['relative time', 'date']).toContain(got.get('Posted 2nd April 2025 at 9:15 am · Follow me on Mastodon or subscribe to my newsletter'));
  });

  it('keeps a sentence that quotes the headline at length, and a row without a stamp', () => {
    const quote = 'A notice headed "Six cranes and a night shift at the port of Vesta" went up on Monday.';
    const got = byText([...head, body[0]!, quote, body[1]!, 'Cranes · night shifts · jobs at the port and the money they bring'].join('\n'));
    expect(got.get(quote)).toBe('paragraph');
    // A comment section's heading quoting the headline is left to the comment rules.
    expect(byText([...head, ...body, '2 thoughts on "Six cranes and a night shift at the port of Vesta"'].join('\n')).get('2 thoughts on "Six cranes and a night shift at the port of Vesta"')).not.toBe('page chrome');
  });

  it('removes an author card shown before and after the story', () => {
    const card = ['@olastrand', 'Ola Strand', 'Ports reporter. Writes about cranes, ships and money.', 'Follow'];
    const got = byText([...head, ...card, ...body, 'About Author', ...card, 'Read my stories'].join('\n'));
    expect(got.get('Ports reporter. Writes about cranes, ships and money.')).toBe('author bio');
    expect(got.get(body[0]!)).toBe('paragraph');
  });

  it('keeps a repeated sentence that is not between chrome', () => {
    const line = 'The cranes will run at night.';
    const got = byText([...head, body[0]!, line, body[1]!, line, 'Subscribe'].join('\n'));
    expect(got.get(line)).toBe('paragraph');
  });

  it('continues a link list through a title with a question mark, up to the chrome below it', () => {
    const got = byText([...head, ...body, 'Related articles', 'Vesta opens its new quay to the biggest ships', 'What is night shift pay? Everything crane drivers need to know', 'Share this article'].join('\n'));
    expect(got.get('What is night shift pay? Everything crane drivers need to know')).toBe('related links');
  });

  it("removes teasers between a link list's heading and chrome, two-sentence headlines too", () => {
    const got = byText([...head, ...body, 'Related', 'Vesta\'s crane rules are about to bite. Here\'s what changes.', 'The night shift: where the money comes from', 'Most Read', 'Fog closes the port again'].join('\n'));
    expect(got.get("Vesta's crane rules are about to bite. Here's what changes.")).not.toBe('paragraph');
    expect(got.get('The night shift: where the money comes from')).not.toBe('paragraph');
  });

  it('keeps the story under a heading that is no link list', () => {
    const got = byText([...head, body[0]!, 'What the drivers said', 'They liked it.', 'Subscribe', body[1]!].join('\n'));
    expect(got.get('They liked it.')).not.toBe('related links');
  });

  it("removes a printed document's title-page lines in capitals between the header's lines, not the story's", () => {
    // The header's verdicts given directly: which rule took the neighbours does not matter here.
    const us = units(['HEARING', 'COMMITTEE ON HARBOURS AND PORTS', 'VESTA PRINTING OFFICE', '31-120 PDF VESTA : 2031', 'MARCH 6, 2031', 'Night shifts at the port of Vesta', body[0]!, 'THE BOARD VOTED YES', 'Subscribe', body[1]!].join('\n'));
    const taken = new Map<number, Segment>([
      [0, { kind: 'meta', line: 1, text: 'HEARING', role: 'section' }],
      [4, { kind: 'date', line: 5, text: 'MARCH 6, 2031', iso: '2031-03-06', hasTime: false }],
      [5, { kind: 'title', line: 6, text: 'Night shifts at the port of Vesta' }],
      [8, { kind: 'boilerplate', line: 9, text: 'Subscribe', reason: 'share or subscribe prompt' }],
    ]);
    markEchoes(us, taken, us.map((u) => words(u.text)));
    for (const i of [1, 2, 3]) expect(taken.get(i)?.kind).toBe('boilerplate');
    expect(taken.get(7)).toBeUndefined();
  });
});
