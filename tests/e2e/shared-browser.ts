import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { connectBrowser } from './browser.ts';

/**
 * The shared browser for one test file: connected before the file's tests, closed after them. Call it
 * at the top of the file; `browser()` inside a test.
 */
export function useSharedBrowser(wsEndpoint: string | undefined): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(wsEndpoint);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the shared browser is used before the file connected to it (in a test, not at import)');
    return browser;
  };
}

/** What a tab shows a page as: its size, whether it is a phone (with touch), its theme and motion preference. */
export interface TabOptions {
  /** CSS pixels; Playwright's default 1280 × 720 when not given. */
  viewport?: { width: number; height: number };
  /** A phone's browser (meta viewport, touch events): fixed for a tab's life, so phone and desktop tabs are apart. */
  isMobile?: boolean;
  hasTouch?: boolean;
  /** `prefers-color-scheme`; light when not given. */
  colorScheme?: 'light' | 'dark';
  /** `prefers-reduced-motion`; no preference when not given. */
  reducedMotion?: 'reduce' | 'no-preference';
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Tabs for one test file, reused from test to test: `await tab(options)` gives a blank tab showing
 * pages as `options` asks, as if new. A new tab cost ~0.6 s of CPU more than a page load in a tab
 * already open (a new renderer and Playwright's set-up of it), and the browser files opened ~45.
 *
 * What a test may leave behind is undone before the next one gets the tab: the site's storage
 * (localStorage: the theme choice; sessionStorage: the sidebar's state) and cookies, granted
 * permissions, the listeners it added (console, dialog, request …), the page itself (the tab goes to
 * about:blank, so the next test's first `goto` is a full load even to the same URL), the mouse
 * (moved to 0, 0, so nothing stays hovered), the size and the emulated media. Phone tabs (isMobile,
 * hasTouch: fixed per context) and desktop tabs are kept apart; `init`, if given, runs in every
 * document of every tab (Playwright cannot remove an init script, so it is the file's, not a test's).
 */
export function useTabs(browser: () => Browser, init?: () => void): (options?: TabOptions) => Promise<Page> {
  const tabs = new Map<string, Page>();
  afterAll(async () => {
    await Promise.all([...tabs.values()].map((page) => page.context().close()));
  });
  return async (options = {}) => {
    const key = `${options.isMobile ?? false} ${options.hasTouch ?? false}`;
    let page = tabs.get(key);
    // A tab a failed test left mid-way (a navigation, a dialog) may not reset: it is replaced, so that
    // one failure does not fail the tests after it.
    if (page && !(await reset(page).then(() => true, () => false))) {
      await page.context().close().catch(() => undefined);
      page = undefined;
    }
    if (!page) {
      const context = await browser().newContext({ viewport: DEFAULT_VIEWPORT, isMobile: options.isMobile ?? false, hasTouch: options.hasTouch ?? false });
      if (init) await context.addInitScript(init);
      page = await context.newPage();
      tabs.set(key, page);
    }
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference' });
    return page;
  };
}

/** Undoes what a test may have changed in a tab (see {@link useTabs}). */
async function reset(page: Page): Promise<void> {
  // Listeners a test added; one still running (a dialog being dismissed) may end as it likes.
  await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
  const context = page.context();
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  // Storage belongs to the page's origin, so it is cleared from the page before the tab leaves it.
  if (/^https?:/.test(page.url())) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
  await page.goto('about:blank');
  await page.mouse.move(0, 0);
}
