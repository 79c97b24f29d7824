import type { TimelineEvent, TimelineKind } from '../../scripts/knowledge/events.ts';

/** Events shown per date on /timeline/; a date with more gets its own page, /timeline/<date>/. */
export const SHOWN = 12;

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

/** Dates with more events than {@link SHOWN}: only these get a page of their own (no one-line pages). */
export function datesWithOwnPage(events: readonly TimelineEvent[]): [string, TimelineEvent[]][] {
  return byDate(events).filter(([, list]) => list.length > SHOWN);
}
