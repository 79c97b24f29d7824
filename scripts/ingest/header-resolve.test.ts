import { describe, expect, it } from 'vitest';
import { resolveAuthors, resolveDate, type AuthorCandidate, type DateCandidate } from './header-resolve.ts';
import { read } from './header-fixture.ts';

const date = (iso: string, source: DateCandidate['source'], line?: number, text = iso): DateCandidate => ({ iso, text, source, ...(line ? { line } : {}), reason: 'test' });
const by = (names: string[], source: AuthorCandidate['source'], line?: number): AuthorCandidate => ({ names, source, ...(line ? { line } : {}), reason: 'test' });

describe('resolveDate: one precedence between the sources', () => {
  it('takes the first date of the text in reading order, a dateline only below the header', () => {
    expect(resolveDate([date('2031-03-02', 'dateline', 9), date('2031-03-01', 'header', 4)])?.iso).toBe('2031-03-01');
    expect(resolveDate([date('2031-03-02', 'dateline', 9)])?.iso).toBe('2031-03-02');
    expect(resolveDate([])).toBeUndefined();
  });

  it("puts the metadata's own date over the text's, unless the text shows the same instant on its own clock", () => {
    expect(resolveDate([date('2031-05-04T10:00', 'header', 3), date('2031-05-02', 'metadata')])?.iso).toBe('2031-05-02');
    const shown = date('2031-06-01T19:30', 'header', 3, 'Published 7:30 PM GMT+8, June 1, 2031');
    expect(resolveDate([shown, date('2031-06-01T11:30', 'metadata', undefined, '2031-06-01T11:30:00Z')])?.iso).toBe('2031-06-01T19:30');
    expect(resolveDate([shown, date('2031-06-01T12:30', 'metadata', undefined, '2031-06-01T12:30:00Z')])?.iso).toBe('2031-06-01T12:30');
  });
});

describe('resolveAuthors: one precedence between the sources', () => {
  it('takes the best-ranked source that names anyone, whatever order the readers proposed them in', () => {
    expect(resolveAuthors([by(['Ola Berg'], 'tail byline', 40), by(['Kari Lie'], 'byline', 3)])).toEqual(['Kari Lie']);
    expect(resolveAuthors([by([], 'byline', 3), by(['Ola Berg', 'Kari Lie'], 'wire credit'), by(['Per Moe'], 'author bio', 50)])).toEqual(['Ola Berg', 'Kari Lie']);
    expect(resolveAuthors([by(['Per Moe'], 'site owner'), by(['Ola Berg'], 'author bio', 50)])).toEqual(['Ola Berg']);
    expect(resolveAuthors([])).toEqual([]);
  });

  it('reads an article whose only credit is at its end', () => {
    const a = read(`Ferry line doubles its sailings\n\nThe operator said on Monday that the electric ferry would sail twice an hour from May, after sea trials in the fjord.\n\nThe new timetable starts on the first of the month.\n\n(By Ingrid Solheim and Per Moe)`);
    expect(a.authors).toEqual(['Ingrid Solheim', 'Per Moe']);
  });
});
