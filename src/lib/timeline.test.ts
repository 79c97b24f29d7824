import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../scripts/knowledge/events.ts';
import { timelinePages } from './timeline.ts';

const event = (date: string, kind: TimelineEvent['kind'] = 'stated'): TimelineEvent => ({ date, kind, source: 's', sourceTitle: 'S', entities: [] });

describe('timelinePages', () => {
  it('cuts the story, then the historical references, into pages, a date continuing on the next page', () => {
    const events = [event('1957', 'historical'), ...Array.from({ length: 5 }, () => event('2024')), event('2025-01', 'publication')];
    const pages = timelinePages(events, 3);
    const shape = pages.map((p) => p.map((s) => `${s.part}:${s.date}:${s.before}+${s.events.length}/${s.total}`));
    expect(shape).toEqual([
      ['story:2024:0+3/5'],
      ['story:2024:3+2/5', 'story:2025-01:0+1/1'],
      ['historical:1957:0+1/1'],
    ]);
  });

  it('gives an empty timeline one empty page', () => {
    expect(timelinePages([], 3)).toEqual([[]]);
  });
});
