import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPageFiles, findTopicFiles, isTopic, pageId, topicPages } from './topics.ts';

const page = (title: string, body = 'Text.') => `---\ntitle: ${title}\n---\n\n${body}\n`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'topics-'));
  const files: Record<string, string> = {
    'content/index.mdx': page('Home'),
    'content/topics/b.mdx': `---\ntitle: Bee\nsidebar:\n  order: 1\n---\n\nText.\n`,
    'content/topics/a.md': page('Ay', '```mermaid\nflowchart LR\n  A --> \n```'),
    'content/topics/Nested Dir/Deep Page.mdx': page('Deep'),
    'content/topics/_draft.mdx': page('Draft'),
    'content/topics/.hidden.mdx': page('Hidden'),
    'content/topics/notes.txt': 'not a page',
    'content/other.mdx': page('Not in the collection'),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, dirname(file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('topic discovery', () => {
  it('finds Markdown and MDX topics at any depth, not drafts, hidden files or other files', () => {
    expect(findTopicFiles(join(dir, 'content'))).toEqual(['topics/Nested Dir/Deep Page.mdx', 'topics/a.md', 'topics/b.mdx']);
    expect(findPageFiles(join(dir, 'content'))).toEqual(['index.mdx', 'topics/Nested Dir/Deep Page.mdx', 'topics/a.md', 'topics/b.mdx']);
  });

  it('gives the ids Astro gives the pages', () => {
    expect(pageId('topics/Nested Dir/Deep Page.mdx')).toBe('topics/nested-dir/deep-page');
    expect(pageId('topics/a.md')).toBe('topics/a');
    expect(pageId('index.mdx')).toBe('index');
    expect(isTopic('topics/a')).toBe(true);
    expect(isTopic('index')).toBe(false);
  });

  it('orders topics by sidebar order, then title', () => {
    expect(topicPages(join(dir, 'content')).map((t) => [t.slug, t.title])).toEqual([
      ['topics/b', 'Bee'],
      ['topics/a', 'Ay'],
      ['topics/nested-dir/deep-page', 'Deep'],
    ]);
  });
});
