import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html.ts';

const P = [
  'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.',
  'The vessel carries 300 passengers and 60 cars, and charges in twelve minutes at each end of the crossing, the company said in a statement.',
  'Rival operators are watching closely: three of them have tenders open for similar ships, according to people familiar with the plans.',
].map((p) => `<p>${p}</p>`).join('\n');

describe('saved pages that state their facts in markup', () => {
  it("reads a microformats2 h-entry: the entry's own u-url (not its author card's), dt-published, p-author's name", () => {
    const html = `<!DOCTYPE html><html><head><title>Electric ferry finishes its sea trials — Fjord Notes</title></head><body>
<article class="h-entry"><h1 class="p-name">Electric ferry finishes its sea trials</h1>
<p><a class="u-url" href="https://fjord.example/2031/03/ferry/"><time class="dt-published" datetime="2031-03-12T21:05:00-08:00">March 12</time></a>
<span class="p-author h-card"><a class="p-name u-url" href="https://fjord.example/">Ola Nordmann</a></span></p>
<div class="e-content">${P}</div></article></body></html>`;
    expect(readHtml(html).meta).toMatchObject({ date: '2031-03-12T21:05', author: ['Ola Nordmann'], url: 'https://fjord.example/2031/03/ferry/' });
  });

  it("reads Blogger's post: the time in <abbr class=\"published\" title>, the author's itemprop name, the blog's name before the title", () => {
    const html = `<!DOCTYPE html><html><head><meta content='blogger' name='generator'/><meta content='Electric ferry finishes its sea trials' property='og:title'/>
<title>Fjord Notes: Electric ferry finishes its sea trials</title></head><body>
<div class='header'><h1 class='title'><a href='https://fjordnotes.example.com/'>Fjord Notes</a></h1></div>
<h2 class='date-header'><span>Wednesday, March 12, 2031</span></h2>
<div class='post hentry'><h3 class='post-title entry-title'>Electric ferry finishes its sea trials</h3>
<div class='post-body entry-content'>${P}</div>
<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><span itemprop='name'>Kari Hansen</span></span></span>
<span class='post-timestamp'>at <abbr class='published' itemprop='datePublished' title='2031-03-12T08:30:00+08:00'>8:30 AM</abbr></span></div></div></body></html>`;
    expect(readHtml(html).meta).toMatchObject({ date: '2031-03-12T08:30', author: ['Kari Hansen'], publisher: 'Fjord Notes' });
  });

  it('takes no site from a label before the headline that the page does not link home ("Print: …")', () => {
    const html = `<!DOCTYPE html><html><head><title>Print: Electric ferry finishes its sea trials</title></head><body><article><h1>Electric ferry finishes its sea trials</h1>${P}</article></body></html>`;
    expect(readHtml(html).meta.publisher).toBeUndefined();
  });

  it('reads the cXense tags of a page that has no other author or date', () => {
    const html = `<!DOCTYPE html><html><head><meta name="cXenseParse:recs:publishtime" content="2031-02-20T18:30:00+0900"><meta name="cXenseParse:author" content="Yuki Tanabe">
<title>Electric ferry finishes its sea trials - Harbour Business</title></head><body><article><h1>Electric ferry finishes its sea trials</h1>${P}</article></body></html>`;
    expect(readHtml(html).meta).toMatchObject({ date: '2031-02-20T18:30', author: ['Yuki Tanabe'], publisher: 'Harbour Business' });
  });
});
