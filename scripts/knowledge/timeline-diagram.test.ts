import { describe, expect, it } from 'vitest';
import { renderDiagram, validateDiagram } from '../diagrams/render.ts';
import type { TimelineEvent } from './index.ts';
import { MAX_YEARS, timelineMermaid } from './timeline-diagram.ts';

const event = (date: string, kind: TimelineEvent['kind'] = 'stated', entities: string[] = []): TimelineEvent => ({
  date,
  kind,
  source: 's',
  sourceTitle: 'S',
  entities,
});
const entities = new Map([['deepseek', { name: 'DeepSeek', slug: 'deepseek', type: 'organisation' as const, description: 'A start-up.', aliases: [] }]]);

describe('timelineMermaid', () => {
  it('draws one node per year in order, with publications and the entities named', async () => {
    const src = timelineMermaid([event('1957'), event('2024-12-26', 'publication'), event('2024', 'stated', ['deepseek'])], entities);
    expect(src.split('\n').filter((l) => l.includes('["'))).toEqual(['  y1957["1957: 1 event"]', '  y2024["2024: 1 article published; DeepSeek"]']);
    expect(src).toContain('y1957 --> y2024');
    expect(await validateDiagram(src)).toEqual({ ok: true });
  });

  it('stays within Mermaid’s limits for thousands of dates', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => event(`${1800 + (i % 300)}-0${1 + (i % 9)}-1${i % 10}`));
    const src = timelineMermaid(many, entities);
    expect(src.split('\n').filter((l) => l.includes('["'))).toHaveLength(MAX_YEARS);
    expect(await validateDiagram(src)).toEqual({ ok: true });
  });

  it('keeps entity names that hold label-ending characters or markup inside their node, as text', async () => {
    const hostile = new Map([['x', { name: 'A</title><script>alert(1)</script> "q" ]]> <!-- {b}\u2028c', slug: 'x', type: 'organisation' as const, description: 'd', aliases: [] }]]);
    const src = timelineMermaid([event('2024', 'stated', ['x'])], hostile);
    const node = src.split('\n').find((l) => l.includes('["'))!;
    expect(node).toBe(`  y2024["2024: A</title><script>alert(1)</script> 'q' ))> <!-- {b} c"]`);
    expect(await validateDiagram(src)).toEqual({ ok: true });
    const { toHtml } = await import('hast-util-to-html');
    const svg = toHtml(await renderDiagram(src, 'T'), { space: 'svg' });
    expect(svg).not.toMatch(/<script|<img|onerror=/i);
    expect(svg).toContain('A&#x3C;/title>&#x3C;script>alert(1)&#x3C;/script>');
  });
});
