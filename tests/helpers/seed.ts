import { rm } from 'node:fs/promises';
import { pruneOldCopies, removeCopiesDir } from './project.ts';
import { type BuiltSite, buildSite } from './site.ts';

/**
 * The seed site: the committed content, built once per test run and shared by the `site` and `e2e`
 * projects' global setups (tests/global-setup.ts, tests/e2e/global-setup.ts). Vitest runs both in its
 * main process but may load this module once per project, so the one build is kept on `globalThis`;
 * each setup holds it until its teardown, and the last one out removes the project copy.
 */
interface Shared {
  site: Promise<BuiltSite>;
  holders: number;
}
const KEY = Symbol.for('ai-race-explainer.tests.seedSite');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

/** The seed site, built on the first call of the run; throws (after removing the copy) if it did not build. */
export async function acquireSeedSite(): Promise<BuiltSite> {
  const shared = (store[KEY] ??= {
    site: pruneOldCopies().then(() => buildSite()),
    holders: 0,
  });
  shared.holders++;
  const site = await shared.site;
  if (site.code !== 0) {
    await releaseSeedSite();
    throw new Error(`The site did not build:\n${site.output}`);
  }
  return site;
}

/** Gives the seed site back; the last holder removes its project copy (and .cache/sites if now empty). */
export async function releaseSeedSite(): Promise<void> {
  const shared = store[KEY];
  if (!shared || --shared.holders > 0) return;
  const { dir } = await shared.site;
  await rm(dir, { recursive: true, force: true });
  await removeCopiesDir();
}
