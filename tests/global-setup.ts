import type { TestProject } from 'vitest/node';
import { acquireSeedSite, releaseSeedSite } from './helpers/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site, built once per run for the site and browser tests (tests/helpers/seed.ts). */
    seedSite: { dir: string; dist: string; output: string };
  }
}

/** Builds the site from the committed content (once for this project and e2e); site tests read its dist/. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await acquireSeedSite();
  project.provide('seedSite', { dir: site.dir, dist: site.dist, output: site.output });
  return releaseSeedSite;
}
