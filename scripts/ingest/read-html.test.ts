import { describe, expect, it } from 'vitest';
import { ingestAll } from './pipeline.ts';
import { readHtml } from './read-html.ts';
import { sameInstantSomewhere } from './header-resolve.ts';

const PARAS = [
  'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.',
  'The vessel carries 300 passengers and 60 cars, and charges in twelve minutes at each end of the crossing, the company said in a statement.',
  'Rival operators are watching closely: three of them have tenders open for similar ships, according to people familiar with the plans.',
];

/** An invented saved page: head metadata, site chrome around an <article>. */
const page = (head: string, extra = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<a href="#main">Skip to main content</a>
<header><a href="/">Harbour Gazette</a><nav><ul><li><a href="/transport">Transport</a></li><li><a href="/energy">Energy</a></li></ul></nav></header>
<main id="main"><article>
<h1>Electric ferry finishes its sea trials</h1>
${extra}
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Drone makers cut prices</a></li></ul></aside></main>
<footer><p>© 2031 Harbour Gazette. All rights reserved.</p></footer>
<script>window.track && window.track('pv');</script>
</body></html>`;

const JSON_LD = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Gazette"},{"@type":"NewsArticle","headline":"Electric ferry finishes its sea trials","datePublished":"2031-03-12T06:45:00+01:00","author":[{"@type":"Person","name":"Ola Nordmann"},{"@type":"Person","name":"Kari Hansen"}],"publisher":{"@type":"Organization","name":"Harbour Gazette"},"mainEntityOfPage":{"@id":"https://gazette.example.org/transport/ferry-trials"}}]}</script>`;

describe('readHtml: saved web pages', () => {
  it('takes the main text with Readability and the metadata from JSON-LD', () => {
    const p = readHtml(page(`<title>Electric ferry finishes its sea trials | Harbour Gazette</title>${JSON_LD}`));
    expect(p.meta).toEqual({
      title: 'Electric ferry finishes its sea trials',
      date: '2031-03-12T06:45',
      author: ['Ola Nordmann', 'Kari Hansen'],
      publisher: 'Harbour Gazette',
      url: 'https://gazette.example.org/transport/ferry-trials',
    });
    for (const para of PARAS) expect(p.text.split('\n\n')).toContain(para);
    expect(p.text).not.toMatch(/window\.track|All rights reserved/);
  });

  it('falls back to Open Graph and <meta>, and strips the site name from the <title>', () => {
    const head = `<title>Electric ferry finishes its sea trials - Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Kari Hansen">
<meta property="article:published_time" content="2031-03-12"><link rel="canonical" href="https://gazette.example.org/ferry">`;
    const p = readHtml(page(head));
    expect(p.meta).toMatchObject({ date: '2031-03-12', author: ['Kari Hansen'], publisher: 'Harbour Gazette', url: 'https://gazette.example.org/ferry' });
  });

  it("names the department a GOV.UK page's own tag gives, not the platform's og:site_name", () => {
    const head = `<title>Ferry</title><meta name="govuk:primary-publishing-organisation" content="Department for Harbours"><meta property="og:site_name" content="GOV.UK">`;
    expect(readHtml(page(head)).meta.publisher).toBe('Department for Harbours');
    expect(readHtml(page('<title>Ferry</title><meta property="og:site_name" content="GOV.UK">')).meta.publisher).toBe('GOV.UK');
  });

  it('keeps the page\'s own clock when it shows the metadata\'s UTC time in its zone ("8:05 PM GMT+8" over 12:05Z)', () => {
    const shown = { iso: '2031-02-27T20:05', text: 'Published 8:05 PM GMT+8, February 27, 2031' };
    expect(sameInstantSomewhere('2031-02-27T12:05:00Z', shown)).toBe(true);
    expect(sameInstantSomewhere('2031-02-27T12:05:00+00:00', shown)).toBe(true);
    // Another instant, or a time with its own offset: the metadata's.
    expect(sameInstantSomewhere('2031-02-27T13:05:00Z', shown)).toBe(false);
    expect(sameInstantSomewhere('2031-02-27T20:05:00+08:00', shown)).toBe(false);
    const html = `<html><head><title>Ferry</title><meta property="article:published_time" content="2031-02-27T12:05:00Z"></head><body><article><h1>Electric ferry finishes its sea trials</h1><p>Published 8:05 PM GMT+8, February 27, 2031</p><p>${'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials. '.repeat(3)}</p></article></body></html>`;
    expect(ingestAll([{ file: 'content/articles/f.html', bytes: new TextEncoder().encode(html) }]).articles[0]!.date?.iso).toBe('2031-02-27T20:05');
  });

  it('reads the zone\'s abbreviation, to the minute, from the <time> showing the metadata\'s instant below a summary list', () => {
    expect(sameInstantSomewhere('2031-04-15T20:41:07.311Z', { iso: '2031-04-15T16:41', text: 'April 15, 2031 at 4:41 PM EDT' })).toBe(true);
    expect(sameInstantSomewhere('2031-04-15T20:41:07Z', { iso: '2031-04-15T16:41', text: 'April 15, 2031 at 4:41 PM CET' })).toBe(false);
    const body = 'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials. '.repeat(3);
    const html = (time: string) => `<html><head><title>Ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Electric ferry finishes its sea trials","datePublished":"2031-04-15T20:41:07.311Z"}</script></head><body><article><h1>Electric ferry finishes its sea trials</h1><ul><li>Operator says the battery ship passed every test</li><li>Service starts in May</li></ul><div>By Kari Hansen</div><div>${time}</div><p>${body}</p><p>${body}</p></article></body></html>`;
    const iso = (h: string) => ingestAll([{ file: 'content/articles/f.html', bytes: new TextEncoder().encode(h) }]).articles[0]!.date?.iso;
    expect(iso(html('<time datetime="2031-04-15T20:41:07.311Z">April 15, 2031 at 4:41 PM EDT</time>'))).toBe('2031-04-15T16:41');
    // A <time> for another instant is not the page's clock for this one.
    expect(iso(html('<time datetime="2031-04-16T08:00:00Z">April 16, 2031 at 4:00 AM EDT</time>'))).toBe('2031-04-15T20:41');
  });

  it('reads no person from an author tag that names the site itself, and takes the reporter from dable:author', () => {
    const head = `<title>Ferry</title><meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">`;
    expect(readHtml(page(`${head}<meta property="dable:author" content="Kari Hansen">`)).meta.author).toEqual(['Kari Hansen']);
    expect(readHtml(page(head)).meta.author ?? []).not.toContain('Harbour Gazette');
  });

  it('takes the site name from "<h1> | Site" in the <title> when nothing else names it', () => {
    const html = page('<title>Electric ferry finishes its sea trials | Harbour &amp; Port</title>').replace('<a href="/">Harbour Gazette</a>', '');
    expect(readHtml(html).meta.publisher).toBe('Harbour & Port');
  });

  it('keeps the page\'s own <h1> when the <title> wraps it in other words', () => {
    const html = `<html><head><title>forum notes: electric ferry finishes its sea trials</title></head><body><div><h1>Electric ferry finishes its sea trials</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(readHtml(html).text.split('\n\n')[0]).toBe('Electric ferry finishes its sea trials');
  });

  it('takes the URL from the WebPage the article is part of, and the site name from the masthead link home', () => {
    const graph = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","@id":"https://gazette.example.org/ferry/","url":"https://gazette.example.org/ferry/"},{"@type":"Article","headline":"Electric ferry finishes its sea trials","isPartOf":{"@id":"https://gazette.example.org/ferry/"},"publisher":{"@id":"https://gazette.example.org/#org"}}]}</script>`;
    expect(readHtml(page(graph)).meta).toMatchObject({ url: 'https://gazette.example.org/ferry/', publisher: 'Harbour Gazette' });
  });

  it('takes the date from the article\'s <time datetime> when no metadata gives one', () => {
    const extra = '<p>By Kari Hansen · <time datetime="2031-05-02T10:00:00+02:00">May 2, 2031</time></p>';
    expect(readHtml(page('<title>Ferry</title>', extra)).meta).toMatchObject({ date: '2031-05-02T10:00' });
  });

  it('reads schema.org microdata', () => {
    const extra = '<p class="meta">by <span itemprop="author"><span itemprop="name">Piotr Nowak</span></span>, <time itemprop="datePublished" datetime="2031-05-02T10:00:00+02:00">2 May 2031</time></p>';
    expect(readHtml(page('<title>Ferry</title>', extra)).meta).toMatchObject({ date: '2031-05-02T10:00', author: ['Piotr Nowak'] });
  });

  it('skips broken JSON-LD and drops metadata that is not valid (a javascript: canonical URL)', () => {
    const head = '<script type="application/ld+json">{"headline": oops</script><link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="yesterday">';
    const p = readHtml(page(head));
    expect(p.meta.url).toBeUndefined();
    expect(p.meta.date).toBeUndefined();
  });

  it('reads microdata\'s mainEntityOfPage link as the URL, and a byline element marked "author" as the authors', () => {
    const extra = '<link itemprop="mainEntityOfPage" href="https://gazette.example.org/transport/ferry-trials"><p class="meta"><span class="author">Farid Castellanos</span> · <time datetime="2031-03-12T06:45:00Z">12 March 2031</time></p>';
    const p = readHtml(page('<title>Electric ferry finishes its sea trials</title>', `<div itemscope itemtype="https://schema.org/NewsArticle">${extra}</div>`));
    expect(p.meta).toMatchObject({ url: 'https://gazette.example.org/transport/ferry-trials', author: ['Farid Castellanos'], date: '2031-03-12T06:45' });
    // An "author" element holding a sentence (a bio) names nobody.
    const bio = readHtml(page('<title>Electric ferry finishes its sea trials</title>', '<p class="author">Farid Castellanos covers shipping for the Gazette from Oslo.</p>'));
    expect(bio.meta.author).toBeUndefined();
  });

  it('names the footer\'s copyright holder as the publisher when nothing else names the site', () => {
    const html = (foot: string) => `<html><head><title>Electric ferry finishes its sea trials</title></head><body><main><article><h1>Electric ferry finishes its sea trials</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>${foot}</p></footer></body></html>`;
    expect(readHtml(html('© 2031 The Ferry Report. Independent and reader-funded.')).meta.publisher).toBe('The Ferry Report');
    expect(readHtml(html('Copyright © 2029-2031 Harbour Media Ltd. All rights reserved.')).meta.publisher).toBe('Harbour Media');
    expect(readHtml(html('Made with care in Oslo.')).meta.publisher).toBeUndefined();
  });
});

describe('readHtml: older metadata vocabularies', () => {
  it('reads Dublin Core tags (any case, creators in catalogue order) and a DC.identifier URL', () => {
    const head = '<title>Commentary</title><meta name="DC.title" content="Electric ferry finishes its sea trials"><meta name="DC.creator" content="Nordmann, Ola"><meta name="dc.creator" content="Hansen, Kari"><meta name="DC.date" content="2031-03-12"><meta name="DC.publisher" content="Harbour Institute"><meta name="DC.identifier" content="https://institute.example.org/ferry">';
    const p = readHtml(page(head).replace('<header><a href="/">Harbour Gazette</a>', '<header>'));
    expect(p.meta).toEqual({ title: 'Electric ferry finishes its sea trials', date: '2031-03-12', author: ['Ola Nordmann', 'Kari Hansen'], publisher: 'Harbour Institute', url: 'https://institute.example.org/ferry' });
  });

  it('reads a print view\'s "byl" and "publish-date", and an old blog\'s <time pubdate> and rel=author link', () => {
    const print = readHtml(page('<title>Print: Electric ferry finishes its sea trials</title><meta name="publish-date" content="2031-03-12"><meta name="byl" content="By Ola Nordmann and Kari Hansen">'));
    expect(print.meta).toMatchObject({ date: '2031-03-12', author: ['Ola Nordmann', 'Kari Hansen'] });
    const extra = '<p>Comment posted <time datetime="2031-04-01T10:00">1 April</time></p><p class="meta">Posted on <time pubdate datetime="2031-03-12T08:15">12 March 2031</time> by <a rel="author" href="/about">Ola Nordmann</a></p>';
    const blog = readHtml(page('<title>Electric ferry finishes its sea trials</title>', extra));
    expect(blog.meta).toMatchObject({ date: '2031-03-12T08:15', author: ['Ola Nordmann'] });
  });

  it('names the site by its logo image alt text when nothing else does', () => {
    const p = readHtml(page('<title>Print: Electric ferry finishes its sea trials</title>').replace('<header><a href="/">Harbour Gazette</a>', '<header><img src="/img/logo-print.png" alt="The Harbour Post">'));
    expect(p.meta.publisher).toBe('The Harbour Post');
  });
});

describe('a saved page through the pipeline', () => {
  it('becomes an article like a text file, with the page metadata and the chrome audited', () => {
    const raw = { file: 'content/articles/ferry.html', bytes: new TextEncoder().encode(page(JSON_LD)) };
    const { articles, errors } = ingestAll([raw]);
    expect(errors).toEqual([]);
    const a = articles[0]!;
    expect(a).toMatchObject({ slug: 'ferry', title: 'Electric ferry finishes its sea trials', authors: ['Ola Nordmann', 'Kari Hansen'], publisher: 'Harbour Gazette' });
    expect(a.date).toEqual({ iso: '2031-03-12T06:45', text: '2031-03-12T06:45:00+01:00' });
    expect(a.body.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(PARAS);
  });
});

describe('saved pages: metadata as CMSs write it', () => {
  it('decodes HTML entities a CMS wrote into JSON-LD strings', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"The ferry&#8217;s first &amp; last crossing","author":{"name":"Kari Hansen"}}]}</script>';
    expect(readHtml(`<html><head>${ld}</head><body><p>${'The ferry sailed. '.repeat(20)}</p></body></html>`).meta).toMatchObject({ title: 'The ferry’s first & last crossing' });
  });

  it("takes the URL from the article item's own microdata, not its author's", () => {
    const body = `<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="url" content="https://gazette.example.org/ferry/crossing"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="https://gazette.example.org/authors/kari">Kari Hansen</a></span><div itemprop="articleBody"><p>${'The ferry sailed. '.repeat(20)}</p></div></article>`;
    expect(readHtml(`<html><body>${body}</body></html>`).meta).toMatchObject({ url: 'https://gazette.example.org/ferry/crossing' });
    const authorOnly = body.replace(/<meta itemprop="url"[^>]*>/, '');
    expect(readHtml(`<html><body>${authorOnly}</body></html>`).meta.url).toBeUndefined();
  });

  it('reads Google Scholar citation tags: publication date, institution and landing page (not the PDF)', () => {
    const head = `<title>Electric ferry finishes its sea trials | Research Notes</title>
<meta name="citation_title" content="Electric ferry finishes its sea trials"><meta name="citation_author" content="Nordmann, Ola">
<meta name="citation_publication_date" content="2031/03/12"><meta name="citation_technical_report_institution" content="Institute for Coastal Transport">
<meta name="citation_pdf_url" content="https://notes.example.org/ferry.pdf"><meta name="citation_abstract_html_url" content="https://notes.example.org/2031/ferry/">`;
    expect(readHtml(page(head)).meta).toMatchObject({ date: '2031-03-12', publisher: 'Institute for Coastal Transport', url: 'https://notes.example.org/2031/ferry/' });
    // "Last, First" cannot say which part is the given name: the visible byline names the authors.
    expect(readHtml(page(head)).meta.author).toBeUndefined();
  });

  it("takes JSON-LD dateCreated when the article states no publication date", () => {
    const ld = (d: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Electric ferry finishes its sea trials",${d}}</script>`;
    expect(readHtml(page(ld('"dateCreated":"2031-05-29T06:30:00+08:00"'))).meta.date).toBe('2031-05-29T06:30');
    expect(readHtml(page(ld('"dateCreated":"2031-05-29T06:30:00+08:00","datePublished":"2031-05-30"'))).meta.date).toBe('2031-05-30');
  });

  it('names no author from a JSON-LD author of type Organization (the outlet writing as itself)', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Electric ferry finishes its sea trials","datePublished":"2031-03-12","author":[{"@type":"Organization","name":"Harbour Gazette Staff"}]}</script>`;
    expect(readHtml(page(ld)).meta.author).toBeUndefined();
  });
});

describe('saved pages whose header only the visible page states', () => {
  it('takes the <h1> over a shorter og:title it opens with, and reads the byline, date and reading time under it that Readability leaves out', () => {
    const html = `<!DOCTYPE html><html><head><title>Tidewise</title><meta property="og:title" content="Ferries, charged"></head><body>
<header><a href="/">Tidewise</a><nav><a href="/issues">Issues</a><a href="/about">About</a></nav></header>
<main><div class="Kicker_x1">Brief · Shipping</div><h1 class="Title_q2">Ferries, charged: why the Bergen crossing went electric first</h1>
<div class="Credits_z"><span>Words by Kari Hansen</span><span>Illustration by Per Olsen</span></div>
<div class="Date_k">12 March 2031</div><div class="Read_t">4 min</div>
<div class="Body_a">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    const { articles } = ingestAll([{ file: 'content/articles/tidewise.html', bytes: new TextEncoder().encode(html) }]);
    expect(articles[0]).toMatchObject({ title: 'Ferries, charged: why the Bergen crossing went electric first', authors: ['Kari Hansen'] });
    expect(articles[0]!.date?.iso).toBe('2031-03-12');
    expect(articles[0]!.body.map((b) => b.text)).toEqual(PARAS);
  });

  it("reads an RDFa Lite article's own url, not its publisher's", () => {
    const html = `<!DOCTYPE html><html><head><title>Ferry trials — Harbour Gazette</title></head><body vocab="https://schema.org/">
<article typeof="NewsArticle"><div property="publisher" typeof="Organization"><meta property="name" content="Harbour Gazette"><link property="url" href="https://gazette.example.org/"></div>
<link property="url" href="https://gazette.example.org/transport/ferry-trials"><h1 property="headline">Electric ferry finishes its sea trials</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(readHtml(html).meta.url).toBe('https://gazette.example.org/transport/ferry-trials');
  });
});
