import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCapture } from './capture.ts';
import { siteOfPageTitle } from './capture-shape.ts';
import { untranslatedUrl } from './capture-archive.ts';
import { inlineText } from './capture-markdown.ts';
import { clipperTitle } from './capture-clipper.ts';
import { pandocTitle } from './capture-pandoc.ts';
import { singleFileUrl } from './capture-singlefile.ts';
import { ingestArticle } from './pipeline.ts';

/** Ingests invented text as a file of the given name. */
const ingest = (file: string, text: string) => ingestArticle({ file, bytes: new TextEncoder().encode(text) });
const body = (a: ReturnType<typeof ingest>) => a.body.map((b) => b.text);
const removed = (a: ReturnType<typeof ingest>, reason = 'capture tool') => a.boilerplate.filter((b) => b.reason === reason).map((b) => b.text);

describe('Jina Reader', () => {
  const jina = [
    'Title: Ferry operators test a reservation model | Harbour Ledger',
    '',
    'URL Source: https://harbourledger.example.com/2025/03/04/ferry-reservations',
    '',
    'Published Time: Tue, 04 Mar 2025 08:30:00 GMT',
    '',
    'Warning: Target URL returned error 403: Forbidden',
    '',
    'Markdown Content:',
    'By Ingrid Solberg',
    '',
    'Three ferry operators on the western coast began testing a reservation model this week, the first change to their booking rules in a decade.',
    '',
    'Passengers who book a day ahead pay 10 percent less, a discount the operators say will spread sailings more evenly \\(and cut queues\\).',
  ].join('\n');

  it('reads its header block as metadata and takes its own lines out, listed in the audit', () => {
    const a = ingest('ferry.md', jina);
    expect(a.title).toBe('Ferry operators test a reservation model');
    expect(a.publisher).toBe('Harbour Ledger');
    expect(a.url).toBe('https://harbourledger.example.com/2025/03/04/ferry-reservations');
    expect(a.date?.iso).toBe('2025-03-04T08:30');
    expect(a.authors).toEqual(['Ingrid Solberg']);
    expect(removed(a)).toEqual(['Warning: Target URL returned error 403: Forbidden', 'Markdown Content:']);
    // The audit shows the header lines as the file writes them.
    expect(a.metadataLines.map((m) => m.text)).toContain('URL Source: https://harbourledger.example.com/2025/03/04/ferry-reservations');
    // Its body is Markdown even in a .txt file: escapes are read.
    expect(body(ingest('ferry.txt', jina))).toContain(
      'Passengers who book a day ahead pay 10 percent less, a discount the operators say will spread sailings more evenly (and cut queues).',
    );
  });

  it('is only its fixed block: a text that merely mentions "Markdown Content:" is left alone', () => {
    expect(readCapture('A guide to Markdown\n\nMarkdown Content:\nis what this tool writes.', { markdown: false }).tools).toEqual([]);
  });
});

describe('Markdown as capture tools write it', () => {
  it('reads escapes, links with titles and pandoc spans on lines of prose', () => {
    expect(inlineText('By [Ana Ruiz](https://x.example.com/ana "Ana Ruiz")')).toBe('By Ana Ruiz');
    expect(inlineText('Tolls rose \\> 5% on one route \\| and fell on another.')).toBe('Tolls rose > 5% on one route | and fell on another.');
    expect(inlineText('[Tolls rose]{.pullquote} on the northern route.')).toBe('Tolls rose on the northern route.');
    expect(inlineText('# Ferry tolls rise {#ferry-tolls .headline}')).toBe('# Ferry tolls rise');
    expect(inlineText('- Posted in [Shipping](https://x.example.com/c/shipping){.category}')).toBe('- Posted in Shipping');
    // Nested spans, and a span holding a link, are read from the inside out.
    expect(inlineText('[[Posted on]{.posted-on} [March 30, 2025]{.published}]{.meta}')).toBe('Posted on March 30, 2025');
    expect(inlineText('[by [Ingrid Solberg](https://x.example.com/a/ingrid/){.url .fn}]{.byline}')).toBe('by Ingrid Solberg');
  });

  it('reads a line that is only a link to an author\'s page as a byline', () => {
    const story = 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.';
    const a = ingest('a.md', `# Ferry tolls rise on the northern route\n\n[Ingrid Solberg](https://x.example.com/author/ingrid-solberg/)\n\nMarch 30, 2025\n\n${story}`);
    expect(a.authors).toEqual(['Ingrid Solberg']);
    expect(a.body.map((b) => b.text)).toEqual([story]);
    // A link to any other page is not a byline.
    expect(ingest('b.md', `# Ferry tolls rise on the northern route\n\n[Ingrid Solberg](https://x.example.com/ingrid)\n\nMarch 30, 2025\n\n${story}`).authors).toEqual([]);
  });

  it('leaves a line with an image alone: its alt text is not the page\'s text', () => {
    expect(readCapture('![Tolls board](https://x.example.com/t.jpg) Tolls on the [northern](https://x.example.com/n) route.', { markdown: true }).tools).toEqual([]);
  });

  it('leaves a line of links alone, for the chrome rules, and takes out MarkDownload\'s excerpt', () => {
    const text = ['[Home](https://x.example.com/) / [Ports](https://x.example.com/ports "Ports")', '', '> ## Excerpt', '> Tolls rose on one route.', '', '---', 'Tolls rose on one route.'].join('\n');
    const c = readCapture(text, { markdown: true });
    expect(c.text.split('\n')[0]).toBe('[Home](https://x.example.com/) / [Ports](https://x.example.com/ports "Ports")');
    expect(c.removed.map((r) => r.text)).toEqual(['> ## Excerpt', '> Tolls rose on one route.', '---']);
    expect(c.text.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('html2text: links by number are read as their text, and their list at the end is the tool\'s', () => {
    const text = ['Tolls on the [northern route][1] rose by a fifth, the [operator][2] said.', '', '[Home][3] [Ports][1]', '', '   [1]: https://x.example.com/n', '   [2]: https://x.example.com/o', '   [3]: https://x.example.com/'].join('\n');
    const c = readCapture(text, { markdown: false });
    expect(c.text.split('\n')[0]).toBe('Tolls on the northern route rose by a fifth, the operator said.');
    // A row of links alone is left for the chrome rules.
    expect(c.text.split('\n')[2]).toBe('[Home][3] [Ports][1]');
    expect(c.removed.map((r) => r.text)).toEqual(['[1]: https://x.example.com/n', '[2]: https://x.example.com/o', '[3]: https://x.example.com/']);
  });

  it('is not applied to plain text, unless its prose links like Markdown (html2text saved as .txt)', () => {
    expect(readCapture('Tolls rose \\> 5% on [one route](https://x.example.com/r).', { markdown: false }).tools).toEqual([]);
    const c = readCapture('Tolls rise on [one route](https://x.example.com/r).\n\nThe [operator](https://x.example.com/o "Operator") said so.', { markdown: false });
    expect(c.text).toBe('Tolls rise on one route.\n\nThe operator said so.');
  });

  it('reads a clipper\'s frontmatter with fields it left empty, and never its clip time as the date', () => {
    const a = ingest(
      'clip.md',
      ['---', 'created: 2025-04-02T09:00:00 (UTC +00:00)', 'tags: []', 'source: https://harbourledger.example.com/2025/03/30/tolls', 'author: ', 'published:', '---', '', '# Tolls rise on the northern route', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'].join('\n'),
    );
    expect(a.url).toBe('https://harbourledger.example.com/2025/03/30/tolls');
    expect(a.title).toBe('Tolls rise on the northern route');
    expect(a.date).toBeUndefined();
    expect(a.authors).toEqual([]);
  });

  it('reads pandoc\'s byline and date spans on one line one by one', () => {
    const a = ingest('p.md', ['::: {.article-header}', '# Tolls rise on the northern route', '', '[By Ingrid Solberg]{.byline} [March 30, 2025]{.dateline}', ':::', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'].join('\n'));
    expect(a.authors).toEqual(['Ingrid Solberg']);
    expect(a.date?.iso).toBe('2025-03-30');
    expect(a.metadataLines.find((m) => m.role === 'byline')?.text).toBe('[By Ingrid Solberg]{.byline} [March 30, 2025]{.dateline}');
    // Without pandoc's divs, spans are read as text.
    expect(readCapture('[By Ingrid Solberg]{.byline} [March 30, 2025]{.dateline}', { markdown: true }).text).toBe('By Ingrid Solberg March 30, 2025');
  });

  it('takes the headline from pandoc\'s heading when its title field is the page\'s <title>', () => {
    const cleaned = '::: {.article-header}\n# Tolls rise on the northern route\n:::\n';
    expect(pandocTitle({ title: 'Harbour Ledger' }, cleaned)).toEqual({ title: 'Tolls rise on the northern route', publisher: 'Harbour Ledger' });
    expect(pandocTitle({ title: 'Tolls rise on the northern route | Harbour Ledger' }, cleaned)).toEqual({ title: 'Tolls rise on the northern route', publisher: 'Harbour Ledger' });
    // pandoc escapes the `<title>`'s punctuation, and writes the heading's attributes after it.
    const attributed = '::: {.entry-header}\n# Tolls rise on the northern route {#tolls-rise .entry-title}\n:::\n';
    expect(pandocTitle({ title: 'Tolls rise on the northern route \\| Harbour Ledger' }, attributed)).toEqual({ title: 'Tolls rise on the northern route', publisher: 'Harbour Ledger' });
    // A title that shares the headline's words is the article's own: kept.
    expect(pandocTitle({ title: 'Northern route tolls' }, cleaned)).toEqual({ title: 'Northern route tolls' });
    // Without pandoc's fenced divs, frontmatter is the author's word.
    expect(pandocTitle({ title: 'Harbour Ledger' }, '# Tolls rise on the northern route\n')).toEqual({ title: 'Harbour Ledger' });
  });
});

describe('lynx -dump and w3m -dump', () => {
  const lynx = [
    '   [1]Skip to content',
    '   [2]Harbour Ledger',
    '   [3]Ports  [4]Shipping  [5]Weather',
    '   Search: ____________________ [Submit]',
    '',
    'Ferry tolls rise on the northern route',
    '',
    '   By Ingrid Solberg',
    '   March 30, 2025',
    '',
    '   Tolls on the northern ferry route rose by a fifth this spring, the',
    '   operator said on Monday, the first rise since [6]2019, as fuel costs,',
    '   crew wages and port fees all climbed over the winter months.',
    '',
    '     * Season tickets are unchanged.',
    '',
    'References',
    '',
    '   1. https://harbourledger.example.com/#content',
    '   2. https://harbourledger.example.com/',
    '   3. https://harbourledger.example.com/ports',
    '   4. https://harbourledger.example.com/shipping',
    '   5. https://harbourledger.example.com/weather',
    '   6. https://harbourledger.example.com/tag/2019',
  ].join('\n');

  it('keeps every body sentence verbatim across wrapped lines, without the link numbers', () => {
    const a = ingest('dump.txt', lynx);
    expect(body(a)).toContain(
      'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday, the first rise since 2019, as fuel costs, crew wages and port fees all climbed over the winter months.',
    );
    expect(body(a).some((b) => b.includes('Season tickets are unchanged.'))).toBe(true);
    expect(a.title).toBe('Ferry tolls rise on the northern route');
    expect(a.authors).toEqual(['Ingrid Solberg']);
    expect(a.date?.iso).toBe('2025-03-30');
  });

  it('takes out the link list, form fields and menu rows, each with its reason', () => {
    const a = ingest('dump.txt', lynx);
    expect(removed(a)).toEqual(['References', ...[1, 2, 3, 4, 5].map((n) => expect.stringMatching(new RegExp(`^${n}\\. https://`))), '6. https://harbourledger.example.com/tag/2019']);
    expect(removed(a, 'navigation')).toContain('[3]Ports  [4]Shipping  [5]Weather');
    expect(a.boilerplate.find((b) => b.text.startsWith('Search:'))?.reason).toBe('page chrome');
    expect(body(a).join('\n')).not.toMatch(/\[\d+\]|https?:/);
  });

  it('takes out images shown by file name and lynx\'s form controls', () => {
    const c = readCapture(['[1][logo.png]', '(BUTTON) Search', '[ ] Remember me', 'Tolls rose [2]today.', '', 'References', '', '   1. https://x.example.com/', '   2. https://x.example.com/t'].join('\n'), { markdown: false });
    expect(c.removed.map((r) => [r.text, r.reason]).slice(0, 3)).toEqual([['[1][logo.png]', 'image'], ['(BUTTON) Search', 'page chrome'], ['[ ] Remember me', 'page chrome']]);
    expect(c.text.split('\n')[3]).toBe('Tolls rose today.');
  });

  it('keeps a footnote mark that is a link\'s own text, and numbers beyond the list', () => {
    const c = readCapture(['A run of 61 days [3][1], and [9] more.', '', 'References:', '', '[1] https://x.example.com/a', '[2] https://x.example.com/b', '[3] https://x.example.com/c#fn1'].join('\n'), { markdown: false });
    expect(c.text.split('\n')[0]).toBe('A run of 61 days [1], and [9] more.');
  });

  it('takes a row of buttons and tick boxes as chrome, in a dump only', () => {
    const text = ['Harbour Ledger', '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━', 'Ferry tolls rise on the northern route', '', '[ ] Save   [Share]   [Print]', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'].join('\n');
    expect(readCapture(text, { markdown: false }).removed.map((r) => [r.text, r.reason])).toContainEqual(['[ ] Save   [Share]   [Print]', 'page chrome']);
    // Bracketed words inside a sentence are the sentence's.
    expect(readCapture(`${text}\nThe operator [Harbour Lines]  said [it] would follow.`, { markdown: false }).removed.map((r) => r.text)).not.toContain('The operator [Harbour Lines]  said [it] would follow.');
  });

  it('draws w3m\'s rules and form fields as chrome, and joins its wrapped lines', () => {
    const text = [
      'Harbour Ledger',
      '[                    ] [Search]',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      'Ferry tolls rise on the northern route',
      '',
      'Tolls on the northern ferry route rose by a fifth this spring, the operator',
      'said on Monday, the first rise since 2019, as fuel costs, crew wages and',
      'port fees all climbed over the winter months, and a second operator said,',
      'on the same day, that it would follow in May.',
    ].join('\n');
    const c = readCapture(text, { markdown: false });
    expect(c.removed.map((r) => r.reason)).toEqual(['page chrome', 'separator']);
    expect(c.text.split('\n')[6]).toBe(
      'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday, the first rise since 2019, as fuel costs, crew wages and port fees all climbed over the winter months, and a second operator said, on the same day, that it would follow in May.',
    );
    expect(c.text.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('does not join lines of a text that is not set in a column', () => {
    const text = ['Harbour Ledger', '[                    ] [Search]', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday, the first rise since 2019.', 'Season tickets are unchanged.'].join('\n');
    expect(readCapture(text, { markdown: false }).text.split('\n')[4]).toBe('Season tickets are unchanged.');
  });
});

describe('archives and proxies', () => {
  it('archive.today: the banner is the tool\'s, its capture time is never the date, "Saved from" is the URL', () => {
    const a = ingest(
      'arch.txt',
      [
        'archive.today',
        'webpage capture',
        'Saved from https://harbourledger.example.com/2025/03/30/tolls',
        'search',
        '2 Apr 2025 10:22:40 UTC',
        'All snapshots from host harbourledger.example.com',
        'Webpage Screenshot',
        'share download .zip report bug or abuse',
        '',
        'Ferry tolls rise on the northern route',
        '',
        'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.',
      ].join('\n'),
    );
    expect(a.url).toBe('https://harbourledger.example.com/2025/03/30/tolls');
    expect(a.date).toBeUndefined();
    expect(a.title).toBe('Ferry tolls rise on the northern route');
    expect(removed(a)).toHaveLength(7);
  });

  it('Google Translate\'s bar copied without the proxy\'s address is the tool\'s; a city under the date is not the site', () => {
    const bar = ['Google Translate', 'Original text', 'Rate this translation', 'Your feedback will be used to help improve Google Translate', 'Norwegian', 'English', 'Show original'];
    const a = ingest('translated.txt', [...bar, 'Ferry tolls rise on the northern route', 'Ola Nordmann', '2025-03-30 09:15', 'Bergen', 'Source: Harbour Ledger', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'].join('\n'));
    expect(removed(a)).toEqual(bar);
    expect(a.publisher).toBe('Harbour Ledger');
    expect(a.title).toBe('Ferry tolls rise on the northern route');
    // Two of its lines in a text are not the bar.
    expect(readCapture('Original text\nShow original\nTolls rose.', { markdown: false }).tools).toEqual([]);
  });

  it('archive.today copied with its buttons one to a line', () => {
    const text = ['archive.today', 'webpage capture', 'Saved from', 'https://x.example.com/a', 'search', '2 Apr 2025 10:22:40 UTC', 'no other snapshots from this url', 'All snapshots from host x.example.com', 'Webpage', 'Screenshot', 'share', 'download .zip', 'report bug or abuse', 'Buy me a coffee', '', 'Ferry tolls rise on the northern route', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'].join('\n');
    const a = ingest('arch.txt', text);
    expect(a.url).toBe('https://x.example.com/a');
    expect(a.date).toBeUndefined();
    expect(removed(a)).toHaveLength(13);
  });

  it('archive.today copied with its buttons run together and the address on its own line', () => {
    const text = ['archive.ph', 'webpage capture', 'Saved from', 'https://x.example.com/a', 'search', '2 Apr 2025 10:22:40 UTC', 'WebpageScreenshot', 'sharedownload .zipreport bug or abuse', 'Buy me a coffee', '', 'Ferry tolls rise'].join('\n');
    const c = readCapture(text, { markdown: false });
    expect(c.text.split('\n').slice(0, 9)).toEqual(['', '', '', 'https://x.example.com/a', '', '', '', '', '']);
    expect(c.removed).toHaveLength(8);
  });

  it('the Wayback Machine\'s line names the original URL', () => {
    const c = readCapture('The Wayback Machine - https://web.archive.org/web/20250406093015/https://x.example.com/a/b?c=1\n\nHeadline', { markdown: false });
    expect(c.text.split('\n')[0]).toBe('https://x.example.com/a/b?c=1');
    expect(c.original.get(1)).toMatch(/^The Wayback Machine/);
  });

  it('the Wayback Machine\'s toolbar, from its capture count to its panel, is the tool\'s; its dates are never the article\'s', () => {
    const toolbar = ['The Wayback Machine - https://web.archive.org/web/20250212081530/https://x.example.com/a', 'https://x.example.com/a', 'Go', '7 captures', '12 Feb 2025 - 30 Mar 2025', 'JAN\tFEB\tMAR', '12', '2024\t2025\t2026', 'About this capture', 'COLLECTED BY', 'TIMESTAMPS', '', 'Ferry tolls rise on the northern route', '', 'Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'];
    const a = ingest('wb.txt', toolbar.join('\n'));
    expect(removed(a)).toEqual(toolbar.slice(1, 11));
    expect(a.url).toBe('https://x.example.com/a');
    expect(a.date).toBeUndefined();
    expect(a.title).toBe('Ferry tolls rise on the northern route');
  });

  it('Google Translate\'s proxy: the address it stands for, and its toolbar as the tool\'s', () => {
    expect(untranslatedUrl('https://www-harbour--ledger-example-com.translate.goog/a/b.html?id=3&_x_tr_sl=no&_x_tr_tl=en&_x_tr_hl=en')).toBe('https://www.harbour-ledger.example.com/a/b.html?id=3');
    const c = readCapture('https://news-example-no.translate.goog/a?_x_tr_sl=no&_x_tr_tl=en\nOriginal text\nRate this translation\n\nFerry tolls rise', { markdown: false });
    expect(c.text.split('\n')[0]).toBe('https://news.example.no/a');
    expect(c.removed.map((r) => r.text)).toEqual(['Original text', 'Rate this translation']);
    // The toolbar's words alone, with no proxy address, are left to the other rules.
    expect(readCapture('Original text\n\nFerry tolls rise', { markdown: false }).tools).toEqual([]);
  });
});

describe('saved pages', () => {
  it('SingleFile\'s comment gives the address, never its save date', () => {
    const html = '<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: https://harbourledger.example.com/2025/03/30/tolls \n saved date: Wed Apr 02 2025 10:12:44 GMT+0000 (Coordinated Universal Time)\n--><head><title>Tolls rise</title></head><body><article><h1>Ferry tolls rise on the northern route</h1><p>Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday, the first rise since 2019.</p><p>Season tickets are unchanged, the operator said, and so are the fares for children under twelve.</p></article></body></html>';
    expect(singleFileUrl(html)).toBe('https://harbourledger.example.com/2025/03/30/tolls');
    expect(singleFileUrl('<html><!-- url: https://x.example.com/ --></html>')).toBeUndefined();
    expect(singleFileUrl('<html><head><meta name="savepage-url" content="https://x.example.com/a?b=1&amp;c=2"><meta name="savepage-date" content="Wed Apr 02 2025"></head></html>')).toBe('https://x.example.com/a?b=1&c=2');
    const a = ingest('saved.html', html);
    expect(a.url).toBe('https://harbourledger.example.com/2025/03/30/tolls');
    expect(a.date).toBeUndefined();
  });

  it('Yoast\'s @graph: the author and publisher named by reference', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Ferry tolls rise on the northern route', datePublished: '2025-03-30T07:00:00+00:00', author: { '@id': '#ingrid' }, publisher: { '@id': '#org' } },
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Ledger' },
        { '@type': 'Person', '@id': '#ingrid', name: 'Ingrid Solberg' },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><article><h1>Ferry tolls rise on the northern route</h1><p>Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday, the first rise since 2019.</p><p>Season tickets are unchanged, the operator said, and so are the fares for children under twelve.</p></article></body></html>`;
    const a = ingest('yoast.html', html);
    expect(a.authors).toEqual(['Ingrid Solberg']);
    expect(a.publisher).toBe('Harbour Ledger');
  });
});

describe('print to PDF', () => {
  const page = (n: number, of: number, text: string) => [
    'Ferry tolls rise on the northern route | Harbour Ledger          https://harbourledger.example.com/2025/03/30/tolls',
    '',
    text,
    '',
    `Page ${n} of ${of}                                                  4/2/25, 10:15 AM`,
  ];
  const firefox = [
    ...page(1, 2, 'Ferry tolls rise on the northern route\n\nBy Ingrid Solberg\nMarch 30, 2025\n\nTolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.'),
    '',
    ...page(2, 2, 'Season tickets are unchanged, the operator said, and so are the fares for children.'),
  ].join('\n');

  it('reads the running header\'s URL and site, never the print date, and takes header and footer out on every page', () => {
    const a = ingest('print.txt', firefox);
    expect(a.url).toBe('https://harbourledger.example.com/2025/03/30/tolls');
    expect(a.publisher).toBe('Harbour Ledger');
    expect(a.date?.iso).toBe('2025-03-30');
    expect(a.title).toBe('Ferry tolls rise on the northern route');
    expect(removed(a)).toHaveLength(3);
    expect(body(a)).toEqual(['Tolls on the northern ferry route rose by a fifth this spring, the operator said on Monday.', 'Season tickets are unchanged, the operator said, and so are the fares for children.']);
  });

  it('needs a page footer: a line with a URL in a column alone is not a print header', () => {
    expect(readCapture('Tolls rise          https://x.example.com/a\n\nTolls rose.', { markdown: false }).tools).toEqual([]);
  });
});

describe('a page\'s <title> beside its headline', () => {
  it('names the site only where the rest is the headline, and a site\'s name is the shorter part', () => {
    expect(siteOfPageTitle('Ferry tolls rise on the northern route - Harbour Ledger', ['Ferry tolls rise on the northern route'])).toBe('Harbour Ledger');
    expect(siteOfPageTitle('Harbour Ledger | Ferry tolls rise on the northern route', ['# Ferry tolls rise on the northern route'])).toBe('Harbour Ledger');
    expect(siteOfPageTitle('Ferry tolls rise on the northern route – Harbour Ledger', ['Harbour Ledger'])).toBeUndefined();
    expect(siteOfPageTitle('Ferry tolls rise | Harbour Ledger', ['Ferry tolls fall'])).toBeUndefined();
  });

  it('Obsidian\'s clipper: the site is split off its title when a | or the address\'s host sets it apart', () => {
    const yaml = 'title: x\nsource: x\ncreated: 2025-04-02';
    const url = 'https://www.harbourledger.example.com/a';
    expect(clipperTitle({ title: 'Ferry tolls rise | Harbour Ledger', url }, yaml)).toEqual({ title: 'Ferry tolls rise', publisher: 'Harbour Ledger', url });
    expect(clipperTitle({ title: 'Ferry tolls rise - Harbour Ledger', url }, yaml)).toEqual({ title: 'Ferry tolls rise', publisher: 'Harbour Ledger', url });
    // A dash before words the host does not spell is the headline's own.
    expect(clipperTitle({ title: 'Ferry tolls rise - and why', url }, yaml)).toEqual({ title: 'Ferry tolls rise - and why', url });
    // Frontmatter that is not the clipper's is the author's word.
    expect(clipperTitle({ title: 'Ferry tolls rise | Harbour Ledger', url }, 'title: x\nsource: x')).toEqual({ title: 'Ferry tolls rise | Harbour Ledger', url });
  });
});

describe('every capture reader', () => {
  /** Lines from every tool's shape, shuffled with prose: any mix must keep the line count and every line somewhere. */
  const pieces = [
    'Title: Ferry tolls rise | Harbour Ledger', 'URL Source: https://x.example.com/a', 'Markdown Content:', 'Published Time: 2025-03-30',
    'archive.today', 'Saved from https://x.example.com/a', 'share download .zip report bug or abuse', '7 captures', 'TIMESTAMPS', 'Go',
    'The Wayback Machine - https://web.archive.org/web/20250406093015/https://x.example.com/a', 'https://x-example-com.translate.goog/a?_x_tr_sl=no',
    'Original text', 'References', '   1. https://x.example.com/', '[2] https://x.example.com/b', '[1]Home  [2]Ports  [3]Tides', 'Search: ________ [Go]',
    '━━━━━━━━━━━━━━━━━━━━━━━━━━━━', 'Page 1 of 2     4/2/25, 10:15 AM', 'Tolls rise | Harbour Ledger     https://x.example.com/a', '> ## Excerpt', '---',
    'By [Ana Ruiz](https://x.example.com/ana "Ana") \\> today', 'Tolls on the northern route rose by a fifth this spring, the operator said on Monday, as fuel costs rose.',
    '', '', '   wrapped prose that continues on the next line of the same paragraph, as a column would set it',
  ];
  it('keeps the line count, and every line is in the text or listed as removed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), (lines, markdown) => {
        const text = lines.join('\n');
        const c = readCapture(text, { markdown });
        expect(c.text.split('\n')).toHaveLength(text.split('\n').length);
        const out = c.text.split('\n');
        const gone = new Set(c.removed.map((r) => r.line));
        lines.forEach((l, i) => {
          if (l.trim() === '' || gone.has(i + 1)) return;
          // A line kept, rewritten (its original recorded), or joined into the line above it.
          expect(out[i] === l || c.original.has(i + 1), `line ${i + 1}: ${l}`).toBe(true);
        });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
