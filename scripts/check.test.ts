import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from './check.ts';

const page = (title: string, body = 'Text.') => `---\ntitle: ${title}\n---\n\n${body}\n`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-'));
  const files: Record<string, string> = {
    'content/index.mdx': page('Home'),
    'content/topics/b.mdx': page('Bee'),
    'content/topics/a.md': page('Ay', '```mermaid\nflowchart LR\n  A --> \n```'),
    'content/topics/Nested Dir/Deep Page.mdx': page('Deep'),
    'content/topics/_draft.mdx': page('Draft', '```mermaid\nflowchart LR\n  A --> \n```'),
    'content/other.mdx': page('Not in the collection', '```mermaid\nflowchart LR\n  A --> \n```'),
    'content/articles/one.txt': 'One headline\n\nA paragraph of an article with enough words to be a page.\n',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, dirname(file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runCheck', () => {
  it('checks exactly the pages the site builds (scripts/core/topics.ts), .md topics included', async () => {
    const report = await runCheck(dir);
    expect(report.counts.pages).toBe(4);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message.split(':')[0]}`);
    expect(errors).toEqual(['content/topics/a.md:7: invalid Mermaid diagram']);
  });
});
