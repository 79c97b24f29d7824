/**
 * `npm run dev`: the ingest, then the Astro dev server; an article added, changed or removed in
 * content/articles/ is ingested again and the page reloads, without restarting anything.
 */
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { dev } from 'astro';
import { paths } from '../site.config.ts';
import { runIngest } from './ingest.ts';

const root = process.cwd();
await runIngest({ root });
await dev({ root });

let timer: NodeJS.Timeout | undefined;
watch(resolve(root, paths.articles), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void runIngest({ root }), 100);
});
