/**
 * In `astro build`, the content config's articles loader is this (Node's) instance of its module, not a
 * second one of Vite's module runner (src/loaders/shared-loader.ts says why).
 */
import type { AstroIntegration } from 'astro';
import * as articlesLoader from '../loaders/articles-loader.ts';
import { shareLoaderModule } from '../loaders/shared-loader.ts';

export function loaderOnce(): AstroIntegration {
  return {
    name: 'loader-once',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') shareLoaderModule(articlesLoader);
      },
    },
  };
}
