/**
 * No dependency pre-bundling in `astro build`. Astro starts a Vite dev server inside a build, to sync
 * the content collections, and Vite's optimizer then bundles the client dependencies (Starlight's
 * aria-query, axobject-query, …) into node_modules/.vite/ for a browser that never asks for them: the
 * build bundles its pages with Rolldown itself. That was ≈ 1 s of a build's CPU whatever the site's
 * size. `astro dev` keeps the optimizer (its pages load the pre-bundled files).
 */
import type { AstroIntegration } from 'astro';

export function buildNoPrebundle(): AstroIntegration {
  return {
    name: 'build-no-prebundle',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'build-no-prebundle',
                // Set on the resolved config: `include` is filled in by Astro and Starlight, and a config
                // hook's arrays are merged into theirs, not put in their place. The optimizer reads these
                // when each environment starts, after this hook.
                configResolved: (config) => {
                  for (const options of [config.optimizeDeps, ...Object.values(config.environments).map((e) => e.optimizeDeps)]) {
                    options.noDiscovery = true;
                    options.include = [];
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
