/**
 * A period named from the time of writing ("last year", "this quarter"), dated by the article's
 * publication: split from figure-scope.ts, which reads the period from the sentence.
 */
import type { FigureScope } from './figure-scope.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The calendar year (and quarter or half) of a period named relative to a publication date: "last year" in a 2025 article is 2024. */
export function datedPeriod(s: FigureScope, published: string | undefined): Partial<FigureScope> {
  const y = published ? Number(published.slice(0, 4)) : NaN;
  const m = published ? Number(published.slice(5, 7)) : NaN;
  if (!Number.isFinite(y) || !Number.isFinite(m)) return {};
  // "This month", "last month": the month itself, of the year it falls in.
  if (s.period === 'month') {
    const index = y * 12 + m - 1 + s.relative!;
    return { year: String(Math.floor(index / 12)), month: MONTHS[index % 12]!.slice(0, 3) };
  }
  const per = s.period === 'quarter' ? 4 : s.period === 'half' ? 2 : s.period === 'year' ? 1 : 0;
  if (!per) return {};
  // Periods counted from the start of the year of publication, moved by the relative word.
  const index = y * per + Math.floor(((m - 1) * per) / 12) + s.relative!;
  const year = String(Math.floor(index / per));
  return per === 1 ? { year } : { year, nth: String((index % per) + 1) };
}
