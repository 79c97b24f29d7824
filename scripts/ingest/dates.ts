import * as chrono from 'chrono-node';

/** A calendar date (with optional time) read from text, without any invented part. */
export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the text gives a time. No time zone is added. */
  iso: string;
  hasTime: boolean;
}

/** Optional labels that may precede a date line: "Published: Jan 3, 2025", "Updated on …". */
const DATE_LABEL = /^(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads a line that is *only* a date ("Jan 3, 2025", "December 26, 2024, 9:45 pm").
 * Returns undefined unless chrono's strict parser finds a date with a certain year, month and
 * day covering the whole line (apart from a label and punctuation): a sentence that merely
 * contains a date is not a date line.
 */
export function parseDateLine(line: string): ParsedDate | undefined {
  const text = line.trim().replace(DATE_LABEL, '');
  if (text.length < 6 || text.length > 60 || !/\d{4}/.test(text)) return undefined;
  const results = chrono.strict.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (results.length !== 1) return undefined;
  const [r] = results as [chrono.ParsedResult];
  const rest = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(/[\s,.;–—-]/g, '');
  if (rest !== '') return undefined;
  const s = r.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return undefined;
  const day = `${pad(s.get('year')!, 4)}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  if (!s.isCertain('hour')) return { iso: day, hasTime: false };
  return { iso: `${day}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`, hasTime: true };
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-12-26T21:45" → "26 December 2024, 21:45"; "2025-01" → "January 2025"; "1957" → "1957". */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, t] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}${t ? `, ${t}` : ''}`;
}
