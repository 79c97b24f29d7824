import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES, layoutChanges, layoutOf, seriousViolations, useScheme } from './axe.ts';
import { connectBrowser } from './browser.ts';
import { VIEWPORTS, contextFor, pageTypes } from './pages.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dist, origin, browserEndpoint } = await previewSite();
/** One page of each type the build made (home, topic, source, indexes, entity, figures, timeline, 404). */
const pages = pageTypes(dist);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(browserEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

// Every page type at both widths gets axe's full rule set in the light theme; then the page switches
// to the dark theme in place and, once its layout is shown to be unchanged (only colours differ), the
// rules that read colours run again. So every page type × width × theme is checked for contrast, and
// every other rule sees the one layout both themes share. One tab per width, reused page after page.
describe.each(VIEWPORTS)('accessibility (axe-core) at $name', (vp) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await contextFor(browser, vp, 'light');
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('%s page (%s) has no serious or critical violations in the light theme, nor in the dark one', async (_type, path) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(origin + path, { waitUntil: 'load' });
    await useScheme(page, 'light');
    const report = await seriousViolations(page, `${vp.name} light`);
    const light = await layoutOf(page);
    await useScheme(page, 'dark');
    const dark = await layoutOf(page);
    expect(light.length).toBeGreaterThan(0);
    expect(layoutChanges(light, dark), 'switching to the dark theme changed the layout: check every axe rule in it').toEqual([]);
    report.push(...(await seriousViolations(page, `${vp.name} dark`, { rules: COLOUR_RULES })));
    expect(report, report.join('\n')).toEqual([]);
  });
});
