import type { TestProject } from 'vitest/node';
import { acquireSeedSite, releaseSeedSite } from './helpers/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The seed site, built once per run for the site and browser tests (tests/helpers/seed.ts): test
     * files read it through `await seedSite()` (tests/helpers/seed-site.ts), which waits for `ready`.
     */
    seedSite: { dir: string; dist: string; ready: string };
  }
}

/** Starts the build of the committed content (once for this project and e2e); site tests read its dist/. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await acquireSeedSite();
  project.provide('seedSite', { dir: site.dir, dist: site.dist, ready: site.ready });
  return releaseSeedSite;
}
