import { describe, expect, it } from 'vitest';
import { pickPublished, resolveAuthors, resolveDate, resolvePublisher, type AuthorCandidate, type DateCandidate, type PublisherCandidate } from './header-resolve.ts';
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

  it('reads a visible clock without a zone as the UTC metadata time in some real zone, to the minute', () => {
    const utc = (t: string) => date(t.slice(0, 16), 'metadata', undefined, `${t}Z`);
    // Sydney in summer (+11), Delhi (+5:30), New York in winter (−5): the visible time wins.
    expect(resolveDate([date('2031-11-02T09:14', 'header', 5, 'November 2, 2031 - 9:14AM'), utc('2031-11-01T22:14:00')])?.iso).toBe('2031-11-02T09:14');
    expect(resolveDate([date('2031-11-02T16:52', 'header', 5, '2 Nov 2031, 4:52 pm'), utc('2031-11-02T11:22:00')])?.iso).toBe('2031-11-02T16:52');
    expect(resolveDate([date('2031-11-02T06:10', 'header', 5, 'Nov. 2, 2031 6:10 a.m.'), utc('2031-11-02T11:10:00.120')])?.iso).toBe('2031-11-02T06:10');
    // Another minute, or more than a day's zones apart: another moment, and the metadata's stands.
    expect(resolveDate([date('2031-11-02T09:15', 'header', 5), utc('2031-11-01T22:14:00')])?.iso).toBe('2031-11-01T22:14');
    expect(resolveDate([date('2031-11-03T09:14', 'header', 5), utc('2031-11-01T22:14:00')])?.iso).toBe('2031-11-01T22:14');
    // A metadata time with its own offset is already the page's clock.
    expect(resolveDate([date('2031-11-02T09:14', 'header', 5), date('2031-11-01T22:14', 'metadata', undefined, '2031-11-01T22:14:00-05:00')])?.iso).toBe('2031-11-01T22:14');
  });

  it("keeps the text's time when the metadata states only the same day (a clipper's `published: 2031-05-29`)", () => {
    expect(resolveDate([date('2031-05-29T07:45', 'header', 8, 'Published: 7:45am, 29 May 2031'), date('2031-05-29', 'metadata')])?.iso).toBe('2031-05-29T07:45');
    // Another day in the text is another date (an update, a related item): the metadata's day stands.
    expect(resolveDate([date('2031-05-30T07:45', 'header', 8), date('2031-05-29', 'metadata')])?.iso).toBe('2031-05-29');
    expect(resolveDate([date('2031-05-29', 'header', 8), date('2031-05-29', 'metadata')])?.text).toBe('2031-05-29');
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

describe('resolvePublisher: one precedence between the sources', () => {
  const pub = (name: string, source: PublisherCandidate['source'], line?: number): PublisherCandidate => ({ name, source, ...(line ? { line } : {}), reason: 'test' });
  it('puts an outlet the text names beside a fact over the site showing it, and a production note last', () => {
    expect(resolvePublisher([pub('Harbour Portal', 'site name', 1), pub('Fjord Wire', 'stated', 6)])).toBe('Fjord Wire');
    expect(resolvePublisher([pub('Fjord Wire', 'production note'), pub('Harbour Portal', 'site name', 1), pub('Other Name', 'site name', 30)])).toBe('Harbour Portal');
    expect(resolvePublisher([pub('Fjord Wire', 'production note')])).toBe('Fjord Wire');
    expect(resolvePublisher([])).toBeUndefined();
  });

  it('reads a dateline agency over the masthead of the site that carries the story', () => {
    const a = read(`Harbour Portal\nFerry line doubles its sailings\nMarch 3, 2031\nBERGEN (Fjord Wire) — The operator said on Monday that the electric ferry would sail twice an hour from May, after sea trials in the fjord.\n\nThe new timetable starts on the first of the month.`);
    expect(a.publisher).toBe('Fjord Wire');
  });
});

describe("pickPublished: which of the header's dates is the publication's", () => {
  const d = (at: number, iso: string, label: string) => ({ at, iso, label });
  it('takes the date labelled published, whatever stands first', () => {
    expect(pickPublished([d(2, '2031-03-05T10:00', 'Updated March 5, 2031 10:00'), d(3, '2031-03-04T09:00', 'Published March 4, 2031 9:00')])).toBe(3);
    expect(pickPublished([d(1, '2031-03-01', 'Monday, March 1, 2031'), d(6, '2031-02-27', 'Posted on Feb 27, 2031')])).toBe(6);
  });
  it('else the earliest, to the minute on one day, and the first when they cannot be told apart', () => {
    expect(pickPublished([d(1, '2031-03-09', 'March 9, 2031'), d(5, '2031-03-02', 'Updated Mar 2, 2031')])).toBe(5);
    expect(pickPublished([d(4, '2031-03-02T17:40', 'Mar 2, 2031 5:40 PM'), d(5, '2031-03-02T09:15', 'Mar 2, 2031 9:15 AM')])).toBe(5);
    expect(pickPublished([d(4, '2031-03-02T17:40', 'Mar 2, 2031 5:40 PM'), d(5, '2031-03-02', 'Mar 2, 2031')])).toBe(4);
  });
  it("on an update's day, the date not labelled an update", () => {
    expect(pickPublished([d(3, '2031-03-02', 'Updated 2 March 2031'), d(5, '2031-03-02T06:10', '2 March 2031 06:10')])).toBe(5);
    // A later unlabelled date is a page's today-date: the update stays the earliest.
    expect(pickPublished([d(1, '2031-03-09', 'Sunday, 9 March 2031'), d(3, '2031-03-02', 'Updated 2 March 2031')])).toBe(3);
  });
});
