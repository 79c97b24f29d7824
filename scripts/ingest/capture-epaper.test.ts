import { describe, expect, it } from 'vitest';
import { readCapture } from './capture.ts';
import { ingestArticle } from './pipeline.ts';

const ingest = (file: string, text: string) => ingestArticle({ file, bytes: new TextEncoder().encode(text) });

describe('e-paper reader (PressReader)', () => {
  it('takes the reader\'s imprint closing the article out, and keeps the story', () => {
    const story = 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.';
    const a = ingest('epaper.txt', `Harbour Gazette\n12 Mar 2031\nFerry tolls rise on the northern route\n${story}\nPrinted and distributed by PressReader\nPressReader.com +1 604 278 4604\nCOPYRIGHT AND PROTECTED BY APPLICABLE LAW`);
    expect(a.body.map((b) => b.text)).toEqual([story]);
    expect(a.boilerplate.filter((b) => b.reason === 'capture tool').map((b) => b.text)).toEqual(['Printed and distributed by PressReader', 'PressReader.com +1 604 278 4604', 'COPYRIGHT AND PROTECTED BY APPLICABLE LAW']);
  });

  it('needs the imprint: a sentence naming the reader is text', () => {
    expect(readCapture('PressReader.com said on Monday that it had signed two more papers.', { markdown: false }).tools).toEqual([]);
  });
});
