import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';

/** A header whose standfirst, written as sentences, stops the walk above the writer's name and the date. */
const page = (above: string[], date: string) =>
  read(['Harbour Gazette', 'Port authority orders three electric tugs for the northern quay', 'The order is the largest in the port’s history. Two more may follow if the trial goes well.', ...above, date, BODY, BODY].join('\n'));

describe('the date and byline under a dek the header walk stopped at', () => {
  it('reads a name in capitals and a place above a date in another language', () => {
    const m = meta(page(['MARTA GIL-OSORIO', 'Bilbao'], 'Actualizado Jueves, 6 marzo 2031 - 09:10'));
    expect(m.date).toBe('2031-03-06T09:10');
    expect(m.authors).toEqual(['Marta Gil-Osorio']);
  });
  it('reads a name under an author label', () => {
    const m = meta(page(['Author of the article:', 'Tomas Lindqvist'], 'Published Mar 06, 2031'));
    expect(m.date).toBe('2031-03-06');
    expect(m.authors).toEqual(['Tomas Lindqvist']);
  });
  it('reads a date alone below a list of key points', () => {
    const m = meta(page(['Key points:', 'Tugs will run on shore power.', 'Crews start training in May.'], 'Thursday, March 06, 2031'));
    expect(m.date).toBe('2031-03-06');
    expect(m.authors).toEqual([]);
  });
});
