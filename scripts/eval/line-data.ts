/**
 * The line model's training data: every unit of every labelled article of the open sets, with its
 * features, whether it is labelled chrome (matched as score.ts' `chromeKept` does) and whether it holds
 * a labelled fact. Also the data's digest, so a test can tell the committed model is out of date.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { loadArticles } from '../ingest/load.ts';
import { featureContext, FEATURE_NAMES, lineFeatures } from '../ingest/line-features.ts';
import { segmentInput } from '../ingest/pipeline.ts';
import { readArticle } from '../ingest/read.ts';
import { ruleVerdicts, type RuleVerdicts } from '../ingest/segment.ts';
import type { RawArticle } from '../core/article.ts';
import { loadDevSet } from './labels.ts';
import { chromeKept, factKept } from './score.ts';
import {
  DEVSET_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR, HOLDOUT10_DIR,
  HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR,
} from './run.ts';

/**
 * The sets the line model trains and cross-validates on: every set opened for development (a blind set never
 * joins). Its own list, not the headline ranker's `TRAINING_SETS` (run.ts), so either model can take a newly
 * opened set without retraining the other.
 */
export const OPEN_SETS = [
  DEVSET_DIR, HOLDOUT_DIR, HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT4_DIR, HOLDOUT5_DIR, HOLDOUT6_DIR, HOLDOUT7_DIR, HOLDOUT8_DIR, HOLDOUT9_DIR, HOLDOUT10_DIR,
  HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR,
] as const;

const LABELS = '.labels.yaml';

/** One labelled article, read as stage `segment` reads it. */
export interface LineArticle {
  set: string;
  file: string;
  text: string;
  authors: readonly string[];
  rules: RuleVerdicts;
  /** Per unit: its features, whether it is labelled chrome, whether it holds a labelled fact. */
  x: number[][];
  chrome: boolean[];
  fact: boolean[];
  /** The labels, for scoring the body as the eval does. */
  chromeLines: readonly string[];
  facts: readonly string[];
}

/** Reads one set's labelled articles and their units. */
export async function loadLineSet(root: string, dir: string): Promise<LineArticle[]> {
  const abs = resolve(root, dir);
  const [set, raws] = await Promise.all([loadDevSet(abs), loadArticles(abs, root)]);
  const out: LineArticle[] = [];
  for (const raw of [...raws].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const labels = set.articles.get(basename(raw.file));
    if (!labels) continue;
    const { text, authors, containers } = segmentInput(raw, readArticle(raw));
    const rules = ruleVerdicts(text, { authors, ...(containers ? { containers } : {}) });
    const ctx = featureContext(rules.us, rules.wc, rules.taken);
    out.push({
      set: dir,
      file: basename(raw.file),
      text,
      authors,
      rules,
      x: rules.us.map((_, i) => lineFeatures(ctx, i)),
      chrome: rules.us.map((u) => labels.chrome_lines.some((l) => chromeKept(l, [u.text]))),
      fact: rules.us.map((u) => labels.facts.some((f) => factKept(f, [u.text]))),
      chromeLines: labels.chrome_lines,
      facts: labels.facts,
    });
  }
  return out;
}

/**
 * SHA-256 over the open sets' labelled articles and their labels (by name and bytes) and the feature
 * names. Reads the files only (no parsing), so the test that compares it with the model's stays cheap.
 */
export async function trainingDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(FEATURE_NAMES.join('\n'));
  for (const dir of OPEN_SETS) {
    const names = (await readdir(join(root, dir))).sort();
    for (const labels of names.filter((n) => n.endsWith(LABELS))) {
      const stem = labels.slice(0, -LABELS.length);
      const article = names.filter((n) => n !== labels && basename(n, extname(n)) === stem && ['.txt', '.md', '.html'].includes(extname(n)));
      for (const name of [...article, labels]) {
        hash.update(`\n${dir}/${name}\n`);
        hash.update(await readFile(join(root, dir, name)));
      }
    }
  }
  return hash.digest('hex');
}
