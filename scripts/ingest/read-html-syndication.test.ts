import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html.ts';

const PARAS = [
  'The ferry operator said on Monday that its first battery-powered vessel had completed sea trials, two years after the order was placed with a yard in Gdansk.',
  'The vessel carries 300 passengers and 60 cars, and charges in twelve minutes at each end of the crossing, the company said in a statement.',
];

/** An invented syndicated copy: the host's og:site_name and og:url, the canonical on the original's site. */
const page = (canonical: string, note: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Electric ferry finishes its sea trials – Coastal Commons</title>
<meta property="og:site_name" content="Coastal Commons"><meta property="og:url" content="https://coastalcommons.example.org/2031/03/ferry-trials/">
<link rel="canonical" href="${canonical}"></head><body>
<header><a href="/">Coastal Commons</a></header>
<main><article><h1>Electric ferry finishes its sea trials</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
<p><em>${note}</em></p></article></main>
<footer><p>© 2031 Coastal Commons</p></footer></body></html>`;

describe('readHtml: a syndicated copy', () => {
  it('names the original publisher a canonical on another site points to, by the name the page links it with', () => {
    const note = 'This article first appeared in <a href="https://www.harbourinsights.example.no/ferry-trials">Harbour Insights</a> and is republished with permission.';
    expect(readHtml(page('https://www.harbourinsights.example.no/ferry-trials', note)).meta.publisher).toBe('Harbour Insights');
    // The same note with the page its own canonical: the host publishes it.
    expect(readHtml(page('https://coastalcommons.example.org/2031/03/ferry-trials/', note)).meta.publisher).toBe('Coastal Commons');
    // A canonical elsewhere with no named link to that site: nothing to name, the host's name stands.
    expect(readHtml(page('https://www.harbourinsights.example.no/ferry-trials', 'Republished with permission.')).meta.publisher).toBe('Coastal Commons');
    // A link whose text is a sentence or an address names nobody.
    const bare = 'Read the original at <a href="https://www.harbourinsights.example.no/ferry-trials">https://www.harbourinsights.example.no/ferry-trials</a>.';
    expect(readHtml(page('https://www.harbourinsights.example.no/ferry-trials', bare)).meta.publisher).toBe('Coastal Commons');
  });
});
