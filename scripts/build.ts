/**
 * `npm run build [-- --strict]`: runs the ingest, then builds the site into dist/ (Pagefind runs
 * at the end of the Astro build, through Starlight). With --strict, any article that cannot
 * become a page fails the build, with the same `file:line: message` lines.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { runIngest } from './ingest.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
const root = process.cwd();
const t0 = performance.now();
const { failed } = await runIngest({ root, strict: values.strict });
if (failed) {
  console.error('build: stopped because of the errors above (--strict).');
  process.exit(1);
}
await build({ root });
console.error(`build: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
