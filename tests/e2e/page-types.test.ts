import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES, layoutChanges, layoutOf, seriousViolations, settled, useScheme } from './axe.ts';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { SCHEMES, VIEWPORTS, pageTypes } from './pages.ts';
import { previewSite } from '../helpers/seed-site.ts';

/**
 * Every page type (home, topic, source, indexes, entity, figures, timeline, 404) at a phone's and a
 * laptop's width, in the light and dark themes: its layout, and axe-core's accessibility rules.
 */
const { dist, origin, browserEndpoint } = await previewSite();
const pages = pageTypes(dist);

const tab = useTabs(useSharedBrowser(browserEndpoint));

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

it('finds a page of each main type', () => {
  expect(pages.map(([t]) => t)).toEqual(expect.arrayContaining(['home', 'topic', 'source', 'sources index', 'entity', 'not found']));
});

// One tab per width, reused page after page. Each page loads once in the light theme and switches to
// the dark theme in place, as when the reader's system setting changes (tests/e2e/axe.ts). The two
// widths run side by side (each in its own tab; within a width, one page after another): a page's turn
// is partly waiting (its load, the search UI drawn when idle, the theme's repaint).
describe.concurrent.each(VIEWPORTS)('at $name', (vp) => {
  let page: Page;
  beforeAll(async () => {
    page = await tab({ viewport: vp.viewport, isMobile: vp.isMobile, hasTouch: vp.hasTouch });
  });
  /** Shows `path` in this width's tab (loaded in the light theme), unless it is the page already shown. */
  const show = async (path: string) => {
    if (page.url() === origin + path) return;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(origin + path, { waitUntil: 'load' });
    await settled(page);
  };

  describe.each(pages)('%s page (%s)', { concurrent: false }, (type, path) => {
    it('in light and dark: no sideways scroll; header search (and on a phone the menu) on screen; wide tables scroll in their own box', async () => {
      await show(path);
      const problems: string[] = [];
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
      expect(problems).toEqual([]);
    });

    // Axe's full rule set runs in the light theme. In the dark theme the page's layout is first shown
    // to be the same (only colours differ, so the other rules would see what they saw in light), and
    // the rules that read colours run again: every page type × width × theme is checked for contrast.
    it('has no serious or critical axe-core violations in the light theme, nor in the dark one', async () => {
      await show(path);
      await useScheme(page, 'dark');
      const dark = await layoutOf(page);
      const report = await seriousViolations(page, `${vp.name} dark`, { rules: COLOUR_RULES });
      await useScheme(page, 'light');
      const light = await layoutOf(page);
      expect(light.length).toBeGreaterThan(0);
      expect(layoutChanges(light, dark), 'the dark theme changes the layout: check every axe rule in it').toEqual([]);
      report.push(...(await seriousViolations(page, `${vp.name} light`)));
      expect(report, report.join('\n')).toEqual([]);
    });
  });
});
