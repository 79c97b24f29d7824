import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html.ts';

const BODY = '<p>The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.</p>'.repeat(3);

/** An invented account article on a hosting platform: the platform's name in og:site_name, the row of facts under the headline in spans. */
const accountPage = (siteName: string, row: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Battery ferries</title>
<meta property="og:title" content="Battery ferries win orders from three Baltic operators"><meta property="og:site_name" content="${siteName}"><meta name="author" content="Kari Hansen"></head>
<body><div id="page"><h1>Battery ferries win orders from three Baltic operators</h1><div class="meta">${row}</div><div class="content">${BODY}</div></div></body></html>`;

const ROW = '<span>Original</span><span>Kari Hansen</span><span><a href="#">Fjord Weekly</a></span><em>2031-07-15 16:00</em><em>Oslo</em>';

describe('a row of facts under the headline, one per span', () => {
  it("gives the date, and the account over a platform's name written in another script", () => {
    const p = readHtml(accountPage('公众平台', ROW));
    expect(p.meta.publisher).toBe('Fjord Weekly');
    expect(p.text).toContain('2031-07-15 16:00');
  });

  it("keeps a site name in the headline's script", () => {
    expect(readHtml(accountPage('Harbour Reader', ROW)).meta.publisher).toBe('Harbour Reader');
  });
});
