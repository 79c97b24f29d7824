import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's own report, then one plain "N passed, N failed" line for CI.
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // One test file per core, not Vitest's default of one fewer: most of the slow files wait on child
    // processes (site builds, Chromium, astro check), so with one worker on a 2-core machine a core idles.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        // No fresh module graph per file: the unit files share their imports (compromise, wink-nlp and its
        // model, unified, …) instead of loading them again for each of ~45 files, which was two thirds of
        // the project's CPU time (40 s → 13 s). They keep no global state between files.
        test: { name: 'unit', include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Tests of the project's tools: `npm run check`, the dev server, the CI and deploy workflows.
        test: { name: 'tools', include: ['tests/*.test.ts'] },
      },
      {
        extends: true,
        // Tests over a real build of the site (the seed build, once per run, shared with e2e: tests/helpers/seed.ts) and over extra builds.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
      {
        extends: true,
        // Browser tests: one Chromium (/usr/bin/chromium) against `astro preview` of the seed build (tests/e2e/global-setup.ts).
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] },
      },
      {
        extends: true,
        // Property tests over their own build of generated hostile articles (FUZZ_RUNS cases; `npm run test:fuzz` runs more).
        test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'] },
      },
    ],
  },
});
