import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useScheme } from './axe.ts';
import { connectBrowser } from './browser.ts';
import { SCHEMES, VIEWPORTS, contextFor, pageTypes } from './pages.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dist, origin, browserEndpoint } = await previewSite();
const pages = pageTypes(dist);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(browserEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

/** What the layout checks read from the loaded page. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const onScreen = (sel: string) => {
      const e = document.querySelector(sel);
      if (!e) return `${sel} missing`;
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden') return `${sel} not visible`;
      return r.left >= 0 && r.right <= document.documentElement.clientWidth ? '' : `${sel} at x ${Math.round(r.left)}–${Math.round(r.right)}`;
    };
    const tables = [...document.querySelectorAll('main table')].flatMap((t) => {
      const r = t.getBoundingClientRect();
      const s = getComputedStyle(t);
      const own = t.scrollWidth <= t.clientWidth || s.overflowX === 'auto' || s.overflowX === 'scroll';
      return r.right <= document.documentElement.clientWidth + 0.5 && own ? [] : [`table ${t.className} right ${Math.round(r.right)}`];
    });
    return {
      width: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      visual: window.visualViewport?.width ?? window.innerWidth,
      search: onScreen('site-search button[data-open-modal]'),
      menu: window.innerWidth < 800 ? onScreen('button.sl-menu-button') : '',
      theme: document.documentElement.dataset.theme,
      tables,
    };
  });

describe('every page type at both widths, light and dark', () => {
  it('finds a page of each main type', () => {
    expect(pages.map(([t]) => t)).toEqual(expect.arrayContaining(['home', 'topic', 'source', 'sources index', 'entity', 'not found']));
  });

  // One tab per width: each page loads in the light theme, is measured, switches to the dark theme in
  // place (as when the reader's system setting changes: tests/e2e/axe.ts) and is measured again.
  describe.each(VIEWPORTS)('$name', (vp) => {
    it('in light and dark: no sideways scroll; header search (and on a phone the menu) on screen; wide tables scroll in their own box', async () => {
      const context = await contextFor(browser, vp, 'light');
      const page = await context.newPage();
      const problems: string[] = [];
      for (const [type, path] of pages) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(origin + path, { waitUntil: 'load' });
        for (const scheme of SCHEMES) {
          await useScheme(page, scheme);
          const m = await measure(page);
          const where = `${type} ${path} (${scheme})`;
          if (m.width > m.visual) problems.push(`${where}: document ${m.width} px wide in a ${m.visual} px viewport`);
          if (m.search) problems.push(`${where}: ${m.search}`);
          if (m.menu) problems.push(`${where}: ${m.menu}`);
          if (m.theme !== scheme) problems.push(`${where}: theme ${m.theme}`);
          for (const t of m.tables) problems.push(`${where}: ${t}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  });
});

describe('on a phone, the header controls work', () => {
  it('the search button opens the search dialog, and the menu button opens the navigation', async () => {
    const context = await contextFor(browser, VIEWPORTS[0], 'light');
    const page = await context.newPage();
    const topic = pages.find(([t]) => t === 'topic')![1];
    await page.goto(origin + topic, { waitUntil: 'load' });
    const search = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => search.isEnabled()).toBe(true);
    await search.tap();
    await page.locator('site-search dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('site-search dialog').waitFor({ state: 'hidden' });
    await page.locator('button.sl-menu-button').tap();
    const sidebarLink = page.locator('#starlight__sidebar a[href="/sources/"]');
    await sidebarLink.waitFor({ state: 'visible' });
    const r = (await sidebarLink.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
