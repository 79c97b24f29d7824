import { describe, expect, it } from 'vitest';
import { formatIsoDate, isReadingTime, isYearlessDateLine, parseDateLine, parseDateline, parsePlaceDateLine, splitGluedReadingTime } from './dates.ts';

describe('parseDateLine', () => {
  it.each([
    ['Jan 3, 2025', '2025-01-03'],
    ['December 26, 2024, 9:45 pm', '2024-12-26T21:45'],
    ['Published: March 5, 2024', '2024-03-05'],
    ['20 January 2025 14:05', '2025-01-20T14:05'],
    ['2025-01-20', '2025-01-20'],
    ['2031-03-12T06:45:00+01:00', '2031-03-12T06:45'],
    ['2031-03-12 06:45', '2031-03-12T06:45'],
    ['Updated 7:05 a.m. ET, Mar 12, 2031', '2031-03-12T07:05'],
    ['Last updated: 12 March 2031, 18:20 GMT', '2031-03-12T18:20'],
    ['03/12 2031', '2031-03-12'],
    ['[Submitted on 12 Mar 2031 (v1), last revised 2 Apr 2031 (this version, v3)]', '2031-03-12'],
    ['Release date: 2031-03-12 10:30', '2031-03-12T10:30'],
    ['This version: March 12, 2031', '2031-03-12'],
    ['Publication date: 12 March 2031', '2031-03-12'],
    ['Published Date: 2031-03-12', '2031-03-12'],
    ['Updated date: 12 March 2031', '2031-03-12'],
    ['2031.03.12', '2031-03-12'],
    ['Posted on 2031/3/9', '2031-03-09'],
    ['March 12, 20317:05 AM GMT+8Updated 2 days ago', '2031-03-12T07:05'],
    ['March 12, 2031 07:30 AM Eastern Daylight Time', '2031-03-12T07:30'],
    ['12.03.2031, 09:41 Uhr', '2031-03-12T09:41'],
    ['April 2, 2031 08:00 AM Malaysia Time', '2031-04-02T08:00'],
    // Forms of other languages' templates and of translated pages.
    ['Erstellt 2031.03.12 09:05 Aktualisiert 2031.03.12 11:40', '2031-03-12T09:05'],
    ['Entry 2031/3/9 8:02 Edit 2031/3/10 9:00', '2031-03-09T08:02'],
    ['14/03/2031 - 08h30', '2031-03-14T08:30'],
    ['Publicado em 14/03/2031 às 08h30', '2031-03-14T08:30'],
    ['Mis à jour le 14/03/2031 à 9h05', '2031-03-14T09:05'],
    ['03.14.2031', '2031-03-14'],
    ['14.03.2031', '2031-03-14'],
    // The printed page the story ran on, glued or not.
    ['Fri, Jan 31, 2031 page10', '2031-01-31'],
    ['3 March 2031, p. A4', '2031-03-03'],
    ['Mar 3, 2031 Page 12', '2031-03-03'],
    // A slashed date beside a European clock is day first; beside an American one, month first.
    ['Published on 11/02/2031 - 18:32 GMT+1', '2031-02-11T18:32'],
    ['11/02/2031 09:10 CET', '2031-02-11T09:10'],
    ['11/02/2031 9:10 AM ET', '2031-11-02T09:10'],
    // A two-digit year before a time (the only date line without four digits in a row), bare or in brackets.
    ['03/14/31 6:12 PM ET', '2031-03-14T18:12'],
    ['[03/14/31 6:12 PM]', '2031-03-14T18:12'],
  ])('reads %j as %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each(['2031-02-30', 'In 2024 prices fell by 90%.', 'Founded date: 1999', 'January 2025', 'Employees: 10001+', 'Jan 3', 'Budget 2031/03/12', 'Ferry timetable from 2031.03.12 to 2031.04.01 and more', 'Jan 31 page10', '03/14/31', 'Score 3/14 12:05', 'Jan 3, 31 9:10 AM'])(
    'does not invent a date from %j',
    (line) => {
      expect(parseDateLine(line)).toBeUndefined();
    },
  );
});

describe('publication and update on one line', () => {
  it('takes the date labelled as the publication, whichever stands first; a created date is a publication date', () => {
    expect(parseDateLine('Last Updated: Mar. 4, 2031 at 5:02 p.m. ET First Published: Mar. 3, 2031 at 10:14 a.m. ET')?.iso).toBe('2031-03-03T10:14');
    expect(parseDateLine('Updated 4 March 2031, 09:00 · Posted 3 March 2031, 18:20')?.iso).toBe('2031-03-03T18:20');
    expect(parseDateLine('Published Mar 3, 2031 Updated Mar 4, 2031')?.iso).toBe('2031-03-03');
    expect(parseDateLine('Created: March 2, 2031 10:14 PM')?.iso).toBe('2031-03-02T22:14');
    expect(parseDateLine('Last edited: March 3, 2031 9:02 AM')?.iso).toBe('2031-03-03T09:02');
    // Both years glued to their times, as a copy of two spans leaves them.
    expect(parseDateLine('Published Wed, Mar 12 20318:30 AM EDT Updated Wed, Mar 12 20319:00 AM EDT')?.iso).toBe('2031-03-12T08:30');
  });
});

describe('header date forms', () => {
  it('reads a place and agency before a date', () => {
    expect(parsePlaceDateLine('Oslo (Nordic Wire) April 2, 2031')).toEqual({ iso: '2031-04-02', hasTime: false, publisher: 'Nordic Wire' });
  });

  it('reads wire datelines, keeping the date only when it has a year', () => {
    expect(parseDateline('OSLO, April 2 (Nordic Wire) - The operator said')).toEqual({ text: 'OSLO, April 2 (Nordic Wire) -', publisher: 'Nordic Wire' });
    expect(parseDateline('GDANSK, Poland, April 2, 2031 /Baltic Newswire/ -- The yard said')).toMatchObject({ publisher: 'Baltic Newswire' });
    expect(parseDateline('(Nordic Wire) -- The operator said')).toMatchObject({ publisher: 'Nordic Wire' });
    // A distribution service's release names its issuer by the short name it goes on to use, not only by its ticker.
    expect(parseDateline('GDANSK, Poland, April 2, 2031 /Baltic Newswire/ -- Ferrico Holdings S.A. ("Ferrico") today launched a ferry.')).toMatchObject({ publisher: 'Ferrico Holdings S.A.' });
    expect(parseDateline('OSLO--(NORDIC WIRE)--Fjord Ferries ASA (“FF” or the “Company”) today ordered three ships.')).toMatchObject({ publisher: 'Fjord Ferries ASA' });
    // A news wire's story about a company stays the wire's.
    expect(parseDateline('OSLO, April 2 (Nordic Wire) - Fjord Ferries ASA ("Fjord") today ordered three ships.')).toMatchObject({ publisher: 'Nordic Wire' });
    expect(parseDateline('GDANSK, Poland--(BALTIC WIRE)--The yard said')).toMatchObject({ publisher: 'BALTIC WIRE' });
    expect(parseDateline('OSLO/BERGEN, Apr 2 (Nordic Wire) - The operator said')).toMatchObject({ publisher: 'Nordic Wire' });
    expect(parseDateline('The operator (a listed firm) - said nothing.')).toBeUndefined();
  });

  it('reads datelines in other shapes: a place in title case, a state before the date, no dash after the agency', () => {
    expect(parseDateline('Oslo (NWA) – The operator said')).toEqual({ text: 'Oslo (NWA) –', publisher: 'NWA' });
    // A company and its ticker are no place and agency.
    expect(parseDateline('Ferrico (FRCO) – shares rose')).toBeUndefined();
    expect(parseDateline('SANTA ROSA, Calif., Mar. 12, 2031 (HARBOURWIRE) -- The yard said')).toMatchObject({ iso: '2031-03-12', publisher: 'HARBOURWIRE' });
    expect(parseDateline('Oslo, Mar. 12 (NWA) The operator said on Tuesday')).toEqual({ text: 'Oslo, Mar. 12 (NWA)', publisher: 'NWA' });
    expect(parseDateline('Oslo, Norway (NWA) The operator said')).toBeUndefined();
  });

  it('splits a date glued to a reading time, and knows reading times and dates without a year', () => {
    expect(splitGluedReadingTime('Apr 9, 203112 min read')).toEqual(['Apr 9, 2031', '12 min read']);
    expect(splitGluedReadingTime('Sat, Apr 9, 2031, 6:10 PM 4 min read')).toEqual(['Sat, Apr 9, 2031, 6:10 PM', '4 min read']);
    expect(splitGluedReadingTime('Apr 9, 2031 · 4 min read')).toEqual(['Apr 9, 2031', '4 min read']);
    // The reading time first, glued to the date after it.
    expect(splitGluedReadingTime('4 min read9 Apr 2031, 06:10 PM IST')).toEqual(['9 Apr 2031, 06:10 PM IST', '4 min read']);
    expect(splitGluedReadingTime('4 min read')).toBeUndefined();
    expect(parsePlaceDateLine('Posted on 2031.04.09 by webmaster')?.iso).toBe('2031-04-09');
    expect(parsePlaceDateLine('Bergen, March 12, 2031')).toEqual({ iso: '2031-03-12', hasTime: false });
    expect(parsePlaceDateLine('New York, March 12')).toBeUndefined();
    expect(parsePlaceDateLine('Ferries, trains and the grid in 2031')).toBeUndefined();
    expect(isReadingTime('Reading time: 4 minutes')).toBe(true);
    expect(isReadingTime('5-minute read')).toBe(true);
    expect(isReadingTime('The crossing takes 5 minutes.')).toBe(false);
    expect(isYearlessDateLine('- Apr 9')).toBe(true);
    expect(isYearlessDateLine('Apr 9, 2031')).toBe(false);
    // A mail client's header with the message's age in brackets: still no year.
    expect(isYearlessDateLine('Tue, Mar 4, 9:02 AM (2 days ago)')).toBe(true);
    expect(isYearlessDateLine('Tue, Mar 4, 2031, 9:02 AM (2 days ago)')).toBe(false);
  });
});

describe('formatIsoDate', () => {
  it('shows ISO dates readably without changing them', () => {
    expect(formatIsoDate('2025-01-03')).toBe('3 January 2025');
    expect(formatIsoDate('2024-12-26T21:45')).toBe('26 December 2024, 21:45');
    expect(formatIsoDate('2022')).toBe('2022');
    expect(formatIsoDate('2025-01')).toBe('January 2025');
  });
});

describe('date forms of exports, ministries and foreign editions', () => {
  it("reads JavaScript's Date.toString() as the clock it writes, without its offset or zone name", () => {
    expect(parseDateLine('Sat Mar 01 2031 17:05:09 GMT-0800 (Pacific Standard Time)')?.iso).toBe('2031-03-01T17:05');
    expect(parseDateLine('Mon Jan 06 2031 08:00:00 GMT+0530')?.iso).toBe('2031-01-06T08:00');
  });

  it('reads "Publish Date：" with a full-width colon, and a place, a dash, the date, a dash and the time', () => {
    expect(parseDateLine('Publish Date：2031-06-15')?.iso).toBe('2031-06-15');
    expect(parseDateLine('Release date: 2031-01-02')?.iso).toBe('2031-01-02');
    expect(parsePlaceDateLine('Oslo - Mar 12, 2031 - 05:30 CET')?.iso).toBe('2031-03-12T05:30');
    expect(parsePlaceDateLine('Oslo - March 3, 2031')?.iso).toBe('2031-03-03');
    // A range keeps its hyphen: no one day.
    expect(parseDateLine('27 Jan 2031 - 14 Mar 2031')).toBeUndefined();
    expect(parsePlaceDateLine('Ferries - the 2031 plan')).toBeUndefined();
    // Before a dash, a person's name is a byline's, not a place.
    expect(parsePlaceDateLine('Jonas Prellwitz – Mar 11, 2031 9:15 pm UTC')).toBeUndefined();
  });

  it('takes the date labelled "Originally" over the update written first', () => {
    expect(parseDateLine('Updated March 27, 2031, 4:28 pm EST / Originally March 27, 2031, 9:41 am EST')?.iso).toBe('2031-03-27T09:41');
  });
});

describe('parseDateLine: month and day names of other languages', () => {
  it.each([
    ['Actualizado Jueves, 6 marzo 2031 - 09:10', '2031-03-06T09:10'],
    ['14 de marzo de 2031', '2031-03-14'],
    ['Mis à jour le 3 avril 2031 à 14h05', '2031-04-03T14:05'],
    ['5. Mai 2031, 08:30 Uhr', '2031-05-05T08:30'],
    ['sexta-feira, 7 de março de 2031', '2031-03-07'],
    // A weekday in brackets between the date and its time (a translated East Asian page).
    ['2031/04/08 (Tuesday) 10:25', '2031-04-08T10:25'],
  ])('%s → %s', (line, iso) => expect(parseDateLine(line)?.iso).toBe(iso));
  it.each([['Presupuesto 2031 aprobado'], ['12 febrero'], ['Ventas de marzo 2031 y abril']])('%s is no date line', (line) => expect(parseDateLine(line)).toBeUndefined());
});

describe('parsePlaceDateLine: an agency in brackets', () => {
  it('takes a capitalised name in brackets as the agency, not a form note', () => {
    expect(parsePlaceDateLine('Oslo (Harbour Press) March 3, 2031')?.publisher).toBe('Harbour Press');
    expect(parsePlaceDateLine('Date of Report (Date of the first event noted): March 3, 2031')?.publisher).toBeUndefined();
  });
});
