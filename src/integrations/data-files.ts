/**
 * Where a build writes the public data files (/data/*.json, /data/*.csv). At 10,000 articles they are
 * 17–145 MB each, and Astro collects an endpoint's whole body before writing it (its chunks, then their
 * concatenation): each file sat in memory twice and held the build's main-process peak. In a build the
 * endpoints therefore stream their bytes to the file themselves (src/lib/data-response.ts) and answer
 * with no body, for which Astro writes nothing; `astro dev` serves the same bytes as a response.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The name of the constant (a Vite `define`) that holds the directory during a build; absent in dev. */
export const DATA_FILES_DIR = 'import.meta.env.DATA_FILES_DIR';

export function dataFiles(): AstroIntegration {
  return {
    name: 'data-files',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // The endpoints live under src/pages/data/, so their files go to <outDir>/data/.
        updateConfig({ vite: { define: { [DATA_FILES_DIR]: JSON.stringify(fileURLToPath(new URL('data/', config.outDir))) } } });
      },
    },
  };
}
