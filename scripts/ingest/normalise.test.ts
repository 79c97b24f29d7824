import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';

describe('normalise', () => {
  it('turns CRLF and CR into LF and keeps the line count', () => {
    const input = 'a\r\nb\rc\n';
    expect(normalise(input)).toBe('a\nb\nc\n');
    expect(normalise(input).split('\n')).toHaveLength(4);
  });
  it('drops a BOM, trailing blanks and stray control characters; keeps tabs inside lines', () => {
    expect(normalise('\uFEFFTitle  \t\nx\u0007y\tz')).toBe('Title\nxy\tz');
  });
  it('composes Unicode (NFC) and turns no-break spaces into spaces', () => {
    expect(normalise('Cafe\u0301\u00A0bar')).toBe('Café bar');
  });
  it('is idempotent', () => {
    const once = normalise('\uFEFFa \r\n\u00A0b\u0301\r');
    expect(normalise(once)).toBe(once);
  });
});
