import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleTimeline, KnowledgeArticle } from '../../scripts/knowledge/index.ts';
import { timelineCache } from './timeline-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'timeline-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (slug: string) => ({ slug }) as KnowledgeArticle;
const placed = (slug: string): ArticleTimeline => ({
  events: [{ source: slug, sourceTitle: 'T', date: '2025-01-20', kind: 'inferred', p: 2, start: 0, end: 9, entities: ['deepseek'], phrase: 'last week', from: '2025-01-27' }],
  unplaced: [],
});

describe('timelineCache', () => {
  it('places an article once per body key and fallback year, and gives the same values either way', () => {
    const file = join(dir, 'a/timeline.json');
    const keys = new Map([['x', 'kx'], ['y', 'ky']]);
    let calls = 0;
    const place = (slug: string) => () => ((calls += 1), placed(slug));
    const first = timelineCache(file, keys, 2025);
    const fresh = first.timeline(article('x'), place('x'));
    first.timeline(article('y'), place('y'));
    first.save();
    expect(calls).toBe(2);
    const second = timelineCache(file, keys, 2025);
    expect(second.timeline(article('x'), place('x'))).toEqual(fresh);
    expect(calls).toBe(2);
    // Another fallback year, or an edited article (a new body key), is placed again.
    timelineCache(file, keys, 2024).timeline(article('x'), place('x'));
    timelineCache(file, new Map([['x', 'kx2']]), 2025).timeline(article('x'), place('x'));
    expect(calls).toBe(4);
  });

  it('keeps only the timelines the last build used', () => {
    const file = join(dir, 'b/timeline.json');
    const one = timelineCache(file, new Map([['x', 'kx'], ['y', 'ky']]), 2025);
    one.timeline(article('x'), () => placed('x'));
    one.timeline(article('y'), () => placed('y'));
    one.save();
    const two = timelineCache(file, new Map([['x', 'kx']]), 2025);
    two.timeline(article('x'), () => placed('x'));
    two.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toHaveLength(1);
  });

  it('places every article when the file is missing or unreadable, or the article has no body key', () => {
    let calls = 0;
    const cache = timelineCache(join(dir, 'missing/timeline.json'), new Map(), undefined);
    cache.timeline(article('x'), () => ((calls += 1), placed('x')));
    cache.timeline(article('x'), () => ((calls += 1), placed('x')));
    expect(calls).toBe(2);
  });
});
