import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';
import { isArticleFile } from './pipeline.ts';
import { splitFrontmatter } from './overrides.ts';
import { segment } from './segment.ts';

/**
 * The invariant the seeds' golden test checks, on the labelled dev set (tests/fixtures/devset,
 * written by hand in real-world layouts): every non-empty line of an article is in exactly one
 * segment, so header and chrome rules move lines into the audit and never lose one.
 */
const dir = join(import.meta.dirname, '../../tests/fixtures/devset');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f) && isArticleFile(f) && existsSync(join(dir, f.replace(/\.\w+$/, '.labels.yaml')))) : [];

describe.skipIf(files.length === 0)('segment: nothing lost on the dev set', () => {
  it.each(files)('%s', (name) => {
    const raw = normalise(readFileSync(join(dir, name), 'utf8'));
    const text = name.endsWith('.md') ? splitFrontmatter(raw).body : raw;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    // Joined with spaces: hard-wrapped lines become one segment.
    expect(segment(text).map((s) => s.text).join(' ')).toBe(lines.join(' '));
  });
});
