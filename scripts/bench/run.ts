/**
 * `npm run bench [-- --large] [-- --lighthouse <path to lighthouse CLI>]`: the performance benchmark
 * (not a test). Generates synthetic articles (scripts/bench/generate.ts) into temporary copies of
 * the project under .cache/bench/ and measures, against bare Starlight building the same texts:
 *   (a) ingest-only throughput for N = 1,000 with the real pipeline functions, stage by stage;
 *   (b) full `npm run build` time for N = 100 and 1,000 (10,000 with --large, ours only);
 *   (c) JS bytes per page type, and bytes fetched by a first search query in Chromium;
 *   (d) peak memory (GNU time's maximum resident set size), CPU time (user + sys) and dist/ size of
 *       each build, and with --memory-trace a sample of each build's memory every 250 ms;
 *   (e) at N = 1,000: a rebuild after editing one article, as a share of the clean build (wall and CPU
 *       time must both be within the goal; it counts the pages reused from the last build), and
 *       `astro dev`: time to a served source page and to an edit showing (incremental.ts).
 * Prints a table and writes the figures into bench/RESULTS.md between the bench markers.
 * `--only N` builds only our site at N articles (no bare Starlight, no browser, nothing written): the
 * quick loop for build speed and memory (`--only N --bare`: bare Starlight alone, to interleave the
 * two); add `--incremental` for (e) on that build, `--search` for the
 * first search query of (c) on it (in Chromium), `--keep` to keep
 * the project copy (its data store is node_modules/.astro/data-store.json).
 */
import { execFile, spawn } from 'node:child_process';
import type { Element } from 'hast';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { extract } from '../ingest/extract.ts';
import { link } from '../ingest/link.ts';
import { compileGazetteer } from '../core/match.ts';
import { normalise } from '../ingest/normalise.ts';
import { ingestAll, slugForFile } from '../ingest/pipeline.ts';
import { readArticle } from '../ingest/read.ts';
import { segment } from '../ingest/segment.ts';
import type { RawArticle } from '../core/article.ts';
import { loadGazetteer } from '../knowledge/load-gazetteer.ts';
import { ASTRO_CLI, startPreview } from '../lib/preview.ts';
import { generateArticles } from './generate.ts';
import { sampleProcessTree } from './process-memory.ts';
import { type DevResult, measureDev, measureRebuild, type RebuildResult } from './incremental.ts';
import { pagePath, sourcePath, sourcesIndexPath } from '../core/routes.ts';
import { findTopicFiles, pageId } from '../core/topics.ts';

const ROOT = join(import.meta.dirname, '../..');

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'src', 'scripts', 'content', 'public'];
const CHROMIUM = '/usr/bin/chromium';
const KB = 1024;

/** The goals from the issue. */
const GOALS = {
  ingestPerSec: 3000,
  buildVsBare: 1.3,
  scaling: 11,
  largeSeconds: 180,
  largeRssBytes: 2 * 1024 ** 3,
  largeDistBytes: 1.3 * 1024 ** 3,
  rebuildShare: 0.6,
  devReadySeconds: 15,
  devEditSeconds: 2,
  jsOverBaseline: 5 * KB,
  searchBytes: 150 * KB,
} as const;

/** One timed build. */
export interface BuildRun {
  label: string;
  n: number;
  seconds: number;
  /** User + system CPU time of the build and every process it waited for (GNU time). */
  cpuSeconds: number;
  maxRssBytes: number;
  distBytes: number;
  pages: number;
  /** Phase timings read from the build log, in seconds (absent if the log did not say). */
  phases: { ingest?: number; astroBuild?: number; staticPages?: number; pagefind?: number };
  dir: string;
  code: number;
}

/** Sum of the sizes of all files under `dir`, and how many `.html` files it holds. */
async function treeSize(dir: string): Promise<{ bytes: number; html: number }> {
  let bytes = 0;
  let html = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    if (e.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/** The seed articles plus `n` synthetic ones, as file name → text (what both sites are built from). */
async function corpus(n: number): Promise<Map<string, string>> {
  const dir = join(ROOT, 'content/articles');
  const seeds = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const out = new Map<string, string>();
  for (const f of seeds) out.set(f, await readFile(join(dir, f), 'utf8'));
  for (const [name, text] of generateArticles(n)) out.set(name, text);
  return out;
}

/** A fresh temporary folder under .cache/bench/ (inside the project, so packages resolve). */
async function tempDir(prefix: string): Promise<string> {
  await mkdir(join(ROOT, '.cache/bench'), { recursive: true });
  return mkdtemp(join(ROOT, '.cache/bench', `${prefix}-`));
}

/** A copy of this project whose content/articles/ holds the seeds plus `n` synthetic articles. */
async function prepareOurs(n: number, texts: Map<string, string>): Promise<string> {
  const dir = await tempDir(`ours-${n}`);
  for (const f of PROJECT_FILES) await cp(join(ROOT, f), join(dir, f), { recursive: true }).catch(() => undefined);
  await Promise.all([...texts].map(([name, text]) => writeFile(join(dir, 'content/articles', name), text)));
  return dir;
}

/**
 * A minimal Starlight project (just `starlight({ title })`) with each article as
 * src/content/docs/<slug>.md: the headline as `title`, the rest as plain Markdown. Its default
 * sidebar lists every page, so every page's HTML grows with N.
 */
async function prepareBare(n: number, texts: Map<string, string>): Promise<string> {
  const dir = await tempDir(`bare-${n}`);
  await mkdir(join(dir, 'src/content/docs'), { recursive: true });
  // Astro decides which packages Vite bundles from the dependencies listed here (as in any real project).
  const deps = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).dependencies as Record<string, string>;
  const pkg = { name: 'bare-starlight', private: true, type: 'module', dependencies: { astro: deps.astro, '@astrojs/starlight': deps['@astrojs/starlight'] } };
  await writeFile(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });\n",
  );
  await writeFile(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  await writeFile(join(dir, 'src/content/docs/index.md'), '---\ntitle: Bare Starlight\n---\n\nThe same articles, as plain Markdown.\n');
  await Promise.all(
    [...texts].map(([name, text]) => {
      const [headline, ...rest] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
      const md = `---\ntitle: ${JSON.stringify(headline?.trim() || name)}\n---\n\n${rest.join('\n').replace(/[<{]/g, (c) => `\\${c}`)}\n`;
      return writeFile(join(dir, 'src/content/docs', `${slugForFile(name)}.md`), md);
    }),
  );
  return dir;
}

/** Reads phase timings from a build log (ours prints the ingest; Astro and Pagefind print theirs). */
export function parsePhases(log: string): BuildRun['phases'] {
  /** Seconds from the first match's number and unit (`ms`, ` ms` or `s`). */
  const seconds = (re: RegExp) => {
    const m = re.exec(log);
    return m ? Number(m[1]) / (m[2]?.trim() === 'ms' ? 1000 : 1) : undefined;
  };
  return {
    ingest: seconds(/sources: .* in ([\d.]+)( ?m?s)/),
    astroBuild: seconds(/\[build\] \d+ page\(s\) built in ([\d.]+)(m?s)/),
    // The static-route generation step prints an unprefixed "✓ Completed in …".
    staticPages: seconds(/(?:^|\n)[\d:]+ {1,3}✓ Completed in ([\d.]+)(m?s)\./),
    pagefind: seconds(/Finished building search index in ([\d.]+)(m?s)/),
  };
}

/**
 * Runs `args` under `/usr/bin/time -v` in `cwd`; returns wall time, CPU time, peak RSS and the log.
 * With `memoryTrace`, every Node process of the build samples its memory into that file (memory-sampler.ts),
 * and the other processes it starts (Pagefind's indexer) are sampled from /proc (process-memory.ts).
 */
async function timed(args: string[], cwd: string, memoryTrace?: string): Promise<{ seconds: number; cpuSeconds: number; maxRssBytes: number; log: string; code: number }> {
  const timeFile = join(cwd, '.bench-time.txt');
  const t0 = performance.now();
  const sampler = memoryTrace ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${join(import.meta.dirname, 'memory-sampler.ts')}`.trim(), BENCH_MEMORY_TRACE: memoryTrace } : {};
  const { code, log } = await new Promise<{ code: number; log: string }>((resolve) => {
    const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...sampler },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = memoryTrace && child.pid !== undefined ? sampleProcessTree(child.pid, memoryTrace) : () => undefined;
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (c) => {
      stop();
      resolve({ code: c ?? 1, log: out });
    });
  });
  const seconds = (performance.now() - t0) / 1000;
  const report = await readFile(timeFile, 'utf8').catch(() => '');
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);
  const rss = field('Maximum resident set size \\(kbytes\\)');
  return { seconds, cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), maxRssBytes: rss * 1024, log, code };
}

/** Builds a prepared project with `astro build` (ours ingests through its content loader). */
async function buildProject(label: string, n: number, dir: string, kind: 'ours' | 'bare', memoryTrace = false): Promise<BuildRun> {
  const args = [process.execPath, ASTRO_CLI, 'build'];
  console.error(`bench: building ${label} (N = ${n}) in ${relative(ROOT, dir)} …`);
  const r = await timed(args, dir, memoryTrace ? join(dir, 'memory.tsv') : undefined);
  await writeFile(join(dir, 'build.log'), r.log);
  if (r.code !== 0) console.error(`bench: ${label} build failed (exit ${r.code}); log in ${join(dir, 'build.log')}\n${r.log.slice(-3000)}`);
  const size = existsSync(join(dir, 'dist')) ? await treeSize(join(dir, 'dist')) : { bytes: NaN, html: 0 };
  return { label, n, seconds: r.seconds, cpuSeconds: r.cpuSeconds, maxRssBytes: r.maxRssBytes, distBytes: size.bytes, pages: size.html, phases: parsePhases(r.log), dir, code: r.code };
}

/**
 * The incremental measures on a project copy that has had its clean build `clean` (incremental.ts):
 * a rebuild after editing one synthetic article, then `astro dev` on the same copy.
 */
async function measureIncremental(clean: BuildRun): Promise<{ rebuild: RebuildResult; dev: DevResult }> {
  const article = generateArticles(1).keys().next().value!;
  console.error(`bench: rebuilding ${relative(ROOT, clean.dir)} after editing ${article} …`);
  const rebuild = await measureRebuild(clean, article, async (dir) => {
    const r = await timed([process.execPath, ASTRO_CLI, 'build'], dir);
    // Kept beside the clean build's build.log, to see which pages a rebuild rendered again.
    await writeFile(join(dir, 'rebuild.log'), r.log);
    return { ...r, dir };
  });
  console.error('bench: timing astro dev …');
  const dev = await measureDev(clean.dir, article, ASTRO_CLI);
  return { rebuild, dev };
}

/** Goal rows for the incremental measures. */
function incrementalGoals(n: number, { rebuild, dev }: { rebuild: RebuildResult; dev: DevResult }): string[][] {
  const N = n.toLocaleString('en');
  return [
    [`Rebuild after one edited article, N = ${N}`, `≤ ${GOALS.rebuildShare * 100}% of a clean build`, `${(rebuild.share * 100).toFixed(0)}% (${fmtS(rebuild.seconds)}; CPU ${fmtS(rebuild.cpuSeconds)}, ${(rebuild.cpuShare * 100).toFixed(0)}% of the clean build's; ${rebuild.reusedPages} pages reused from the last build); log: \`${rebuild.logLine}\``, pass(rebuild.share <= GOALS.rebuildShare && rebuild.cpuShare <= GOALS.rebuildShare && rebuild.oneIngested && rebuild.code === 0)],
    [`\`astro dev\` ready (first source page answered), N = ${N}`, `≤ ${GOALS.devReadySeconds} s`, `${fmtS(dev.readySeconds)} (server CPU ${fmtS(dev.readyCpuSeconds)})`, pass(dev.readySeconds <= GOALS.devReadySeconds)],
    [`\`astro dev\`: edited article served, N = ${N}`, `≤ ${GOALS.devEditSeconds} s`, `${fmtS(dev.editSeconds)} (${dev.page})`, pass(dev.editSeconds <= GOALS.devEditSeconds)],
  ];
}

/** Ingest throughput: the whole pipeline (ingestAll), and each stage on its own, in articles per second. */
async function measureIngest(n: number): Promise<{ perSec: number; ms: number; cpuMs: number; stages: Record<'read' | 'normalise' | 'segment' | 'extract' | 'link', number> }> {
  const texts = generateArticles(n);
  const raws: RawArticle[] = [...texts].map(([name, text]) => ({ file: `content/articles/${name}`, bytes: new TextEncoder().encode(text) }));
  const matcher = compileGazetteer(await loadGazetteer(ROOT));
  ingestAll(raws.slice(0, 50), matcher); // warm up the JIT, as a long build would be
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = ingestAll(raws, matcher);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (result.errors.length) throw new Error(`synthetic articles failed to ingest: ${JSON.stringify(result.errors.slice(0, 3))}`);
  // Stage by stage, the way ingestArticle chains them for a .txt file.
  const stages = { read: 0, normalise: 0, segment: 0, extract: 0, link: 0 };
  for (const raw of raws) {
    let t = performance.now();
    const decoded = readArticle(raw);
    stages.read += performance.now() - t;
    t = performance.now();
    const text = normalise(decoded.text);
    stages.normalise += performance.now() - t;
    t = performance.now();
    const segs = segment(text);
    stages.segment += performance.now() - t;
    t = performance.now();
    const article = extract({ ...decoded, text }, segs, slugForFile(raw.file));
    stages.extract += performance.now() - t;
    t = performance.now();
    link(article, matcher);
    stages.link += performance.now() - t;
  }
  return { perSec: (n / ms) * 1000, ms, cpuMs, stages };
}

/** The dist-relative file for a URL path. */
const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** JS bytes a page carries: sizes of its `<script src>` files plus its inline scripts (UTF-8 bytes). */
export function jsBytes(dist: string, path: string): { external: number; inline: number; total: number } {
  const tree = fromHtml(readFileSync(join(dist, pageFile(path)), 'utf8'));
  let external = 0;
  let inline = 0;
  for (const s of selectAll('script', tree)) {
    const type = String(s.properties.type ?? '');
    if (type && type !== 'module' && !/javascript/.test(type)) continue; // JSON-LD and the like are not code
    const src = s.properties.src;
    if (typeof src === 'string' && src.startsWith('/')) external += statSync(join(dist, src.replace(/\?.*$/, ''))).size;
    else inline += Buffer.byteLength((s as Element).children.map((c) => ('value' in c ? c.value : '')).join(''), 'utf8');
  }
  return { external, inline, total: external + inline };
}

/** The first `/sources/<slug>/` page in a dist/. */
function firstSourcePage(dist: string): string {
  const slug = readdirSync(join(dist, 'sources'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0];
  if (!slug) throw new Error(`${dist} has no source pages`);
  return sourcePath(slug);
}

/** Starts `astro preview` for a built project (scripts/lib/preview.ts). */
async function preview(dir: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  return startPreview(dir);
}

/** Bytes fetched from opening the search dialog to the results of a first query, in Chromium. */
async function searchBytes(dir: string, query: string): Promise<{ bytes: number; requests: number; byFile: [string, number][] }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: needed to measure search bytes`);
  const { chromium } = await import('playwright-core');
  const server = await preview(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const sizes: Promise<[string, number]>[] = [];
    page.on('requestfinished', (req) =>
      sizes.push(req.sizes().then((s) => [new URL(req.url()).pathname, s.responseBodySize + s.responseHeadersSize] as [string, number])),
    );
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('input.pagefind-ui__search-input').fill(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // let the result fragments finish arriving
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((a, [, b]) => a + b, 0), requests: all.length, byFile: all.sort((a, b) => b[1] - a[1]) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Lighthouse performance and accessibility scores for one page, or why they could not be had. */
async function lighthouse(cli: string, dir: string, path: string): Promise<string> {
  const server = await preview(dir);
  try {
    const out = join(dir, 'lighthouse.json');
    await promisify(execFile)(process.execPath, [cli, `${server.origin}${path}`, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic'], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      maxBuffer: 64 * 1024 * 1024,
    });
    const r = JSON.parse(await readFile(out, 'utf8')) as { categories: Record<string, { score: number | null }> };
    return `performance ${Math.round((r.categories.performance?.score ?? NaN) * 100)}, accessibility ${Math.round((r.categories.accessibility?.score ?? NaN) * 100)} (${path}; Lighthouse defaults: mobile emulation, simulated throttling; N = 100 build on this machine)`;
  } catch (e) {
    return `Lighthouse failed: ${(e as Error).message.split('\n')[0]}`;
  } finally {
    await server.stop();
  }
}

const fmtS = (s: number) => `${s.toFixed(1)} s`;
const fmtMB = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
const fmtKB = (b: number) => `${(b / KB).toFixed(1)} KB`;
const pass = (ok: boolean) => (ok ? 'pass' : '**miss**');

/** A Markdown table. */
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/**
 * The peaks of a memory trace (memory-sampler.ts): per process, the highest RSS and heap and when
 * they came (seconds after the process started), so a note can say which phase holds the memory.
 */
function summariseMemoryTrace(file: string): string {
  if (!existsSync(file)) return `no memory trace at ${file}`;
  const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const byPid = Map.groupBy(rows, (r) => r[0]!);
  return [...byPid].map(([pid, list]) => {
    const col = (i: number) => list.map((r) => Number(r[i]));
    const peak = (i: number) => list.reduce((best, r) => (Number(r[i]) > Number(best[i]) ? r : best));
    const [rss, heap, ext] = [peak(2), peak(3), peak(4)];
    // Processes sampled from /proc (process-memory.ts) have no heap figures.
    if (rss[3] === '') return `process ${pid} (${list[0]![6]}): ${list.length} samples over ${Math.max(...col(1)).toFixed(0)} s of the build; peak RSS ${fmtMB(Number(rss[2]))} at ${Number(rss[1]).toFixed(0)} s`;
    return `process ${pid} (${list[0]![6]}): ${list.length} samples over ${Math.max(...col(1)).toFixed(0)} s; peak RSS ${fmtMB(Number(rss[2]))} at ${Number(rss[1]).toFixed(0)} s (heap ${fmtMB(Number(rss[3]))}${rss[7] ? ` of ${fmtMB(Number(rss[7]))} held` : ''}, external ${fmtMB(Number(rss[4]))}, array buffers ${fmtMB(Number(rss[5]))}); peak heap ${fmtMB(Number(heap[3]))} at ${Number(heap[1]).toFixed(0)} s; peak external ${fmtMB(Number(ext[4]))} at ${Number(ext[1]).toFixed(0)} s${list.at(-1)![8] ? `; ${(Number(list.at(-1)![8]) / 1000).toFixed(1)} s in garbage collection (main thread)` : ''}`;
  }).join('\n');
}

/** Replaces the text between the bench markers in bench/RESULTS.md (keeping hand-written notes around it). */
async function writeResults(section: string): Promise<string> {
  const file = join(ROOT, 'bench/RESULTS.md');
  const [begin, end] = ['<!-- bench:begin (written by npm run bench) -->', '<!-- bench:end -->'];
  const old = existsSync(file) ? await readFile(file, 'utf8') : `# Benchmark results\n\n${begin}\n${end}\n`;
  const next = old.includes(begin) && old.includes(end)
    ? `${old.slice(0, old.indexOf(begin) + begin.length)}\n${section}\n${old.slice(old.indexOf(end))}`
    : `${old.trimEnd()}\n\n${begin}\n${section}\n${end}\n`;
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(file, next);
  return file;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      large: { type: 'boolean', default: false },
      lighthouse: { type: 'string' },
      keep: { type: 'boolean', default: false },
      only: { type: 'string' },
      'memory-trace': { type: 'boolean', default: false },
      /** With --only: also the rebuild after one edit and the `astro dev` timings. */
      incremental: { type: 'boolean', default: false },
      /** With --only: also the bytes fetched by a first search query on that build. */
      search: { type: 'boolean', default: false },
      /** With --only: build bare Starlight on the same texts instead of ours (the ratio's other side, for interleaved runs). */
      bare: { type: 'boolean', default: false },
    },
  });
  const started = new Date();
  const made: string[] = [];
  const trace = values['memory-trace'];

  if (values.only) {
    // The quick loop: one build of ours, its row printed, nothing written.
    const n = Number(values.only);
    const kind = values.bare ? 'bare' : 'ours';
    const dir = values.bare ? await prepareBare(n, await corpus(n)) : await prepareOurs(n, await corpus(n));
    const r = await buildProject(values.bare ? 'bare Starlight' : 'ours', n, dir, kind, trace);
    console.log(
      `${values.bare ? 'bare Starlight' : 'ours'} N = ${n.toLocaleString('en')}: ${r.pages} pages, ${fmtS(r.seconds)} wall, ${fmtS(r.cpuSeconds)} CPU, peak RSS ${fmtMB(r.maxRssBytes)}, dist/ ${fmtMB(r.distBytes)}; ` +
        `phases ${JSON.stringify(r.phases)}${r.code ? `; FAILED (exit ${r.code}), log in ${relative(ROOT, dir)}/build.log` : ''}`,
    );
    if (trace) console.log(summariseMemoryTrace(join(dir, 'memory.tsv')));
    if (values.search && r.code === 0) {
      const s = await searchBytes(dir, 'DeepSeek');
      console.log(`first search ("DeepSeek"): ${fmtKB(s.bytes)} in ${s.requests} requests\n${table(['file', 'bytes'], s.byFile.map(([f, b]) => [f, fmtKB(b)]))}`);
    }
    if (values.incremental && r.code === 0) console.log(table(['Measure', 'Goal', 'This run', 'Result'], incrementalGoals(n, await measureIncremental(r))));
    if (!values.keep && r.code === 0) await rm(dir, { recursive: true, force: true });
    return;
  }

  // (a) Ingest throughput.
  console.error('bench: measuring ingest throughput (N = 1,000) …');
  const ingest = await measureIngest(1000);

  // (b) Builds.
  const runs: BuildRun[] = [];
  for (const n of [100, 1000]) {
    const texts = await corpus(n);
    const ours = await prepareOurs(n, texts);
    const bare = await prepareBare(n, texts);
    made.push(ours, bare);
    runs.push(await buildProject('ours', n, ours, 'ours', trace));
    runs.push(await buildProject('bare Starlight', n, bare, 'bare'));
  }
  if (values.large) {
    const ours = await prepareOurs(10_000, await corpus(10_000));
    made.push(ours);
    runs.push(await buildProject('ours', 10_000, ours, 'ours', trace));
  }
  const get = (label: string, n: number) => runs.find((r) => r.label === label && r.n === n)!;
  const failed = runs.filter((r) => r.code !== 0);

  // (c) JS bytes per page type (N = 100 builds), and the first search query's bytes (N = 1,000 builds).
  const ours100 = join(get('ours', 100).dir, 'dist');
  const bare100 = join(get('bare Starlight', 100).dir, 'dist');
  const bareDoc = `/${readdirSync(bare100, { withFileTypes: true }).filter((e) => e.isDirectory() && !/^(_astro|pagefind)$/.test(e.name)).map((e) => e.name).sort()[0]}/`;
  const types: [string, string, string][] = [
    ['home', '/', '/'],
    ['topic', pagePath(pageId(findTopicFiles(join(ROOT, 'content'))[0] ?? 'topics/none')), bareDoc],
    ['source', failed.length ? '/' : firstSourcePage(ours100), bareDoc],
    ['sources index', sourcesIndexPath(), bareDoc],
  ];
  const js = failed.length
    ? []
    : types.map(([type, path, barePath]) => ({ type, path, barePath, ours: jsBytes(ours100, path), bare: jsBytes(bare100, barePath) }));
  console.error('bench: measuring the first search query in Chromium …');
  const search = failed.length ? undefined : await searchBytes(get('ours', 1000).dir, 'DeepSeek');
  const searchBare = failed.length ? undefined : await searchBytes(get('bare Starlight', 1000).dir, 'DeepSeek');
  // Lighthouse on a topic page and a source page (issue 12's targets: accessibility 100, performance ≥ 95).
  const lhPages = [types[1]![1], types[2]![1]];
  let lh: string | undefined;
  if (values.lighthouse) {
    const lines: string[] = [];
    // One at a time: two audits at once would slow each other down on a small machine.
    for (const p of lhPages) lines.push(`- ${await lighthouse(values.lighthouse, get('ours', 100).dir, p)}`);
    lh = lines.join('\n');
  }

  // Rebuild and dev server at N = 1,000, last: they edit the project copy the search was measured on.
  const incremental = failed.length
    ? undefined
    : await measureIncremental(get('ours', 1000)).catch((e: unknown) => void console.error(`bench: incremental measures failed, left out: ${(e as Error).message}`));

  // Report.
  const ratio = (n: number) => get('ours', n).seconds / get('bare Starlight', n).seconds;
  const scaling = get('ours', 1000).seconds / get('ours', 100).seconds;
  const goals: string[][] = [
    [
      'Ingest throughput, N = 1,000',
      `≥ ${GOALS.ingestPerSec.toLocaleString('en')} articles/s`,
      `${Math.round(ingest.perSec).toLocaleString('en')} articles/s (${Math.round((1000 * 1000) / ingest.cpuMs).toLocaleString('en')}/s of CPU time; one thread)`,
      pass(ingest.perSec >= GOALS.ingestPerSec),
    ],
    ...[100, 1000].map((n) => [`Build time vs bare Starlight, N = ${n.toLocaleString('en')}`, `≤ ${GOALS.buildVsBare}×`, `${ratio(n).toFixed(2)}× (${fmtS(get('ours', n).seconds)} vs ${fmtS(get('bare Starlight', n).seconds)})`, pass(ratio(n) <= GOALS.buildVsBare)]),
    ['Build scaling 100 → 1,000', `≤ ${GOALS.scaling}×`, `${scaling.toFixed(2)}×`, pass(scaling <= GOALS.scaling)],
    ...js.map((j) => [`JS bytes, ${j.type} page`, `≤ baseline + 5 KB (${fmtKB(j.bare.total + GOALS.jsOverBaseline)})`, `${fmtKB(j.ours.total)} (bare: ${fmtKB(j.bare.total)})`, pass(j.ours.total <= j.bare.total + GOALS.jsOverBaseline)]),
    ...(incremental ? incrementalGoals(1000, incremental) : []),
    ...(search ? [['Bytes fetched by a first search ("DeepSeek", N = 1,000)', `≤ ${GOALS.searchBytes / KB} KB`, `${fmtKB(search.bytes)} in ${search.requests} requests (bare: ${fmtKB(searchBare!.bytes)})`, pass(search.bytes <= GOALS.searchBytes)]] : []),
  ];
  if (values.large) {
    const l = get('ours', 10_000);
    goals.push(
      ['Build time, N = 10,000', `≤ ${GOALS.largeSeconds / 60} min`, `${fmtS(l.seconds)} (CPU ${fmtS(l.cpuSeconds)})`, pass(l.seconds <= GOALS.largeSeconds)],
      ['Peak memory, N = 10,000', '≤ 2 GB', fmtMB(l.maxRssBytes), pass(l.maxRssBytes <= GOALS.largeRssBytes)],
      ['dist/ size, N = 10,000', `≤ ${GOALS.largeDistBytes / 1024 ** 3} GB`, fmtMB(l.distBytes), pass(l.distBytes <= GOALS.largeDistBytes)],
    );
  }
  const ph = (s?: number) => (s === undefined ? '—' : fmtS(s));
  const section = [
    `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${fmtMB(totalmem())} RAM, Node ${process.version}.`,
    `Corpus: the ${[...(await corpus(0)).keys()].length} seed articles plus N synthetic ones (scripts/bench/generate.ts, seed 20250127).`,
    values.large ? '' : 'N = 10,000 was not run (pass `--large`).',
    failed.length ? `\n**Builds that failed:** ${failed.map((f) => `${f.label} N=${f.n} (exit ${f.code}, log ${relative(ROOT, f.dir)}/build.log)`).join('; ')}\n` : '',
    '### Goals',
    '',
    table(['Measure', 'Goal', 'This run', 'Result'], goals),
    '',
    '### Builds',
    '',
    table(
      ['Site', 'N', 'Pages', 'Wall time', 'CPU (user + sys)', 'Peak RSS', 'dist/', 'Ingest', 'Astro (incl. Pagefind)', 'Static pages', 'Pagefind'],
      runs.map((r) => [r.label, r.n.toLocaleString('en'), r.pages, fmtS(r.seconds), fmtS(r.cpuSeconds), fmtMB(r.maxRssBytes), fmtMB(r.distBytes), ph(r.phases.ingest), ph(r.phases.astroBuild), ph(r.phases.staticPages), ph(r.phases.pagefind)]),
    ),
    '',
    "Wall time is the whole command (`astro build` for both), including Node start-up and Vite bundling; CPU is GNU time's user + system time of the command and the processes it waited for (on a shared machine, the steadier figure); the phase columns are what the build log prints. Peak RSS is GNU time's maximum resident set size of the largest process in the build (Node or Pagefind).",
    '',
    '### Ingest stages (N = 1,000, ms in total)',
    '',
    table(['ingestAll (wall)', 'ingestAll (CPU)', ...Object.keys(ingest.stages)], [[`${ingest.ms.toFixed(0)} ms`, `${ingest.cpuMs.toFixed(0)} ms`, ...Object.values(ingest.stages).map((v) => v.toFixed(0))]]),
    '',
    '### JS per page (N = 100 builds; `<script src>` files + inline scripts)',
    '',
    table(['Page type', 'Our page', 'Ours: files + inline', 'Bare Starlight page', 'Bare: files + inline'], js.map((j) => [j.type, j.path, `${fmtKB(j.ours.external)} + ${fmtKB(j.ours.inline)} = ${fmtKB(j.ours.total)}`, j.barePath, `${fmtKB(j.bare.external)} + ${fmtKB(j.bare.inline)} = ${fmtKB(j.bare.total)}`])),
    '',
    ...(search && searchBare
      ? [
          '### First search query ("DeepSeek", N = 1,000): what was fetched',
          '',
          table(['Ours: file', 'bytes', 'Bare Starlight: file', 'bytes'], Array.from({ length: Math.max(search.byFile.length, searchBare.byFile.length) }, (_, i) => [
            search.byFile[i]?.[0] ?? '', search.byFile[i] ? fmtKB(search.byFile[i]![1]) : '', searchBare.byFile[i]?.[0] ?? '', searchBare.byFile[i] ? fmtKB(searchBare.byFile[i]![1]) : '',
          ])),
          '',
        ]
      : []),
    lh ? `### Lighthouse\n\n${lh}\n` : '',
  ].filter((l) => l !== undefined).join('\n');
  console.log(section);
  const file = await writeResults(section);
  console.error(`bench: wrote ${relative(ROOT, file)}`);
  if (!values.keep) for (const d of made) await rm(d, { recursive: true, force: true });
}

if (import.meta.main) await main();
