import { describe, expect, it } from 'vitest';
import { IngestError } from '../core/problem.ts';
import { readArticle } from './read.ts';

const file = 'content/articles/x.txt';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('readArticle', () => {
  it('reads UTF-8, keeping the BOM out of the text', () => {
    const r = readArticle({ file, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Héllo “world”')]) });
    expect(r.text).toBe('Héllo “world”');
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual([]);
  });

  it('reads invalid UTF-8 as Windows-1252 and warns, naming the file', () => {
    // "Café – naïve" in Latin-1 / Windows-1252.
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
    const r = readArticle({ file, bytes: latin1 });
    expect(r.text).toBe('Café – naïve');
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings[0]?.file).toBe(file);
    expect(r.warnings[0]?.message).toMatch(/not valid UTF-8/);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['whitespace only', bytes('  \n\t\r\n  '), /only whitespace/],
    ['binary (NUL)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['binary (control characters)', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 7) + 1)), /binary/],
  ])('rejects %s input with a message naming the file and what to do', (_, input, message) => {
    try {
      readArticle({ file, bytes: input });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message.startsWith(file)).toBe(true);
      expect((e as IngestError).problem.hint).not.toBe('');
    }
  });
});
