import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/lib/preview.ts';
import { acquireSeedSite, releaseSeedSite } from '../helpers/seed.ts';
import { launchBrowserServer } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site (the same build the site tests read, tests/helpers/seed.ts), served by `astro preview`. */
    previewSite: { dir: string; dist: string; origin: string; browserEndpoint: string | undefined };
  }
}

/**
 * Serves the seed site (built once per run, shared with the site tests) on 127.0.0.1, and starts one
 * Chromium the browser test files connect to, until the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await acquireSeedSite();
  const server = await startPreview(site.dir).catch(async (e: unknown) => {
    await releaseSeedSite();
    throw e;
  });
  const browser = await launchBrowserServer();
  project.provide('previewSite', { dir: site.dir, dist: site.dist, origin: server.origin, browserEndpoint: browser?.wsEndpoint() });
  return async () => {
    await browser?.close();
    await server.stop();
    await releaseSeedSite();
  };
}
