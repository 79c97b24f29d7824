/**
 * Defence in depth: every page carries a Content-Security-Policy (Astro's `security.csp`, hashes of
 * the site's own inline scripts and styles) that blocks any other inline script. Checked in Chromium:
 * a script injected into a real built page is refused and reported as a violation, while search,
 * theme switching and hover previews keep working with no console error.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordPage, settle, type PageLog } from './browser.ts';
import { useSharedBrowser, useTabs } from './shared-browser.ts';
import { previewSite } from '../helpers/seed-site.ts';

const { dist, origin, browserEndpoint } = await previewSite();
/** A source page of the seed site (it has entity links with hover previews). */
const sourcePath = `/sources/${readdirSync(join(dist, 'sources')).filter((d) => d !== 'page').sort()[0]}/`;

/** What the page reported through `securitypolicyviolation` events (recorded from the first script on). */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Records `securitypolicyviolation` events from the first script on, in every document of the file's
 * tabs (an init script: it runs before the page's own).
 */
function recordViolations(): void {
  const w = window as unknown as { __violations: unknown[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
}

const tab = useTabs(useSharedBrowser(browserEndpoint), recordViolations);

/** The violations the page's current document has reported. */
const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

/** Opens `path` in a tab reset for this test, recording console errors and CSP violations. */
async function open(path: string): Promise<{ page: Page; log: PageLog; violations: () => Promise<Violation[]> }> {
  const page = await tab();
  const log = recordPage(page);
  await page.goto(origin + path, { waitUntil: 'load' });
  await settle(page, log);
  return { page, log, violations: () => violationsOf(page) };
}

describe('Content-Security-Policy', () => {
  it('every page states a policy whose script-src allows only the site itself and hashes, no inline scripts', async () => {
    const { page } = await open(sourcePath);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('blocks an inline script injected into a built page, and reports it as a violation', async () => {
    const html = await (await fetch(origin + sourcePath)).text();
    const marker = 'csp-probe-7d1c';
    // The page as built, with one inline script (and an inline handler) that are not the site's own.
    const injected = html.replace(
      '</body>',
      `<script>document.title = "${marker}"; alert("${marker}")</script><img src="data:," onerror="alert('${marker}')"></body>`,
    );
    expect(injected).not.toBe(html);
    const page = await tab();
    const dialogs: string[] = [];
    await page.context().route(`${origin}/csp-probe/`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const log = recordPage(page);
    await page.goto(`${origin}/csp-probe/`, { waitUntil: 'load' });
    await settle(page, log);
    const violations = await violationsOf(page);
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toBe(marker);
    expect(violations.filter((v) => v.directive === 'script-src-elem' && v.blocked === 'inline')).toHaveLength(1);
    expect(violations.filter((v) => v.directive === 'script-src-attr' && v.blocked === 'inline')).toHaveLength(1);
    expect(log.consoleErrors.filter((e) => /Content Security Policy/.test(e))).toHaveLength(2);
  });

  it('search works under the policy: the dialog opens, a query lists results, with no console error or violation', async () => {
    const { page, log, violations } = await open('/');
    const button = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
    await button.click();
    const input = page.locator('site-search dialog input.pagefind-ui__search-input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill('DeepSeek');
    await page.locator('site-search dialog .pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(log.consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('theme switching works under the policy, and the choice survives a reload (the inline theme script runs)', async () => {
    const { page, log, violations } = await open(sourcePath);
    const select = page.locator('starlight-theme-select select').first();
    for (const theme of ['dark', 'light'] as const) {
      await select.selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    }
    await select.selectOption('dark');
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(log.consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it('hover previews of entity links work under the policy, with no console error or violation', async () => {
    const { page, log, violations } = await open(sourcePath);
    const link = page.locator('a.entity-link').first();
    // The preview script (src/scripts/previews.ts) shows the link's description in one floating box.
    const tooltips = page.locator('.preview-pop:visible');
    expect(await tooltips.count()).toBe(0);
    await link.hover();
    await expect.poll(() => tooltips.count()).toBeGreaterThan(0);
    expect(log.consoleErrors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});
