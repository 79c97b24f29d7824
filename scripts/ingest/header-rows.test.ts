import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { readMeta } from './header-line.ts';

/** Header rows as pages really print them, on invented text: marks, glued spans and dateline places around the facts. */
describe('header rows', () => {
  it('reads "OUTLET - date - time | Category, Category" (a wire site\'s one-line meta): the time joins its date, the categories are sections', () => {
    expect(readMeta('HARBOUR WIRE - Mar 12, 2031 - 19:32 | Business, All, Norway', false)).toMatchObject({ kind: 'date', iso: '2031-03-12T19:32', publisher: 'HARBOUR WIRE' });
    expect(readMeta('Fjord Wire - 12 March 2031 - 7:05 PM', false)).toMatchObject({ kind: 'date', iso: '2031-03-12T19:05' });
    // A time with no date before it joins nothing.
    expect(readMeta('Fjord Wire - 19:32', false)?.kind).not.toBe('date');
  });

  it('reads a reading time or a date after a bullet', () => {
    expect(readMeta('• 4 min read', false)).toMatchObject({ kind: 'meta', role: 'reading time' });
    expect(readMeta('· Mar 12, 2031', false)).toMatchObject({ kind: 'date', iso: '2031-03-12' });
  });

  it("reads a content system's labelled fields run together on one line: the date, the source, the author; an editor's field names no author", () => {
    expect(readMeta('2031/3/12 9:40:12 Source: Harbour Daily Author: Ola Berg Responsible editor: Kari Lie', false)).toEqual({
      kind: 'byline',
      authors: ['Ola Berg'],
      publisher: 'Harbour Daily',
      date: { iso: '2031-03-12T09:40', hasTime: true },
    });
    // A platform's "IP location" beside a date is where the poster was, not an outlet.
    expect(readMeta('Posted on 2031-03-12 10:32 · IP location: Fujian', false)).toEqual({ kind: 'date', iso: '2031-03-12T10:32', hasTime: true });
    // One label only is a sentence's colon, not a row of fields.
    expect(readMeta('Ferry fares rise again Source: union says 2031', false)).toBeUndefined();
  });

  it("reads a share sheet's \"From <outlet>\" line as the outlet, and a person after \"From\" as none", () => {
    expect(readMeta('From Harbour Business Journal', false)).toEqual({ kind: 'meta', role: 'publisher', value: 'Harbour Business Journal' });
    expect(readMeta('From Kari Hansen', false)).not.toMatchObject({ role: 'publisher' });
  });

  it('reads a numeric date right after a byline, with a counter after it', () => {
    expect(readMeta('By Kari Lie 03.14.2031 12', false)).toEqual({ kind: 'byline', authors: ['Kari Lie'], date: { iso: '2031-03-14', hasTime: false } });
    expect(readMeta('By Kari Lie 2031-03-14', false)).toMatchObject({ kind: 'byline', date: { iso: '2031-03-14' } });
    // A number that is no date gives none.
    expect(readMeta('By Kari Lie 12', false)?.kind).not.toBe('date');
    expect(readMeta('By Kari Lie 3.14.12', false) ?? {}).not.toHaveProperty('date');
  });

  it('reads a date printed twice with the copies glued together', () => {
    expect(readMeta('Published On 12 Mar 203112 Mar 2031', false)).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    // A year glued to anything but a date is no date.
    expect(readMeta('Route 203112 to the harbour', false)).toBeUndefined();
  });

  it('reads a date beside its dateline places across a bare bar, and names no publisher from them', () => {
    const m = readMeta('Mar 12th 2031|BERGEN AND OSLO', false);
    expect(m).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    expect(m).not.toHaveProperty('publisher');
    // An outlet's name in capitals beside a date is still the outlet.
    expect(readMeta('MAR 12, 2031 | HARBOUR GAZETTE', false)).toMatchObject({ kind: 'date', publisher: 'HARBOUR GAZETTE' });
  });

  it("reads a blog's row of date, length, team and translations as the date, with no publisher or author from the team", () => {
    const m = readMeta('March 12, 2031 · 4 min · 812 words · Ferry Team | Translations: Norsk', false);
    expect(m).toMatchObject({ kind: 'date', iso: '2031-03-12' });
    expect(m).not.toHaveProperty('publisher');
  });

  it('takes the headline over a caption under the byline, a job title and a picture credit', () => {
    const a = read(`Skip to content\nHarbour Broadcasting\nHome\nNews\nBusiness\nFerry line: How a small operator doubled its fleet\n3 March 2031\nShare\nKari Hansen\nBusiness reporter\nGetty Images\nThe new ships will each carry about three hundred passengers a trip\n${BODY}`);
    expect(meta(a).title).toBe('Ferry line: How a small operator doubled its fleet');
  });
});

describe('a byline and a date on one line', () => {
  it('reads "Posted on <date> by <name>" as both, not as a date alone', () => {
    expect(readMeta('Posted on March 12, 2031 by Kari Hansen', false)).toMatchObject({ kind: 'byline', authors: ['Kari Hansen'], date: { iso: '2031-03-12' } });
    expect(readMeta('Published on 12 March 2031 by Ola Nordmann and Kari Hansen', false)).toMatchObject({ kind: 'byline', authors: ['Ola Nordmann', 'Kari Hansen'] });
  });
});

describe('names around the headline', () => {
  it('reads a name with its job title on one line as the byline', () => {
    const a = read(`Ferry line doubles its fleet of battery ships\nKari Hansen Transport editor\n3 March 2031\n${BODY}`);
    expect(meta(a).authors).toEqual(['Kari Hansen']);
  });

  it('reads two name lines under the headline as two authors', () => {
    const a = read(`Ferry line doubles its fleet of battery ships\nMarch 3, 2031 5:06 AM ET\nKari Hansen\nOla Nordmann\n${BODY}`);
    expect(meta(a).authors).toEqual(['Kari Hansen', 'Ola Nordmann']);
  });

  it('takes no job title under a byline for the outlet', () => {
    const a = read(`Ferry line doubles its fleet of battery ships\nKari Hansen\nContributor\nMar 3, 2031, 08:15am EST\n${BODY}`);
    expect(meta(a).publisher).toBeNull();
  });

  it("takes a one-word masthead over the site's menu for the outlet when the text names it twice, and never a menu label", () => {
    const text = (top: string) => `${top}\nBlog\nPublication\nAbout\nFerryco: Doubling the fleet\nMarch 3, 2031\n${BODY} Ferryco said the ships are Ferryco's largest order so far.`;
    expect(meta(read(text('Ferryco'))).publisher).toBe('Ferryco');
    expect(meta(read(text('Products').replace(/Ferryco/g, 'Products'))).publisher).toBeNull();
  });
});

describe('a short headline in compounds under a masthead', () => {
  it('takes the headline written in compounds over the magazine name above the menu', () => {
    const a = read(`The Harbour Monthly\nSign in\nSubscribe\nTransport\nThe Half-Billion-Kroner Ferry\nThe operator is betting that battery ships win the western routes. Its rivals are betting on hydrogen.\nBy Kari Hansen\nMarch 3, 2031, 7 AM ET\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'The Half-Billion-Kroner Ferry', publisher: 'The Harbour Monthly' });
  });
});

describe("a post's citation entry", () => {
  it("reads a web page's entry url as the original URL, and not a paper's", () => {
    const bib = (type: string) => `Ferry line doubles its fleet\nMarch 3, 2031\n${BODY}\n\nTo cite this post:\n@${type}{ferry2031,\ntitle = {Ferry line doubles its fleet},\nurl = {https://ferry.example.org/blog/fleet/},\nyear = {2031}\n}`;
    expect(meta(read(bib('misc'))).url).toBe('https://ferry.example.org/blog/fleet/');
    expect(meta(read(bib('article'))).url).toBeNull();
    expect(meta(read(`Ferry line doubles its fleet\nhttps://gazette.example.org/fleet\nMarch 3, 2031\n${BODY}\n\n@misc{f,\nurl = {https://ferry.example.org/blog/fleet/}\n}`)).url).toBe('https://gazette.example.org/fleet');
  });
});

describe('bylines with an outlet or a place beside the name', () => {
  it('reads "Name = Outlet" (a Japanese page, translated) as the writer and the outlet', () => {
    expect(readMeta('Mira Solberg = Harbour Tech Online', false)).toEqual({ kind: 'byline', authors: ['Mira Solberg'], publisher: 'Harbour Tech Online' });
    expect(readMeta('Mira Solberg＝Harbour Tech Online', false)).toEqual({ kind: 'byline', authors: ['Mira Solberg'], publisher: 'Harbour Tech Online' });
  });
  it('reads a known place after the name as where the writer files from, not an outlet', () => {
    expect(readMeta('By Mira Solberg / Berlin', false)).toEqual({ kind: 'byline', authors: ['Mira Solberg'] });
    expect(readMeta('By Mira Solberg / Harbour Daily', false)).toEqual({ kind: 'byline', authors: ['Mira Solberg'], publisher: 'Harbour Daily' });
  });
  it('reads a field label alone over a date as a label, not the site', () => {
    const m = meta(read(['Ferry Line (FRRY) Q3 2031 Earnings Call Transcript', 'Listen to this call', 'DATE', 'Tuesday, March 4, 2031 at 9 a.m. ET', BODY].join('\n')));
    expect(m.publisher).not.toBe('Date');
  });
});
