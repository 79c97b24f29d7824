import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/lib/preview.ts';
import { buildSite } from '../helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site, built once for the browser tests and served by `astro preview`. */
    previewSite: { dir: string; dist: string; origin: string };
  }
}

/** Builds the seed site into a temporary project copy and serves it on 127.0.0.1 until the run ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await buildSite();
  if (site.code !== 0) throw new Error(`The site did not build:\n${site.output}`);
  const server = await startPreview(site.dir);
  project.provide('previewSite', { dir: site.dir, dist: site.dist, origin: server.origin });
  return async () => {
    await server.stop();
    await rm(site.dir, { recursive: true, force: true });
  };
}
