/**
 * Synthetic articles for the benchmark, shaped like the seeds in content/articles/: a headline, a
 * date line in one of several formats (or none), 6–20 paragraphs from a vocabulary of the race's
 * entities, money figures and percentages, numbered section headings ("2. …"), photo-credit lines
 * and page chrome ("Advertisements", "Leave a Reply" / "Trending" tails). Deterministic: the same
 * seed always gives the same files.
 *
 * `node scripts/bench/generate.ts <dir> [count] [seed]` writes them into <dir>.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A seeded pseudo-random number generator (mulberry32): returns floats in [0, 1). */
export type Rng = () => number;

/** Creates a mulberry32 generator from a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
/** One element of a non-empty list. */
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

const ENTITIES = ['DeepSeek', 'Nvidia', 'OpenAI', 'Huawei', 'Alibaba', 'Baidu', 'Tencent', 'ByteDance', 'Microsoft', 'Google', 'Anthropic', 'Meta', 'Moonshot AI', 'SoftBank', 'Oracle'] as const;
const CHIPS = ['H100', 'A100', 'H20', 'H800', 'Ascend 910B', 'Blackwell'] as const;
const PROJECTS = ['Stargate', 'R1', 'V3', 'GPT-4o', 'Qwen 2.5', 'Ernie Bot', 'o1'] as const;
const PLACES = ['Hangzhou', 'Beijing', 'Washington', 'Silicon Valley', 'Shenzhen', 'Santa Clara'] as const;
const VERBS = ['announced', 'reported', 'unveiled', 'expanded', 'questioned', 'doubled down on', 'scaled back', 'priced'] as const;
const NOUNS = ['training run', 'data centre', 'export licence', 'funding round', 'new cluster', 'model release', 'price cut', 'benchmark result'] as const;
const TOPICS = ['compute', 'capital', 'export controls', 'reinforcement learning', 'mixture-of-experts training', 'chip supply', 'open-source models', 'regulation'] as const;
const HEADINGS = ['The Battle for Compute Power', 'Capital and Ecosystems', 'Export Controls Bite', 'Training on a Budget', 'What Comes Next', 'The Price War', 'Chips and Sanctions'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A money figure such as "$5.6 million", "$500 billion" or "¥2 billion". */
function money(rng: Rng): string {
  const unit = pick(rng, ['million', 'billion'] as const);
  const n = rng() < 0.5 ? String(int(rng, 1, 999)) : `${int(rng, 1, 99)}.${int(rng, 1, 9)}`;
  return `${pick(rng, ['$', '$', '$', '¥'] as const)}${n} ${unit}`;
}

/** A date line in one of the formats the seeds use (and a few more). */
function dateLine(rng: Rng): string {
  const y = int(rng, 2024, 2025);
  const m = int(rng, 1, 12);
  const d = int(rng, 1, 28);
  const month = MONTHS[m - 1]!;
  switch (int(rng, 0, 4)) {
    case 0:
      return `${month.slice(0, 3)} ${d}, ${y}`;
    case 1:
      return `${month} ${d}, ${y}, ${int(rng, 1, 12)}:${String(int(rng, 0, 59)).padStart(2, '0')} ${pick(rng, ['am', 'pm'] as const)}`;
    case 2:
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    case 3:
      return `${d} ${month} ${y}`;
    default:
      return `Published ${month} ${d}, ${y}`;
  }
}

/** One sentence mentioning entities, chips, projects, figures or places. */
function sentence(rng: Rng): string {
  const a = pick(rng, ENTITIES);
  switch (int(rng, 0, 6)) {
    case 0:
      return `${a} ${pick(rng, VERBS)} a ${pick(rng, NOUNS)} worth ${money(rng)}, according to people familiar with the matter.`;
    case 1:
      return `${a}'s share of the market rose ${int(rng, 1, 95)}% after ${pick(rng, PROJECTS)} was released.`;
    case 2:
      return `Analysts said ${a} trained its model on ${int(rng, 2, 50)},000 ${pick(rng, CHIPS)} chips, far fewer than rivals in ${pick(rng, PLACES)}.`;
    case 3:
      return `The ${pick(rng, PROJECTS)} effort, backed by ${pick(rng, ENTITIES)} and ${a}, is expected to cost ${money(rng)} over ${int(rng, 2, 10)} years.`;
    case 4:
      return `In ${pick(rng, PLACES)}, officials argued that ${pick(rng, TOPICS)} would decide whether ${a} keeps its lead.`;
    case 5:
      return `Shares of ${a} fell ${int(rng, 1, 30)}.${int(rng, 0, 9)}% in a single day, wiping out ${money(rng)} in value.`;
    default:
      return `${a} said its ${pick(rng, NOUNS)} cut costs by ${int(rng, 10, 90)} percent compared with ${pick(rng, CHIPS)}-based systems.`;
  }
}

/** A paragraph of 2–6 sentences. */
const paragraph = (rng: Rng) => Array.from({ length: int(rng, 2, 6) }, () => sentence(rng)).join(' ');

/** The text of synthetic article number `i` (its file contents). */
export function generateArticle(rng: Rng, i: number): string {
  const lines: string[] = [];
  lines.push(`${pick(rng, ENTITIES)} and ${pick(rng, ENTITIES)}: ${pick(rng, HEADINGS)} (#${i + 1})`);
  if (rng() < 0.85) lines.push('', dateLine(rng));
  if (rng() < 0.3) lines.push('Advertisements');
  lines.push('');
  const count = int(rng, 6, 20);
  let section = 2;
  for (let p = 0; p < count; p++) {
    if (p > 0 && p % int(rng, 3, 6) === 0) lines.push(`${section++}. ${pick(rng, HEADINGS)}`, '');
    lines.push(paragraph(rng), '');
    if (rng() < 0.08) lines.push(`Photo by ${pick(rng, ['Matheus Bertelli', 'Anna Shvets', 'Tara Winstead'] as const)} from Pexels: https://www.pexels.com/photo/ai-${i}-${p}/`, '');
  }
  const tail = int(rng, 0, 3);
  if (tail === 1) lines.push('Leave a Reply', '', 'Your email address will not be published. Required fields are marked *', '', 'Trending');
  else if (tail === 2) lines.push('Post Comment');
  else if (tail === 3) lines.push('Advertisements');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** File name of synthetic article `i` (sorted after the seeds, which start with digits). */
export const articleName = (i: number) => `bench-${String(i).padStart(5, '0')}.txt`;

/** `count` synthetic articles from `seed`, as file name → text. */
export function generateArticles(count: number, seed = 20250127): Map<string, string> {
  const rng = mulberry32(seed);
  return new Map(Array.from({ length: count }, (_, i) => [articleName(i), generateArticle(rng, i)]));
}

/** Writes `count` synthetic articles into `dir`. Returns the file names. */
export async function writeArticles(dir: string, count: number, seed?: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const articles = generateArticles(count, seed);
  await Promise.all([...articles].map(([name, text]) => writeFile(join(dir, name), text)));
  return [...articles.keys()];
}

if (import.meta.main) {
  const [dir, count = '100', seed] = process.argv.slice(2);
  if (!dir) throw new Error('usage: node scripts/bench/generate.ts <dir> [count] [seed]');
  const names = await writeArticles(dir, Number(count), seed === undefined ? undefined : Number(seed));
  console.error(`bench: wrote ${names.length} articles to ${dir}`);
}
