import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { topicPages } from '../../scripts/core/topics.ts';
import { sourcesFile } from '../../src/lib/data.ts';
import { ROOT } from '../helpers/site.ts';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { SCHEMES, VIEWPORTS } from './pages.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dir, origin, browserEndpoint } = await previewSite();
const topics = topicPages(join(ROOT, 'content'));
const topicPath = `/${topics[0]!.slug}/`;
const [phone, desktop] = VIEWPORTS;

const tab = useTabs(useSharedBrowser(browserEndpoint));

/** Opens `path` at the width `vp` in the theme `scheme`, in a tab reset for this test. */
async function open(path: string, vp: (typeof VIEWPORTS)[number] = desktop, scheme: (typeof SCHEMES)[number] = 'light'): Promise<Page> {
  const page = await tab({ viewport: vp.viewport, isMobile: vp.isMobile, hasTouch: vp.hasTouch, colorScheme: scheme });
  await page.goto(origin + path, { waitUntil: 'load' });
  return page;
}

/** The preview box's text and whether it lies fully inside the viewport. */
const popState = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.preview-pop');
    if (!box || box.hidden) return { shown: false, text: '', inside: false, link: '' };
    const r = box.getBoundingClientRect();
    const inside = r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0 && r.bottom <= innerHeight;
    return { shown: true, text: box.textContent ?? '', inside, link: box.querySelector<HTMLAnchorElement>('a.preview-go')?.getAttribute('href') ?? '' };
  });

const described = (page: Page, selector: string) =>
  page.locator(selector).evaluate((a) => document.getElementById(a.getAttribute('aria-describedby') ?? '')?.textContent ?? '');

describe('citation previews', () => {
  it('show the cited sentence on hover and keyboard focus, and go away on leave and Escape', async () => {
    const page = await open(topicPath);
    const link = page.locator('main a.cite-link').first();
    const description = await described(page, 'main a.cite-link >> nth=0');
    expect(description).toMatch(/¶\d+ “.+”$/);
    expect((await popState(page)).shown).toBe(false);
    await link.hover();
    await expect.poll(async () => (await popState(page)).text).toBe(description);
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await popState(page)).shown).toBe(false);
    await link.focus();
    await expect.poll(async () => (await popState(page)).shown).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await popState(page)).shown).toBe(false);
  });

  it.each([
    ['desktop', desktop],
    ['phone-wide window without touch', { ...phone, isMobile: false, hasTouch: false }],
  ] as const)('stay inside the viewport for every citation on the page (%s)', async (_name, vp) => {
    const page = await open(topicPath, vp as (typeof VIEWPORTS)[number]);
    const links = page.locator('main a.cite-link');
    const n = await links.count();
    expect(n).toBeGreaterThan(5);
    const outside: string[] = [];
    for (let i = 0; i < n; i++) {
      await links.nth(i).focus();
      const s = await popState(page);
      if (!s.shown || !s.inside) outside.push(`citation ${i + 1}: shown ${s.shown}, inside ${s.inside}`);
    }
    expect(outside).toEqual([]);
  });

  it('on touch, the first tap shows the preview with a link; that link lands on the cited sentence, highlighted', async () => {
    const page = await open(topicPath, phone);
    const link = page.locator('main a.cite-link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/sources\/[^/]+\/#p\d+-s\d+$/);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect.poll(async () => (await popState(page)).link).toBe(href);
    expect(new URL(page.url()).pathname).toBe(topicPath);
    const shown = (await popState(page)).text;
    const description = await described(page, 'main a.cite-link >> nth=0');
    expect(shown.startsWith(description)).toBe(true);
    const quoted = /“(?:… )?(.+?)(?: …)?”$/.exec(description)![1]!;
    await page.locator('.preview-pop a.preview-go').tap();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    const target = await page.evaluate(() => {
      const s = document.querySelector<HTMLElement>('.sentence:target');
      if (!s) return undefined;
      const para = s.closest('p')!;
      return { id: s.id, text: s.textContent ?? '', bg: getComputedStyle(s).backgroundColor, paraBg: getComputedStyle(para).backgroundColor };
    });
    expect(target?.id).toBe(href.split('#')[1]);
    expect(quoted.startsWith(target!.text.trim().slice(0, 40))).toBe(true);
    expect(target!.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(target!.bg).not.toBe(target!.paraBg);
  });
});

describe('source pages', () => {
  const sourcePath = (slug: string) => `/sources/${slug}/`;
  const firstCited = (() => {
    const html = readFileSync(join(dir, 'dist', topicPath, 'index.html'), 'utf8');
    return /href="\/sources\/([^/"]+)\/#p\d+-s\d+"/.exec(html)![1]!;
  })();
  // The site's own data file of the build (validated with its schema).
  const sources = sourcesFile.parse(JSON.parse(readFileSync(join(dir, 'dist/data/sources.json'), 'utf8')));
  const paragraphs = sources.find((s) => s.slug === firstCited)!.paragraphs;

  it.each(SCHEMES)('show every paragraph number (¶1, ¶2, …) at both widths (%s)', async (scheme) => {
    for (const vp of VIEWPORTS) {
      const page = await open(sourcePath(firstCited), vp, scheme);
      const numbers = await page.locator('p.para > a.para-anchor').evaluateAll((as) =>
        as.map((a) => {
          const r = a.getBoundingClientRect();
          return { n: getComputedStyle(a, '::before').content, visible: r.width > 0 && getComputedStyle(a).opacity !== '0' };
        }),
      );
      expect(numbers.map((x) => x.n)).toEqual(paragraphs.map((p) => `"¶${p.n}"`));
      expect(numbers.every((x) => x.visible)).toBe(true);
      }
  });

  it('copying a paragraph gives its text as written: no line breaks after entity names, no gloss, no number', async () => {
    const page = await open(sourcePath(firstCited));
    const copied = await page.evaluate(() =>
      [...document.querySelectorAll('p.para')].map((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return { selected: sel.toString(), text: p.textContent ?? '', links: p.querySelectorAll('a.entity-link').length };
      }),
    );
    expect(copied.length).toBe(paragraphs.length);
    expect(copied.some((c) => c.links > 0)).toBe(true);
    copied.forEach((c, i) => {
      expect(c.selected.trim()).toBe(paragraphs[i]!.text);
      expect(c.text.trim()).toBe(paragraphs[i]!.text);
    });
    // The glosses are still there, as the links' descriptions.
    const gloss = await described(page, 'p.para a.entity-link >> nth=0');
    expect(gloss.length).toBeGreaterThan(10);
  });

  it('"Cited by" links go to the citing sentence of the topic page', async () => {
    const page = await open(sourcePath(firstCited));
    const back = page.locator('#cited-by ~ ul a[href*="#cite-"]').first();
    const href = (await back.getAttribute('href'))!;
    await back.click();
    await page.waitForURL((u) => u.hash === `#${href.split('#')[1]}`);
    const target = await page.evaluate(() => {
      const t = document.querySelector('a.cite-link:target');
      if (!t) return undefined;
      const r = t.getBoundingClientRect();
      return { inView: r.top >= 0 && r.bottom <= innerHeight, source: t.getAttribute('href') };
    });
    expect(target?.inView).toBe(true);
    expect(target?.source).toContain(`/sources/${firstCited}/`);
  });
});

describe('navigation and the small things', () => {
  it('topic pages have Previous/Next in reading order, only between topics', async () => {
    const page = await open(topicPath);
    for (const [i, t] of topics.entries()) {
      await page.goto(`${origin}/${t.slug}/`, { waitUntil: 'load' });
      const [prev = null] = await page.locator('.pagination-links a[rel="prev"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const [next = null] = await page.locator('.pagination-links a[rel="next"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(prev, t.slug).toBe(i > 0 ? `/${topics[i - 1]!.slug}/` : null);
      expect(next, t.slug).toBe(i < topics.length - 1 ? `/${topics[i + 1]!.slug}/` : null);
    }
    await page.goto(`${origin}/sources/`, { waitUntil: 'load' });
    expect(await page.locator('.pagination-links').count()).toBe(0);
  });

  it('every page links a favicon that exists', async () => {
    const page = await open('/');
    const icon = await page.locator('link[rel~="icon"]').getAttribute('href');
    const res = await page.request.get(origin + icon!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
  });

  it('the 404 page links the overview, every topic and the reference sections', async () => {
    const page = await open('/no-such-page-at-all/');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const t of topics) expect(hrefs).toContain(`/${t.slug}/`);
    for (const p of ['/sources/', '/entities/', '/figures/', '/timeline/']) expect(hrefs).toContain(p);
  });

  it('the home page says what happened (cited) and offers the topics and every reference section', async () => {
    const page = await open('/');
    const first = page.locator('main h2:has-text("What happened") + p');
    expect(await first.locator('a.cite-link').count()).toBeGreaterThan(0);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const p of ['/sources/', '/entities/', '/figures/', '/timeline/']) expect(hrefs).toContain(p);
  });
});
