import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseDateLine } from './dates.ts';

describe('parseDateLine', () => {
  it.each([
    ['Jan 3, 2025', '2025-01-03'],
    ['December 26, 2024, 9:45 pm', '2024-12-26T21:45'],
    ['Published: March 5, 2024', '2024-03-05'],
    ['20 January 2025 14:05', '2025-01-20T14:05'],
    ['2025-01-20', '2025-01-20'],
  ])('reads %j as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each(['In 2024 prices fell by 90%.', 'Founded date: 1999', 'January 2025', 'Employees: 10001+', 'Jan 3'])(
    'does not invent a date from %j',
    (line) => {
      expect(parseDateLine(line)).toBeUndefined();
    },
  );
});

describe('formatIsoDate', () => {
  it('shows ISO dates readably without changing them', () => {
    expect(formatIsoDate('2025-01-03')).toBe('3 January 2025');
    expect(formatIsoDate('2024-12-26T21:45')).toBe('26 December 2024, 21:45');
    expect(formatIsoDate('2022')).toBe('2022');
    expect(formatIsoDate('2025-01')).toBe('January 2025');
  });
});
