import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (line: string) => {
  const v = lineChrome(line);
  return v === undefined ? undefined : 'credit' in v ? 'credit' : v.reason;
};

describe('photo viewers, follow counts, link lines and chart captions', () => {
  it.each([
    ['Open this photo in gallery:', 'image'],
    ['View image in full screen', 'image'],
    ['Expand photo', 'image'],
    ['Enlarge this picture:', 'image'],
    ['48 Following', 'widget'],
    ['1.2K following', 'widget'],
    ['READ: Ferry maker signs battery deal with Oslo yard', 'related links'],
    ['Watch: How a harbour crane is built', 'related links'],
    ['SEE: The ten busiest ports in Europe', 'related links'],
    ['Harbour authority opens a new terminal02/06/2025', 'related links'],
    ['Ferry maker signs a deal with a Bergen yard2025-03-14', 'related links'],
    // A caption with its photographer and outlet glued to its full stop; a chart's label with its source.
    ['The new terminal in Bergen. The yard has built 14 ferries to date.Kari Hansen/The Fjord Post', 'credit'],
    ['Ferry fares per trip, NOK. Source: operator price lists, Nordic Transit Research.', 'credit'],
    ['Battery capacity by ship class. Sources: company filings', 'credit'],
  ])('%s → %s', (line, want) => expect(reason(line)).toBe(want));

  it.each([
    'Read: the operator said it would double its fleet by next year.',
    'See the full timetable on the operator’s site before you travel.',
    'The operator opened the terminal on 02/06/2025 after two years of work.',
    'The fares were raised twice. Source: the operator, which said costs rose.',
    'Fares rose 4% in a year. Source: operator data shows the rise was steepest in winter.',
    'Following the deal, the yard hired 40 more welders.',
    'Open the gallery doors at nine, the curator said.',
  ])('keeps the prose line %s', (line) => expect(reason(line)).toBeUndefined());
});
