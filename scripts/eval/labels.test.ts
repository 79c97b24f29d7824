import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDevSet } from './labels.ts';
import { DEVSET_DIR } from './run.ts';

const dirs: string[] = [];
afterEach(() => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

async function set(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'devset-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const LABELS = `title: T
date: 2025-01-03
authors: [A]
publisher: null
url: null
chrome_lines: []
facts: []
figures:
  - { text: "$5.6 million", value: 5600000, unit: USD, subject: DeepSeek-V3, measure: training cost }
not_figures: []
`;
const NO_GROUPS = 'expected: []\ntraps: []\n';

describe('loading the dev set', () => {
  it('reads the committed set: every article labelled, every group member a labelled figure', async () => {
    const s = await loadDevSet(resolve(import.meta.dirname, '../..', DEVSET_DIR));
    expect(s.articles.size).toBeGreaterThanOrEqual(30);
    expect(s.disagreements.expected.length).toBeGreaterThanOrEqual(4);
  });

  it('names the file and field of a bad label', async () => {
    const dir = await set({ 'a.txt': 'T', 'a.labels.yaml': LABELS.replace('2025-01-03', '3 Jan 2025'), 'disagreements.yaml': NO_GROUPS });
    await expect(loadDevSet(dir)).rejects.toThrow(/a\.labels\.yaml: date: must be YYYY-MM-DD/);
  });

  it('rejects a labels file without its article, and a group member that is not a labelled figure', async () => {
    await expect(loadDevSet(await set({ 'a.labels.yaml': LABELS, 'disagreements.yaml': NO_GROUPS }))).rejects.toThrow(/expected one article a\.txt, \.md or \.html beside it/);
    const groups = 'expected:\n  - { subject: X, measure: y, kind: rounding, sources: [{ file: a.txt, value: 5600000 }, { file: a.txt, value: 5500000 }] }\ntraps: []\n';
    await expect(loadDevSet(await set({ 'a.txt': 'T', 'a.labels.yaml': LABELS, 'disagreements.yaml': groups }))).rejects.toThrow(/a\.txt has no labelled figure of value 5500000/);
  });

  it('sets apart a group whose sources all state one value: an agreement, not a disagreement to find', async () => {
    const two = LABELS.replace('  - { text: "$5.6 million"', '  - { text: "$5.5 million", value: 5500000, unit: USD, subject: DeepSeek-V3, measure: training cost }\n  - { text: "$5.6 million"');
    const groups =
      'expected:\n' +
      '  - { subject: DeepSeek-V3, measure: training cost, kind: rounding, sources: [{ file: a.txt, value: 5600000 }, { file: b.txt, value: 5600000 }] }\n' +
      '  - { subject: DeepSeek-V3, measure: training cost, kind: rounding, sources: [{ file: a.txt, value: 5500000 }, { file: b.txt, value: 5600000 }] }\n' +
      'traps: []\n';
    const s = await loadDevSet(await set({ 'a.txt': 'T', 'a.labels.yaml': two, 'b.txt': 'T', 'b.labels.yaml': two, 'disagreements.yaml': groups }));
    expect(s.disagreements.expected.map((g) => g.sources.map((m) => m.value))).toEqual([[5500000, 5600000]]);
    expect(s.agreements.map((g) => g.sources.map((m) => m.value))).toEqual([[5600000, 5600000]]);
  });
});
