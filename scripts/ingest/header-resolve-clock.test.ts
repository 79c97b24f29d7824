import { describe, expect, it } from 'vitest';
import { resolveDate } from './header-resolve.ts';
import { readHtml } from './read-html.ts';

/** A UTC time in a page's metadata, shown on the page's own clock. */

describe("a metadata time in UTC and the page's clock", () => {
  it("is shifted to the zone the header's time states, when the header shows another moment (its update)", () => {
    const d = resolveDate([
      { iso: '2031-05-28T21:35', text: '2031-05-28T21:35:10.482Z', source: 'metadata', reason: 'page' },
      { iso: '2031-05-28T18:12', text: 'Updated 6:12 PM EDT, Wed May 28, 2031', source: 'header', line: 7, reason: 'header' },
    ]);
    expect(d?.iso).toBe('2031-05-28T17:35');
  });
  it('stays as written when the header states no zone and shows another moment', () => {
    const d = resolveDate([
      { iso: '2031-05-28T21:35', text: '2031-05-28T21:35:10Z', source: 'metadata', reason: 'page' },
      { iso: '2031-05-29T09:00', text: 'May 29, 2031 9:03', source: 'header', line: 7, reason: 'header' },
    ]);
    expect(d?.iso).toBe('2031-05-28T21:35');
  });
  it("takes the page's tag on its own clock over a UTC tag of the same instant", () => {
    const body = `<p>${'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials. '.repeat(3)}</p>`;
    const html = (time: string) => `<html><head><title>Ferry</title><meta name="parsely-pub-date" content="2031-07-16T19:05:00Z"></head><body><article><h1>Electric ferry finishes its sea trials</h1>${time}${body}</article></body></html>`;
    expect(readHtml(html('<time itemprop="datePublished" datetime="2031-07-16T12:05:00-07:00">July 16, 2031 12:05 PM</time>')).meta.date).toBe('2031-07-16T12:05');
    // Another instant is another fact: the metadata's own stays.
    expect(readHtml(html('<time itemprop="datePublished" datetime="2031-07-16T13:05:00-07:00">July 16, 2031 1:05 PM</time>')).meta.date).toBe('2031-07-16T19:05');
  });
});

describe('a header time at another moment that is not labelled an update', () => {
  it("leaves the metadata's UTC time as written", () => {
    const d = resolveDate([
      { iso: '2031-05-28T21:35', text: '2031-05-28T21:35:10Z', source: 'metadata', reason: 'page' },
      { iso: '2031-05-28T18:12', text: 'Published 6:12 PM EDT, May 28, 2031', source: 'header', line: 7, reason: 'header' },
    ]);
    expect(d?.iso).toBe('2031-05-28T21:35');
  });
});
