import { describe, expect, it } from 'vitest';
import { link } from '../ingest/link.ts';
import { compileGazetteer } from '../core/match.ts';
import type { Article } from '../core/article.ts';
import { articleTimeline, relativeDates, storyYear } from './events.ts';
import type { Entity } from '../core/entity.ts';

// Invented names and sentences: nothing here comes from the seed articles.
const entities: Entity[] = [
  { name: 'Quarry Labs', slug: 'quarry-labs', type: 'organisation', description: 'An invented laboratory for tests.', aliases: [] },
  { name: 'Q-9', slug: 'q-9', type: 'model', description: 'An invented model for tests.', aliases: [] },
];
const matcher = compileGazetteer(entities);

function article(text: string[], date?: string): ReturnType<typeof link> {
  const a: Article = {
    slug: 'invented',
    file: 'content/articles/invented.txt',
    title: 'An invented article',
    titleInferred: false,
    ...(date ? { date: { iso: date, text: date } } : {}),
    authors: [],
    topics: [],
    body: text.map((t, i) => ({ type: 'paragraph' as const, id: `p${i + 1}`, n: i + 1, text: t, line: i + 3, links: [] })),
    credits: [],
    metadataLines: [],
    boilerplate: [],
    encoding: 'utf-8',
    warnings: [],
    words: 0,
  };
  return link(a, matcher);
}

const BODY = [
  'Quarry Labs released Q-9 in November, weeks after its rival. The lab was founded last year.',
  'Its chief scientist said earlier this month that the next model will ship next year.',
  'Quarry Labs recently opened an office. The idea echoes the 1969 Moon landing.',
  'The March of progress continues, and the team now meets on Monday at 5 pm.',
];

describe('relative dates', () => {
  it('resolves them against the publication date, at the precision the phrase gives', () => {
    const { events } = articleTimeline(article(BODY, '2031-02-14'), matcher);
    const inferred = events.filter((e) => e.kind === 'inferred').map((e) => [e.date, e.phrase, e.p, e.from]);
    expect(inferred).toEqual([
      ['2030-11', 'in November', 1, '2031-02-14'],
      ['2030', 'last year', 1, '2031-02-14'],
      ['2031-02', 'this month', 2, '2031-02-14'],
    ]);
    const nov = events.find((e) => e.phrase === 'in November');
    // The event points at its sentence: paragraph and offsets.
    expect(BODY[nov!.p! - 1]!.slice(nov!.start, nov!.end)).toBe('Quarry Labs released Q-9 in November, weeks after its rival.');
    expect(nov?.entities).toEqual(['quarry-labs', 'q-9']);
  });

  it('places nothing from an undated article, and says why', () => {
    const { events, unplaced } = articleTimeline(article(BODY), matcher, 2031);
    expect(events.filter((e) => e.kind === 'inferred' || e.kind === 'publication')).toEqual([]);
    expect(unplaced.find((u) => u.phrase === 'in November')?.reason).toMatch(/no publication date/);
  });

  it('does not place "recently" or a date after the article, and says why', () => {
    const { unplaced } = articleTimeline(article(BODY, '2031-02-14'), matcher);
    const byPhrase = Object.fromEntries(unplaced.map((u) => [u.phrase, u.reason]));
    expect(byPhrase.recently).toBe('it gives no date, only that it was before the article’s date (14 February 2031)');
    expect(byPhrase['next year']).toMatch(/^it resolves to 2032, after the article’s date \(14 February 2031\)/);
  });

  it('keeps historical references and publication dates apart from the story', () => {
    const { events } = articleTimeline(article(BODY, '2031-02-14'), matcher);
    expect(events.filter((e) => e.kind === 'historical').map((e) => e.date)).toEqual(['1969']);
    expect(events.filter((e) => e.kind === 'publication').map((e) => e.date)).toEqual(['2031-02-14']);
    // Undated: the latest publication year of the corpus decides what is historical.
    expect(articleTimeline(article(BODY), matcher, storyYear([{ date: { iso: '2031-01-01', text: '' } }])).events.map((e) => e.kind)).toEqual(['historical']);
  });

  it('ignores absolute dates, "now", bare weekdays, clock times and month names used as words', () => {
    expect(relativeDates('The March of progress continues, and the team now meets on Monday at 5 pm.', new Date(Date.UTC(2031, 1, 14)))).toEqual([]);
    expect(relativeDates('It shipped on 3 May 2030.', new Date(Date.UTC(2031, 1, 14)))).toEqual([]);
    expect(relativeDates('It shipped in May.', new Date(Date.UTC(2031, 1, 14, 12)))).toEqual([{ phrase: 'in May', date: '2030-05' }]);
  });
});
