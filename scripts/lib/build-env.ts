/**
 * The environment a build or preview started from a test or the benchmark runs in: this process's,
 * but in production mode (Vitest sets NODE_ENV=test, with which Astro builds in development mode and
 * Starlight drops search), without telemetry and colours.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  // Inside a test worker Vitest also sets Vite's env variables (DEV=1, MODE=test, …); passed on, they
  // make Astro build in development mode (Starlight then renders no search).
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...env } = process.env;
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}
