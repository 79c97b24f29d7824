import type { TestProject } from 'vitest/node';
import { startPreview } from '../helpers/preview.ts';
import { acquireSeedSite, releaseSeedSite } from '../helpers/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site (the same build the site tests read, tests/helpers/seed.ts), served by `astro preview`. */
    previewSite: { dir: string; dist: string; origin: string };
  }
}

/** Serves the seed site (built once per run, shared with the site tests) on 127.0.0.1 until the run ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await acquireSeedSite();
  const server = await startPreview(site.dir).catch(async (e: unknown) => {
    await releaseSeedSite();
    throw e;
  });
  project.provide('previewSite', { dir: site.dir, dist: site.dist, origin: server.origin });
  return async () => {
    await server.stop();
    await releaseSeedSite();
  };
}
