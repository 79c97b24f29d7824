import { describe, expect, it } from 'vitest';
import { readMeta } from './header-line.ts';
import { siteEvidence, withoutSite } from './header-site-evidence.ts';
import { hostPublisher } from './header-host.ts';
import { readHtml } from './read-html.ts';
import { parseDateLine } from './dates.ts';
import { parseArticleMeta } from './overrides.ts';
import { BODY, meta, read } from './header-fixture.ts';

/** Kinds of header evidence (where a site names itself, what a date's label is) on invented text. */

describe("a site's name corroborated by its address or copyright", () => {
  it('takes the masthead line the byline row\'s domain spells over a nav item read as a name', () => {
    const a = read(`HOME\nWORLD\nFERRIES\nNordkyst Harbour Post\nSearch\nShipping / Ports\nFerry yard wins a 12-vessel order\nBy OLA BERG in Bergen | nordkystharbourpost.no | Updated: 2031-04-02 09:10\n${BODY}\nola.berg@nordkystharbourpost.no`);
    expect(meta(a)).toMatchObject({ publisher: 'Nordkyst Harbour Post', date: '2031-04-02T09:10' });
  });
  it("takes the line the footer's © names, also when the © shortens it", () => {
    const a = read(`Ferry 12.3 +0.4%\nPort 88.1 -0.2%\nHarbourQuote Markets\nFind quotes and news\nSign in\nFerry stocks rally on a record order\nMaja Lind\nPublished March 3, 2031\n${BODY}\nCopyright © 2031 HarbourQuote. All rights reserved.`);
    expect(a.publisher).toBe('HarbourQuote Markets');
  });
  it('names nothing from a line no other evidence names', () => {
    const segments = [
      { kind: 'boilerplate', reason: 'navigation', line: 1, text: 'Ferry Notes' },
      { kind: 'paragraph', line: 2, text: BODY },
      { kind: 'boilerplate', reason: 'footer', line: 3, text: '© 2031 Harbour Media. All rights reserved.' },
    ] as Parameters<typeof siteEvidence>[0];
    expect(siteEvidence(segments).first).toBeUndefined();
  });
  it('ignores an address a body sentence quotes', () => {
    const segments = [
      { kind: 'meta', role: 'section', line: 1, text: 'Ferrycorp' },
      { kind: 'paragraph', line: 2, text: `${BODY} Orders go through ferrycorp.example.com.` },
    ] as Parameters<typeof siteEvidence>[0];
    expect(siteEvidence(segments).first).toBeUndefined();
  });
  it("drops the site's name from a byline beside a writer's, keeps a lone one", () => {
    expect(withoutSite(['Ada Moss', 'Plains Ledger'], 'Plains Ledger')).toEqual(['Ada Moss']);
    expect(withoutSite(['Ada Moss'], 'Ada Moss')).toEqual(['Ada Moss']);
  });
  it('reads "Name / Paper" under the headline as the writer at the paper', () => {
    const a = read(`Skip to main content\nTwin Forks Courier-Gazette\nSubscribe\nLocal\nSports\nBUSINESS\nA battery plant rises on the old rail yard\nDana Whitlock\nTwin Forks Courier-Gazette\nPublished 7:15 a.m. MT March 4, 2031\n${BODY}\n© 2031 www.courier-gazette.com. All rights reserved.`);
    expect(meta(a)).toMatchObject({ authors: ['Dana Whitlock'], publisher: 'Twin Forks Courier-Gazette' });
  });
});

describe("a date's label is no outlet", () => {
  it('reads "Published - <date> - CITY" as the date with no outlet named', () => {
    const m = readMeta('Published - March 04, 2031 08:15 pm IST - MUMBAI', false);
    expect(m).toMatchObject({ kind: 'date', iso: '2031-03-04T20:15' });
    expect(m && 'publisher' in m ? m.publisher : undefined).toBeUndefined();
  });
});

describe('a name run into its date on a meta row', () => {
  it('reads "Section | Name 8 Jul 2031 6:05 pm" as the byline and the date', () => {
    expect(readMeta('Markets | Lau Ka-ming 8 Jul 2031 6:05 pm', false)).toMatchObject({ kind: 'byline', authors: ['Lau Ka-ming'], date: { iso: '2031-07-08T18:05' } });
  });
  it('leaves a section run into its date a date', () => {
    expect(readMeta('Markets | Business 8 Jul 2031', false)).not.toMatchObject({ kind: 'byline' });
  });
});

describe("the address's name in a crumb", () => {
  it('counts a link crumb opening with the site as the text writing its name', () => {
    expect(hostPublisher('https://www.ferrywire.example.au/x', ['[FerryWire](https://www.ferrywire.example.au/) › [AI](https://www.ferrywire.example.au/ai/)', "according to FerryWire's tally"])).toBe('FerryWire');
  });
});

describe("a saved blog page's author card and its brand", () => {
  const P = '<p>The port authority said on Tuesday that the new crane line had moved its first containers, a year after the contract was signed with a yard in Busan.</p>';
  const page = (title: string, card: string) =>
    `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:title" content="${title}"/></head><body><div class="nav"><a href="/"><img src="/logo.svg" alt="Quayside logo" class="logo"/></a></div><section><div><h1>Why crane lines got cheaper this year</h1>${card}</div></section><section><div>${P}${P}${P}</div></section><footer><div>© 2031 Quayside Inc. All rights reserved.</div></footer></body></html>`;
  it('reads name / job line / "Published on" / date as the byline and the date', () => {
    const html = page('Why crane lines got cheaper this year | Quayside Blog', '<div><div>Ana Lima</div><div>Head of Research, Quayside</div></div><div><div>Published on</div><div>March 4, 2031</div><div>·</div><div>4 min read</div></div>');
    const text = readHtml(html).text;
    expect(text).toContain('By Ana Lima');
    expect(text).toContain('Published on March 4, 2031');
  });
  it('names the brand, not "Brand Blog", and keeps the headline bare', () => {
    const { meta: m } = readHtml(page('Why crane lines got cheaper this year | Quayside Blog', '<div>Ana Lima</div>'));
    expect(m).toMatchObject({ publisher: 'Quayside', title: 'Why crane lines got cheaper this year' });
  });
  it('keeps a <title> site name that is not the brand plus a section word', () => {
    expect(readHtml(page('Why crane lines got cheaper this year | Quayside Review', '<div>Ana Lima</div>')).meta.publisher).toBe('Quayside Review');
  });
});

describe('a lone name over its reading time, past a dek', () => {
  it('reads date / headline / dek / name / "— 5 min read" as the byline', () => {
    const a = read(`Hull Notes\nSign in\nSubscribe\nMar 3, 2031\nWhy crane lines got cheaper\nA short look at what the tender prices say, and what they leave out of the picture.\nMaren Holt\n— 5 min read\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Why crane lines got cheaper', date: '2031-03-03', authors: ['Maren Holt'] });
  });
  it('reads the dek as body text, and a name over no header fact as body too', () => {
    const a = read(`Hull Notes\nMar 3, 2031\nWhy crane lines got cheaper\nA short look at what the tender prices say, and what they leave out of the picture.\nMaren Holt\n${BODY}`);
    expect(a.authors).toEqual([]);
  });
});

describe("a blog source's author ids", () => {
  it('hands over ids (`authors: [jdoe]`) apart from names, and no ids for names', () => {
    const ids: string[] = [];
    parseArticleMeta('authors:\n  - jdoe\n  - k.wu\ntags: [x]\n', 'a.md', 1, { warnings: [], authorIds: ids });
    expect(ids).toEqual(['jdoe', 'k.wu']);
    const none: string[] = [];
    expect(parseArticleMeta('authors:\n  - Jane Doe\n', 'a.md', 1, { warnings: [], authorIds: none }).author).toEqual(['Jane Doe']);
    expect(none).toEqual([]);
  });
});

describe("an agency's clock and its permalink", () => {
  it('reads a 24-hour time with a needless PM as the 24-hour time', () => {
    expect(parseDateLine('Sun 16-03-2031 21:05 PM')).toEqual({ iso: '2031-03-16T21:05', hasTime: true });
    expect(parseDateLine('16-03-2031 09:05 PM')).toEqual({ iso: '2031-03-16T21:05', hasTime: true });
  });
  const story = (tail: string) => read(`Harbour Press Agency\nHome\nEconomy\nSun 16-03-2031 21:05 PM\nPort signs crane deal with a yard in Busan\n${BODY}\n${BODY}\nAK/ RASHID\n${tail}\nHarbour Press Agency © 2031`);
  it("takes a bare deep link on the site's own host under the text as the story's address", () => {
    expect(story('https://www.hpa.example.qa/en/details/2031-03-16/port-crane-deal').url).toBe('https://www.hpa.example.qa/en/details/2031-03-16/port-crane-deal');
    expect(story('Printable version | Nov 24, 2032 8:03:11 pm | https://www.harbourpressagency.com/news/port-crane-deal').url).toBe('https://www.harbourpressagency.com/news/port-crane-deal');
  });
  it("leaves another site's link and the site's home page alone", () => {
    expect(story('https://www.otherpaper.com/news/some-story-here').url).toBeUndefined();
    expect(story('https://www.hpa.example.qa/').url).toBeUndefined();
  });
});
