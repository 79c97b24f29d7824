import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import ProjectOrderSequencer from './tests/helpers/sequencer.ts';

export default defineConfig({
  test: {
    // Vitest's own report, then one plain "N passed, N failed" line for CI.
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // One test file more than there are cores: the slow files wait on child processes (site builds,
    // Chromium, astro check, the dev server) or on the seed build, and a worker that waits holds no
    // core: with one file per core, a core idled whenever a file waited.
    maxWorkers: availableParallelism() + 1,
    // The longest files first, named (a clean clone has no durations from a last run), then the fuzz and
    // site files, the browser files, and the tool and unit files (tests/helpers/sequencer.ts).
    sequence: { sequencer: ProjectOrderSequencer },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        // The unit files and the tests of the project's tools (`npm run check`, the content loader, the dev
        // server, the eval, the CI and deploy workflows): everything that needs neither the seed site nor a
        // browser. No fresh module graph per file: they share their imports (compromise, wink-nlp and its
        // model, unified, the ingest, …) and keep no global state between files. One project, not two: a
        // worker is reused only for the next file of its own project, so with the tool files apart each of
        // the three workers started a fresh process and loaded the ingest again when it moved from them to
        // the unit files (6 worker processes → 3; 118 → 104 s of CPU for these files, two interleaved pairs).
        // Only the unit files: `npx vitest run scripts src`.
        test: { name: 'node', include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Tests over a real build of the site (the seed build, once per run, shared with e2e: tests/helpers/seed.ts) and over extra builds,
        // and the type check (astro check, with the types the seed build generated).
        // Without a fresh module graph per file, the files share their imports (hast, the ingest
        // stages, …) and the pages each worker has parsed (tests/helpers/site.ts readPage): 63 s → 52 s of CPU.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], isolate: false },
      },
      {
        extends: true,
        // Browser tests: one Chromium (/usr/bin/chromium) against `astro preview` of the seed build (tests/e2e/global-setup.ts).
        // The files share playwright-core and their other imports (no fresh module graph per file).
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'], isolate: false },
      },
      {
        extends: true,
        // Property tests over their own build of generated hostile articles (FUZZ_RUNS cases; `npm run test:fuzz` runs more).
        test: { name: 'fuzz', include: ['tests/fuzz/**/*.test.ts'] },
      },
    ],
  },
});
