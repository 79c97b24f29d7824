import type { TimelineEvent, TimelineKind } from '../../scripts/knowledge/events.ts';

/** Events per page of the timeline (/timeline/, /timeline/2/, …): no page grows without bound. */
export const EVENTS_PER_PAGE = 250;

/** How each kind of date is named on the page: in words, not only by colour. */
export const KIND_LABELS: Record<TimelineKind, string> = {
  publication: 'Published',
  stated: 'Date stated',
  historical: 'Historical reference',
  inferred: 'Inferred from the article’s date',
};

/** Events grouped by date, in date order (the timeline is sorted already). */
export function byDate(events: readonly TimelineEvent[]): [string, TimelineEvent[]][] {
  return [...Map.groupBy(events, (e) => e.date)];
}

/** The events of one date on one page of the timeline. */
export interface DateSection {
  date: string;
  /** In the story, or among the historical references (listed after it). */
  part: 'story' | 'historical';
  events: TimelineEvent[];
  /** Events of this date on earlier pages (0 where the date starts on this page). */
  before: number;
  /** All events of this date. */
  total: number;
}

/**
 * The timeline cut into pages of at most `perPage` events: the story's dates in order, then the
 * historical references. Every date has its section (`#d-<date>`) on the page where it starts; a
 * date with more events than fit continues at the top of the next page. Replaces a page per date.
 */
export function timelinePages(events: readonly TimelineEvent[], perPage = EVENTS_PER_PAGE): DateSection[][] {
  const groups = [
    ...byDate(events.filter((e) => e.kind !== 'historical')).map(([date, list]) => ({ date, list, part: 'story' as const })),
    ...byDate(events.filter((e) => e.kind === 'historical')).map(([date, list]) => ({ date, list, part: 'historical' as const })),
  ];
  const pages: DateSection[][] = [[]];
  let room = perPage;
  for (const g of groups) {
    for (let at = 0; at < g.list.length; ) {
      if (room === 0) {
        pages.push([]);
        room = perPage;
      }
      const take = Math.min(room, g.list.length - at);
      pages.at(-1)!.push({ date: g.date, part: g.part, events: g.list.slice(at, at + take), before: at, total: g.list.length });
      at += take;
      room -= take;
    }
  }
  return pages;
}
