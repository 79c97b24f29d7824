import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, pruneOldCopies, removeCopiesDir } from './project.ts';
import { type BuiltSite, buildProject } from './site.ts';

/**
 * The seed site: the committed content, built once per test run and shared by the `site` and `e2e`
 * projects' global setups (tests/global-setup.ts, tests/e2e/global-setup.ts). Vitest runs both in its
 * main process but may load this module once per project, so the one build is kept on `globalThis`;
 * each setup holds it until its teardown, and the last one out removes the project copy.
 *
 * The setups do not wait for the build: Vitest starts no test file before every global setup has
 * returned, so waiting there would leave the other files (unit tests, tools, the fuzz build) idle
 * for the whole build. The build writes its result to {@link SeedSite.ready} when it ends, and the
 * files that read the site wait for that file (tests/helpers/seed-site.ts).
 */
export interface SeedSite {
  /** The project copy. */
  dir: string;
  dist: string;
  /** A JSON file (`{ code, output }`) written when the build has ended, in the copy beside dist/. */
  ready: string;
  /** The build itself. */
  built: Promise<BuiltSite>;
}

/**
 * Writes `value` as JSON to `file` whole or not at all (a file beside it, then renamed): the test files
 * poll for `file` and read it as soon as it exists, and once read half-written (empty) the run failed.
 */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await writeFile(`${file}.part`, JSON.stringify(value));
  await rename(`${file}.part`, file);
}

interface Shared {
  site: Promise<SeedSite>;
  holders: number;
}
const KEY = Symbol.for('ai-race-explainer.tests.seedSite');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

/** Starts the seed build on the first call of the run (after copying the project) and returns without waiting for it. */
export async function acquireSeedSite(): Promise<SeedSite> {
  const shared = (store[KEY] ??= {
    site: pruneOldCopies()
      .then(() => copyProject())
      .then((dir) => {
        const ready = join(dir, '.seed-build.json');
        const built = buildProject(dir).then(
          async (site) => {
            await writeJsonAtomic(ready, { code: site.code, output: site.output });
            return site;
          },
          async (e: unknown) => {
            await writeJsonAtomic(ready, { code: 1, output: `The build could not run: ${e instanceof Error ? e.message : String(e)}` });
            throw e;
          },
        );
        // The outcome is read from `ready` by the test files (or awaited by a teardown).
        built.catch(() => undefined);
        return { dir, dist: join(dir, 'dist'), ready, built };
      }),
    holders: 0,
  });
  shared.holders++;
  return shared.site;
}

/** Gives the seed site back; the last holder waits for the build to end, then removes its project copy (and .cache/sites if now empty). */
export async function releaseSeedSite(): Promise<void> {
  const shared = store[KEY];
  if (!shared || --shared.holders > 0) return;
  const { dir, built } = await shared.site;
  await built.catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await removeCopiesDir();
}
