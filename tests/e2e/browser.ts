import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Browser, type BrowserServer, type Page, type Request, chromium } from 'playwright-core';

/** The Debian Chromium the browser tests drive (browser downloads do not work here). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from contacting any host of its own accord. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Throws (so the tests fail, never skip) when Chromium is not installed. */
function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests need it. Install it with \`apt-get install chromium\` (as .ci/run does).`);
  }
}

/** Launches headless Chromium for one test file. */
export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Starts one headless Chromium for the whole run, which the browser test files connect to (see
 * {@link connectBrowser}) instead of each launching their own. Undefined when Chromium is not
 * installed: the test files then fail with {@link requireChromium}'s message.
 */
export async function launchBrowserServer(): Promise<BrowserServer | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Connects to the run's Chromium (`wsEndpoint` of {@link launchBrowserServer}); closing it only disconnects. */
export async function connectBrowser(wsEndpoint: string | undefined): Promise<Browser> {
  requireChromium();
  if (!wsEndpoint) throw new Error('No shared browser: the e2e global setup (tests/e2e/global-setup.ts) did not start one.');
  return chromium.connect(wsEndpoint);
}

/** Every URL path of an HTML page in `dist` (`index.html` → `/`, `a/index.html` → `/a/`, `404.html` → `/404.html`). */
export function pagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

/** What a page did while loading: console errors, failed requests and every URL it requested. */
export interface PageLog {
  consoleErrors: string[];
  failed: string[];
  requests: string[];
  /** Requests started and not yet finished or failed. */
  inFlight: Set<Request>;
}

/** Starts recording console errors, page errors, failed requests (incl. HTTP ≥ 400) and requests on `page`. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { consoleErrors: [], failed: [], requests: [], inFlight: new Set() };
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => log.consoleErrors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    log.requests.push(r.url());
    log.inFlight.add(r);
  });
  page.on('requestfinished', (r) => log.inFlight.delete(r));
  page.on('requestfailed', (r) => {
    log.inFlight.delete(r);
    log.failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) log.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  return log;
}

/**
 * Waits, after `load`, for the work a page defers: Starlight's search draws Pagefind's UI when the
 * browser is idle after DOMContentLoaded (importing its script then), so on a page with the search
 * box this waits for that UI's input; then until every request the page started has finished,
 * checked again after a frame and a task so that work queued at load has started. What the tests
 * need of Playwright's `networkidle`, without its fixed 500 ms of quiet per page.
 */
export async function settle(page: Page, log: PageLog, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  if ((await page.locator('site-search').count()) > 0) {
    await page
      .locator('#starlight__search .pagefind-ui__search-input')
      .waitFor({ state: 'attached', timeout: timeoutMs })
      .catch((e: Error) => {
        throw new Error(`${page.url()}: the search UI was not drawn within ${timeoutMs} ms (console errors: ${log.consoleErrors.join('; ') || 'none'})\n${e.message}`);
      });
  }
  for (;;) {
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    if (log.inFlight.size === 0) return;
    if (Date.now() > deadline) throw new Error(`${page.url()}: requests still in flight after ${timeoutMs} ms: ${[...log.inFlight].map((r) => r.url()).join(', ')}`);
    await page.waitForEvent('requestfinished', { timeout: 1000 }).catch(() => undefined);
  }
}

/** Parses a CSS colour (any syntax the browser knows) into RGBA 0–255 by painting it on a canvas, in the page. */
export async function parseColours(page: Page, colours: string[]): Promise<[number, number, number, number][]> {
  return page.evaluate((cs) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    return cs.map((c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2], d[3]] as [number, number, number, number];
    });
  }, colours);
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r = 0, g = 0, b = 0]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1–21). */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [la, lb] = [luminance(a), luminance(b)];
  const [hi, lo] = la >= lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** `fg` (RGBA, alpha 0–255) painted over the opaque `bg`. */
export function over(fg: readonly number[], bg: readonly number[]): [number, number, number] {
  const a = (fg[3] ?? 255) / 255;
  return [0, 1, 2].map((i) => Math.round((fg[i] ?? 0) * a + (bg[i] ?? 0) * (1 - a))) as [number, number, number];
}
