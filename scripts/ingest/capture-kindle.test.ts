import { describe, expect, it } from 'vitest';
import { readCapture } from './capture.ts';
import { ingestArticle } from './pipeline.ts';

const ingest = (file: string, text: string) => ingestArticle({ file, bytes: new TextEncoder().encode(text) });

const entry = (action: string, text: string) =>
  `Ferry tolls rise on the northern route (Ingrid Solberg)\n- Your ${action} | Added on Sunday, 6 April 2025 21:04:11\n\n${text}\n==========`;
const clippings = [
  entry('Highlight on Location 10-12', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'),
  entry('Note on Location 12', 'ask the operator about season tickets'),
  entry('Bookmark on Location 20', ''),
  entry('Highlight on page 3 | Location 31-33', 'Season tickets are unchanged, the operator said, and so are the fares for children.'),
].join('\n');

describe('Kindle clippings', () => {
  it('reads the headline and author from the title line, and keeps only the highlights as the body', () => {
    const a = ingest('My Clippings.txt', clippings);
    expect(a.title).toBe('Ferry tolls rise on the northern route');
    expect(a.authors).toEqual(['Ingrid Solberg']);
    // The time a passage was highlighted is not the article's date.
    expect(a.date).toBeUndefined();
    expect(a.body.map((b) => b.text)).toEqual([
      'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.',
      'Season tickets are unchanged, the operator said, and so are the fares for children.',
    ]);
    // The reader's note and every action line are the device's, listed in the audit.
    const audit = a.boilerplate.map((b) => b.text);
    expect(audit).toContain('ask the operator about season tickets');
    expect(audit).toContain('==========');
  });

  it('needs the device\'s action lines: a text with rules alone is not a clippings file', () => {
    expect(readCapture('Tolls rose.\n==========\nFares fell.\n==========', { markdown: false }).tools).toEqual([]);
  });
});
