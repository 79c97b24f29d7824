import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugForFile } from '../../scripts/ingest/pipeline.ts';
import { topicPages } from '../../scripts/core/topics.ts';
import { ROOT } from '../helpers/site.ts';
import { contrastRatio, over, pagePaths, parseColours, recordPage, settle } from './browser.ts';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dist, origin, browserEndpoint } = await previewSite();
const topics = topicPages(join(ROOT, 'content'));
const topicPaths = topics.map((t) => `/${t.slug}/`);
const articlesDir = join(ROOT, 'content/articles');

/** The `title` in an MDX file's frontmatter. */
const titleOf = (file: string) => (parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as { title?: string }).title;
/** Source page paths of the seed articles whose text contains `term`. */
const sourcesContaining = (term: string) =>
  readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt') && readFileSync(join(articlesDir, f), 'utf8').includes(term))
    .map((f) => `/sources/${slugForFile(f)}/`);

const tab = useTabs(useSharedBrowser(browserEndpoint));
/** Tabs that load every page of dist/ side by side (see the last test). */
const TABS = 4;

/** Opens `path` in a tab reset for this test (no theme choice or other state left by an earlier one). */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await tab({ colorScheme });
  await page.goto(origin + path, { waitUntil: 'load' });
  return page;
}

describe('contrast helpers', () => {
  it('give WCAG ratios: 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([118, 118, 118], [118, 118, 118])).toBe(1);
    expect(contrastRatio([10, 80, 200], [250, 240, 230])).toBe(contrastRatio([250, 240, 230], [10, 80, 200]));
    expect(over([255, 255, 255, 0], [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

describe('in a real browser', () => {
  it('the home page loads with the site title and one card per topic (besides the overview)', async () => {
    const page = await open('/');
    const siteTitle = titleOf(join(ROOT, 'content/index.mdx'))!;
    expect(await page.title()).toContain(siteTitle);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain(siteTitle);
    const cards = page.locator('.topic-cards .sl-link-card');
    const expected = topics.filter((t) => t.slug !== 'topics/overview').map((t) => t.title);
    const shown = (await cards.locator('.title').allTextContents()).map((t) => t.trim());
    expect(shown.sort()).toEqual([...expected].sort());
    for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
  });

  // "H800" is in none of the seed articles, so the search walk-through uses "Stargate".
  it('search: the search button opens the dialog, "Stargate" lists a source page that mentions it, and clicking it opens that page', async () => {
    const expected = sourcesContaining('Stargate');
    expect(expected.length).toBeGreaterThan(0);
    const page = await open('/');
    const button = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
    await button.click();
    const dialog = page.locator('site-search dialog');
    await dialog.waitFor({ state: 'visible' });
    const input = dialog.locator('input.pagefind-ui__search-input');
    await input.waitFor({ state: 'visible', timeout: 15_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nThe search dialog holds:\n${(await dialog.evaluate((d) => d.outerHTML)).slice(0, 2000)}`);
    });
    await input.fill('Stargate');
    const links = dialog.locator('.pagefind-ui__result-link');
    await links.first().waitFor({ state: 'visible', timeout: 15_000 });
    // Page results link to the page itself; their sub-results (headings) link to `#anchors` on it.
    // Topic pages rank first (src/lib/search-ranking.ts): load more results until a source shows.
    const more = dialog.locator('button.pagefind-ui__button');
    let hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (let i = 0; i < 10 && !hrefs.some((h) => expected.includes(h)) && (await more.isVisible()); i++) {
      const before = hrefs.length;
      await more.click();
      await expect.poll(() => links.count()).toBeGreaterThan(before);
      hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    }
    const sourceHits = hrefs.filter((h) => expected.includes(h));
    expect(sourceHits, `results: ${hrefs.join(', ')}`).not.toEqual([]);
    const target = sourceHits[0]!;
    await links.nth(hrefs.indexOf(target)).click();
    await page.waitForURL((u) => u.pathname === target);
    expect(await page.locator('main').innerText()).toContain('Stargate');
  });

  // The two checks of a topic page share one load: the first only reads it, the second then switches it to the dark theme.
  describe.each(topicPaths)('%s', (path) => {
    let page: Page;
    beforeAll(async () => {
      page = await open(path);
    });

    it('shows at least two visible diagrams with a non-zero size', async () => {
      const svgs = page.locator('figure.diagram svg');
      expect(await svgs.count()).toBeGreaterThanOrEqual(2);
      const sizes = await svgs.evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          return { w: r.width, h: r.height, visible: s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0 };
        }),
      );
      const good = sizes.filter((s) => s.w > 0 && s.h > 0 && s.visible);
      expect(good.length, JSON.stringify(sizes)).toBeGreaterThanOrEqual(2);
    });

    it('in the dark theme: diagram text contrasts with the page background (≥ 4.5:1)', async () => {
      // Choose the dark theme the way a reader does: Starlight's theme select.
      const select = page.locator('starlight-theme-select select').first();
      await select.selectOption('dark');
      // Under a loaded CI machine the switch took longer than the poll's default second once.
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: 10_000 }).toBe('dark');
      const { bg, fills } = await page.evaluate(() => ({
        bg: getComputedStyle(document.documentElement).getPropertyValue('--sl-color-bg').trim(),
        fills: [...document.querySelectorAll('figure.diagram svg text')].map((t) => ({ text: t.textContent ?? '', fill: getComputedStyle(t).fill })),
      }));
      expect(fills.length).toBeGreaterThan(0);
      expect(bg).not.toBe('');
      const [bgRgba = [], ...fillRgba] = await parseColours(page, [bg, ...fills.map((f) => f.fill)]);
      expect(bgRgba[3]).toBe(255);
      const low = fills
        .map((f, i) => ({ ...f, ratio: contrastRatio(over(fillRgba[i] ?? [], bgRgba), bgRgba) }))
        .filter((f) => !(f.ratio >= 4.5));
      expect(low.map((f) => `"${f.text}" fill ${f.fill} on ${bg}: ${f.ratio.toFixed(2)}:1`)).toEqual([]);
    });
  });

  it('a citation link shows a preview on mouse hover and on keyboard focus', async () => {
    const page = await open(topicPaths[0]!);
    const link = page.locator('a.cite-link').first();
    // The descriptions stay hidden (role="tooltip", named by aria-describedby); one box shows a copy.
    const tooltips = page.locator('.preview-pop:visible');
    expect(await tooltips.count()).toBe(0);
    await link.hover();
    await expect.poll(() => tooltips.count()).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltips.count()).toBe(0);
    // Keyboard focus: focus the link, step back and Tab forward again so focus is keyboard-driven.
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await expect.poll(() => tooltips.count()).toBeGreaterThan(0);
  });

  it('every page of dist/ loads with no console error, no failed request, and no request to another host', { timeout: 600_000 }, async () => {
    const paths = pagePaths(dist);
    expect(paths.length).toBeGreaterThan(topicPaths.length);
    // Tabs of one context (one HTTP cache, as when one tab loaded every page) take the pages in turn. A
    // page's load is mostly waiting (for its load event, for the search UI, drawn when the browser is
    // idle, for frames), so one tab loading ~130 pages one after another took about a minute.
    const first = await tab();
    const tabs = [first, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => first.context().newPage())))];
    const queue = [...paths];
    const problems: string[] = [];
    const requests: string[] = [];
    const lanes = await Promise.allSettled(
      tabs.map(async (page) => {
        const log = recordPage(page);
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const before = { c: log.consoleErrors.length, f: log.failed.length };
          const res = await page.goto(origin + path, { waitUntil: 'load' });
          await settle(page, log);
          const expectedStatus = path === '/404.html' ? [200, 404] : [200];
          if (!res || !expectedStatus.includes(res.status())) problems.push(`${path}: HTTP ${res?.status()}`);
          for (const c of log.consoleErrors.slice(before.c)) problems.push(`${path}: console error: ${c}`);
          for (const f of log.failed.slice(before.f)) problems.push(`${path}: failed request: ${f}`);
        }
        requests.push(...log.requests);
      }),
    );
    await Promise.all(tabs.slice(1).map((page) => page.close()));
    for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    const foreign = [...new Set(requests)].filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
    expect(problems.sort()).toEqual([]);
    expect(foreign, 'requests to hosts other than the preview server').toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(paths.length);
  });
});
