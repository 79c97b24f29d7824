import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from './browser.ts';
import { SCHEMES, VIEWPORTS, contextFor, pageTypes } from './pages.ts';

const { dist, origin, browserEndpoint } = inject('previewSite');
/** One page of each type the build made (home, topic, source, indexes, entity, figures, timeline, 404). */
const pages = pageTypes(dist);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(browserEndpoint);
});
afterAll(async () => {
  await browser?.close();
});

// Page types run side by side (each in its own browser contexts): the file waits mostly on Chromium,
// which renders and runs axe in its own processes, so overlapping pages uses both cores.
describe.concurrent('accessibility (axe-core)', () => {
  it.each(pages)('%s page (%s) has no serious or critical violations, at 390 and 1366 px, in light and dark themes', async (_type, path) => {
    const report: string[] = [];
    for (const vp of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        const context = await contextFor(browser, vp, colorScheme);
        const page = await context.newPage();
        await page.goto(origin + path, { waitUntil: 'load' });
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          for (const n of v.nodes) report.push(`[${vp.name} ${colorScheme}] ${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`);
        }
        await context.close();
      }
    }
    expect(report, report.join('\n')).toEqual([]);
  });
});
