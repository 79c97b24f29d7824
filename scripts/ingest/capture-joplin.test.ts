import { describe, expect, it } from 'vitest';
import { readCapture } from './capture.ts';
import { ingestAll } from './pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const NOTE = `Harbour cranes double their output

**Harbour Gazette**

By Ola Nordmann | March 6, 2031

The harbour authority said its new cranes move twice as many containers an hour.

id: 0123456789abcdef0123456789abcdef
parent_id: fedcba9876543210fedcba9876543210
created_time: 2031-03-09T10:00:00.000Z
latitude: 59.91390000
author: 
source_url: https://gazette.example.org/cranes
markup_language: 1
type_: 1`;

describe("Joplin's metadata block", () => {
  it('is taken out of the text, and its source_url is the article\'s URL (its clip time is no date)', () => {
    const a = ingestAll([{ file: 'content/articles/note.md', bytes: enc(NOTE) }]).articles[0]!;
    expect(a).toMatchObject({ url: 'https://gazette.example.org/cranes', authors: ['Ola Nordmann'], date: { iso: '2031-03-06' } });
    expect(a.body.map((b) => b.text)).toEqual(['The harbour authority said its new cranes move twice as many containers an hour.']);
    expect(a.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['latitude: 59.91390000', 'type_: 1']));
  });

  it('reads a filled author field, and leaves key-value lines that are not the block alone', () => {
    const filled = NOTE.replace('author: ', 'author: Kari Hansen').replace('By Ola Nordmann | ', '');
    expect(ingestAll([{ file: 'content/articles/note.md', bytes: enc(filled) }]).articles[0]!.authors).toEqual(['Kari Hansen']);
    expect(readCapture(NOTE.replace(/^id: .*$/m, 'id: 42'), { markdown: true }).tools).not.toContain('joplin');
    expect(readCapture(NOTE.replace('type_: 1', 'type_: 1\n\nA closing line of text.'), { markdown: true }).tools).not.toContain('joplin');
  });
});
