import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      {
        extends: true,
        // Tests over a real build of the site (built once in global setup) and over extra builds.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});
