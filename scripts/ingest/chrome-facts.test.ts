import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lineChrome } from './chrome.ts';

/**
 * The single-line rules against real body text: every sentence labelled as a fact in the open
 * labelled sets (written by hand, in many layouts) must not be judged chrome on its own. A blind set
 * still being written is not read.
 */
const OPEN_SETS = ['devset', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5'];
const root = join(import.meta.dirname, '../../tests/fixtures');
const facts = OPEN_SETS.flatMap((set) =>
  readdirSync(join(root, set))
    .filter((f) => f.endsWith('.labels.yaml'))
    .flatMap((f) => ((parse(readFileSync(join(root, set, f), 'utf8')) as { facts?: string[] }).facts ?? []).map((fact) => [`${set}/${f}`, fact] as const)),
);

describe('single-line chrome rules on labelled body sentences', () => {
  it('judge none of the labelled facts chrome', () => {
    expect(facts.length).toBeGreaterThan(200);
    // A credit ending a labelled line is audited as a credit, not removed; any removal reason is a lost sentence.
    const removed = facts.flatMap(([file, fact]) => {
      const v = lineChrome(fact);
      return v && 'reason' in v ? [`${file}: ${fact} (${v.reason})`] : [];
    });
    expect(removed).toEqual([]);
  });
});
