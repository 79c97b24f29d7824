/**
 * When a figure holds, where its sentence does not date it: "now", the present tense, a state a change
 * reached ("fell to 6%"), a month without a year. Split from disagreements.ts, which dates figures by these.
 */
import compromise from 'compromise';

/** "Now", "currently", "today" before a figure: it is as of the day of writing; so is one stated for a weekday of the week of writing ("valued at $4 trillion on Wednesday"). */
export const NOW = /\b(?:now|currently|today|(?:on|by|at|as of)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** A valuation stated in the present tense ("Orbis is valued at", "which is worth"): what it is worth on the day of writing, not a past round's. By compromise's tenses. */
export function isNow(sentence: string, text: string): boolean {
  const at = sentence.indexOf(text);
  const clause = sentence.slice(0, Math.max(0, at)).split(/[;:—–]|,\s(?!which\b)/).at(-1)!;
  if (!/\b(?:is|are)\b/i.test(clause)) return false;
  const verbs = compromise(clause).verbs().json() as { text: string; verb?: { grammar?: { tense?: string } } }[];
  return verbs.some((v) => v.verb?.grammar?.tense === 'PresentTense' && /\b(?:is|are)\b/i.test(v.text));
}

/** The sentence up to a figure, and the rest of the figure's clause after it (to the next comma or semicolon, 40 characters at most). */
export function nearText(sentence: string, text: string): string {
  const at = Math.max(0, sentence.indexOf(text));
  const after = sentence.slice(at + text.length, at + text.length + 40);
  return `${sentence.slice(0, at)} ${after.slice(0, after.search(/[,;:—–]|$/))}`;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The middle of a month (days since 1970), its year given or else the latest not after the publication date; NaN if neither is known. */
export function monthDay(month: string, year: string | undefined, published: string | undefined): number {
  const m = MONTHS.indexOf(month);
  const py = published ? Number(published.slice(0, 4)) : NaN;
  const pm = published ? Number(published.slice(5, 7)) - 1 : NaN;
  const y = year ? Number(year) : m > pm ? py - 1 : py;
  return m < 0 || !Number.isFinite(y) ? NaN : Date.UTC(y, m, 15) / 86_400_000;
}


/** A level a change reached, stated with no period ("fell to about $2.77 billion, or roughly 6%", "has climbed to 30%"): the state as of writing. */
const REACHED = /\b(?:fell|fallen|dropped|declined|slipped|sank|sunk|shrank|shrunk|rose|risen|climbed|grew|grown|jumped|increased|decreased|reached)\s+(?:(?:sharply|slightly|further|steadily)\s+)?to\s+(?:[^,;]{1,40},\s*or\s+)?$/i;
/** Whether the figure `text` in `sentence` is a level a change reached ({@link REACHED}). */
export const isReached = (sentence: string, text: string) => REACHED.test(sentence.slice(Math.max(0, sentence.indexOf(text) - 80), Math.max(0, sentence.indexOf(text))));

/** The last day (since 1970) of a calendar year. */
export const yearEnd = (year: string) => Date.UTC(Number(year), 11, 31) / 86_400_000;
