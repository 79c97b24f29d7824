import type { TestProject } from 'vitest/node';
import { pruneOldCopies } from './helpers/project.ts';
import { buildSite } from './helpers/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed site, built once for all site tests. */
    seedSite: { dir: string; dist: string; output: string };
  }
}

/** Builds the site from the committed content once; site tests read its dist/. */
export default async function setup(project: TestProject) {
  await pruneOldCopies();
  const site = await buildSite();
  if (site.code !== 0) throw new Error(`The site did not build:\n${site.output}`);
  project.provide('seedSite', { dir: site.dir, dist: site.dist, output: site.output });
}
