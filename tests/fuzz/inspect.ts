/**
 * What a loaded page shows and whether anything from article text became markup: run in Chromium
 * by the hostile-input property test.
 */
import type { Page } from 'playwright-core';
import { normalise } from '../../scripts/ingest/normalise.ts';

/** Finds the payload markers (`zq003h`) in a string. */
export const MARKER = /zq\d{3}[A-Za-z]/;

/** Text as a reader sees it, compared across line breaks: the way a file's text reaches a page. */
export const norm = (s: string) => normalise(s.toWellFormed()).replace(/\s+/g, ' ').trim();

export interface PageReport {
  /** `document.title`. */
  title: string;
  /** How many `<title>` elements the head has (a headline that broke out would leave a second part). */
  headTitles: number;
  h1: string;
  /** Text of `<main>` with every `<details>` opened (the audit list lives in one). */
  main: string;
  /** Markup that carries payload text or runs code: each entry describes one offending element. */
  markup: string[];
  /** Parsed JSON-LD blocks (or the parse error). */
  jsonLd: unknown[];
  /** Pagefind filters: `name:value` attributes, or a name with the element's text as value. */
  filters: { name: string; value: string }[];
  /** Text of each hover preview (`.preview`), shown on hover or focus only. */
  previews: string[];
  /** Text of each `<text>` and `<title>` in inline SVG (the entity graph, diagrams). */
  svgTexts: string[];
  /** `href` of each link in `<main>`, with its text. */
  links: { text: string; href: string }[];
}

/**
 * Inspects the page. `markup` lists: scripts (other than JSON-LD) whose text holds a marker; `on*`
 * attributes holding a marker; `javascript:`/`data:`/`vbscript:` URLs in `<main>` or holding a marker; a marker
 * in an attribute where text never goes (anything but the listed text-bearing attributes).
 */
export function inspect(page: Page): Promise<PageReport> {
  return page.evaluate((markerSource) => {
    const marker = new RegExp(markerSource);
    const textAttributes = new Set(['content', 'href', 'title', 'id', 'aria-describedby', 'aria-label', 'aria-labelledby', 'data-pagefind-filter', 'datetime']);
    const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset']);
    const markup: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json' && marker.test(el.textContent ?? '')) {
        markup.push(`<script> holding payload text: ${(el.textContent ?? '').slice(0, 120)}`);
      }
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name) && marker.test(value)) markup.push(`<${tag} ${name}="${value.slice(0, 120)}">`);
        // The site's own chrome has one (Pagefind's search form, `javascript:void(0)`): outside <main>, no payload.
        else if (urlAttributes.has(name) && /^\s*(javascript|data|vbscript):/i.test(value) && (marker.test(value) || el.closest('main')))
          markup.push(`<${tag} ${name}="${value.slice(0, 120)}">`);
        else if (marker.test(value) && !textAttributes.has(name)) markup.push(`payload text in <${tag} ${name}="${value.slice(0, 120)}">`);
      }
    }
    for (const d of document.querySelectorAll('details')) d.open = true;
    const main = document.querySelector('main');
    return {
      title: document.title,
      headTitles: document.head.querySelectorAll('title').length,
      h1: document.querySelector('h1')?.textContent ?? '',
      main: main instanceof HTMLElement ? main.innerText : '',
      markup,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
        try {
          return JSON.parse(s.textContent ?? '') as unknown;
        } catch (e) {
          return { error: String(e) };
        }
      }),
      previews: [...document.querySelectorAll('.preview')].map((e) => e.textContent ?? ''),
      svgTexts: [...document.querySelectorAll('svg text, svg title')].map((e) => e.textContent ?? ''),
      filters: [...document.querySelectorAll('[data-pagefind-filter]')].map((e) => {
        const attr = e.getAttribute('data-pagefind-filter') ?? '';
        const colon = attr.indexOf(':');
        return colon < 0 ? { name: attr, value: e.textContent ?? '' } : { name: attr.slice(0, colon), value: attr.slice(colon + 1) };
      }),
      links: main ? [...main.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })) : [],
    };
  }, MARKER.source);
}
