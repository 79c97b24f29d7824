import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/** How long a test file waits for the seed build (started by the global setup) to end. */
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** Waits for the JSON file a global setup writes when its work has ended, and returns what it holds. */
async function waitForJson<T>(file: string, what: string): Promise<T> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${what} did not end within ${BUILD_TIMEOUT_MS / 1000} s (no ${file})`);
    await sleep(200);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * The seed site (tests/helpers/seed.ts) once its build has ended: call it at the top of a test file
 * (`const { dist } = await seedSite();`). Throws, with the build's output, if the build failed.
 */
export async function seedSite(): Promise<{ dir: string; dist: string; output: string }> {
  const { dir, dist, ready } = inject('seedSite');
  const { code, output } = await waitForJson<{ code: number; output: string }>(ready, 'The seed build');
  if (code !== 0) throw new Error(`The site did not build:\n${output}`);
  return { dir, dist, output };
}

/** The seed site served by `astro preview`, and the run's browser (tests/e2e/global-setup.ts), once both are up. */
export async function previewSite(): Promise<{ dir: string; dist: string; origin: string; browserEndpoint: string | undefined }> {
  const { dir, dist, ready, served, browserEndpoint } = inject('previewSite');
  const { code, output } = await waitForJson<{ code: number; output: string }>(ready, 'The seed build');
  if (code !== 0) throw new Error(`The site did not build:\n${output}`);
  const server = await waitForJson<{ origin?: string; error?: string }>(served, 'Starting `astro preview`');
  if (!server.origin) throw new Error(`astro preview did not start: ${server.error}`);
  return { dir, dist, origin: server.origin, browserEndpoint };
}
