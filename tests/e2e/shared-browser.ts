import type { Browser } from 'playwright-core';
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
