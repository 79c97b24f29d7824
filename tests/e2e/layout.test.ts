import { describe, expect, it } from 'vitest';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { VIEWPORTS, pageTypes } from './pages.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dist, origin, browserEndpoint } = await previewSite();
const pages = pageTypes(dist);

// The layout of every page type at both widths, in both themes, is checked in page-types.test.ts.

const tab = useTabs(useSharedBrowser(browserEndpoint));

describe('on a phone, the header controls work', () => {
  it('the search button opens the search dialog, and the menu button opens the navigation', async () => {
    const [phone] = VIEWPORTS;
    const page = await tab({ viewport: phone.viewport, isMobile: phone.isMobile, hasTouch: phone.hasTouch });
    const topic = pages.find(([t]) => t === 'topic')![1];
    await page.goto(origin + topic, { waitUntil: 'load' });
    const search = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => search.isEnabled(), { timeout: 15_000 }).toBe(true);
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
  });
});
