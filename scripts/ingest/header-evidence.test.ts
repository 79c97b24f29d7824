import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { parseByline } from './byline.ts';
import { parseDateLine } from './dates.ts';

/** Header evidence in the orders and shapes unseen pages use: labels on their own lines, pipe rows, names in capitals. */

describe('dates labelled in other ways', () => {
  it('reads one unknown label word before a whole timestamp, but not before a bare day or a year', () => {
    expect(parseDateLine('Filed 2031.03.12 17:05')?.iso).toBe('2031-03-12T17:05');
    expect(parseDateLine('Eingestellt 12.03.2031 09:40')?.iso).toBe('2031-03-12T09:40');
    expect(parseDateLine('Filed 2031.03.12')).toBeUndefined();
    expect(parseDateLine('Budget 2031')).toBeUndefined();
  });

  it('takes the earlier of two same-day timestamps, and a "Published" label standing alone on the line above its date', () => {
    const twoStamps = read(`Harbour Tech Daily\nFerry maker opens a battery plant in Gdansk\nReporter Kari Hansen\nFiled 2031.03.12 17:05\nEdited 2031.03.12 18:22\n${BODY}`);
    expect(meta(twoStamps).date).toBe('2031-03-12T17:05');
    const labelsAbove = read(`THE FJORD POST\nFerry maker opens a battery plant in Gdansk\nOla Nordmann\nUpdated\nMar 12, 2031, 06:20 PM\nPublished\nMar 12, 2031, 04:45 PM\n${BODY}`);
    expect(meta(labelsAbove).date).toBe('2031-03-12T16:45');
    const labelsAboveReversed = read(`THE FJORD POST\nFerry maker opens a battery plant in Gdansk\nOla Nordmann\nPublished\n12 March 2031 09:10\nUpdated\n14 March 2031 11:00\n${BODY}`);
    expect(meta(labelsAboveReversed).date).toBe('2031-03-12T09:10');
  });
});

describe('bylines in capitals', () => {
  it('reads names in capitals before a place, an outlet after a bar and the date, all on one row', () => {
    expect(parseByline('By KARI HANSEN in Bergen')).toEqual({ authors: ['Kari Hansen'] });
    const a = read(`Home / World / Europe\nFerry maker opens a battery plant in Gdansk\nBy OLA NORDMANN in Oslo | Fjord Courier | Updated: 2031-03-12 09:12\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T09:12', authors: ['Ola Nordmann'], publisher: 'Fjord Courier' });
  });
});
