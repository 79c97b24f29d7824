import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PreviewServer, startPreview } from '../../scripts/lib/preview.ts';
import { acquireSeedSite, releaseSeedSite, writeJsonAtomic } from '../helpers/seed.ts';
import { launchBrowserServer } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The seed site (the same build the site tests read, tests/helpers/seed.ts), served by `astro
     * preview` once built: test files read it through `await previewSite()` (tests/helpers/seed-site.ts),
     * which waits for `ready` (the build) and `served` (`{ origin }` or `{ error }`).
     */
    previewSite: { dir: string; dist: string; ready: string; served: string; browserEndpoint: string | undefined };
  }
}

/**
 * Starts one Chromium the browser test files connect to, and serves the seed site (built once per
 * run, shared with the site tests) on 127.0.0.1 as soon as its build ends, until the run ends. Does
 * not wait for the build (see tests/helpers/seed.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await acquireSeedSite();
  const served = join(site.dir, '.seed-preview.json');
  const server: Promise<PreviewServer | undefined> = site.built.then(
    async (built) => {
      if (built.code !== 0) return undefined;
      const s = await startPreview(site.dir);
      await writeJsonAtomic(served, { origin: s.origin });
      return s;
    },
  ).catch(async (e: unknown) => {
    await writeJsonAtomic(served, { error: e instanceof Error ? e.message : String(e) });
    return undefined;
  });
  const browser = await launchBrowserServer();
  project.provide('previewSite', { dir: site.dir, dist: site.dist, ready: site.ready, served, browserEndpoint: browser?.wsEndpoint() });
  return async () => {
    await browser?.close();
    await (await server)?.stop();
    await releaseSeedSite();
  };
}
