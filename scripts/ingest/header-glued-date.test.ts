import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { splitGluedDate } from './header-glued-date.ts';

describe("a list entry's title with its year-first date", () => {
  it('splits only a year-first numeric date after a title of two words or more', () => {
    expect(splitGluedDate('Harbour SDK 4 release 2031/03/12')).toEqual({ title: 'Harbour SDK 4 release', date: { iso: '2031-03-12', hasTime: false } });
    expect(splitGluedDate('Ferry charging API v2 (2031-03-12)')?.title).toBe('Ferry charging API v2');
    expect(splitGluedDate('Changelog 2031.03.12')).toBeUndefined();
    expect(splitGluedDate('Tolls for the 2031/32 season')).toBeUndefined();
    expect(splitGluedDate('Ferry tolls rise 12/03/2031')).toBeUndefined();
    expect(splitGluedDate('Ferry tolls rise: 2031/03/12')).toBeUndefined();
  });

  it('takes the title standing alone under the entry as the headline, the entry as its date', () => {
    const a = read(`HarbourGrid Docs\nGuides\nReference\nNews\nHarbour SDK 4 release 2031/03/12\nOn this page\nHarbour SDK 4 release\n${BODY}`);
    expect(meta(a).title).toBe('Harbour SDK 4 release');
    expect(meta(a).date).toBe('2031-03-12');
  });

  it('keeps a headline that holds its date when the page never writes the title alone', () => {
    const a = read(`HarbourGrid Docs\nGuides\nReference\nNews\nHarbour SDK 4 release 2031/03/12\n${BODY}`);
    expect(meta(a).title).toBe('Harbour SDK 4 release 2031/03/12');
  });
});
