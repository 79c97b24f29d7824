import { BODY_NAME } from './byline.ts';
export { BODY_NAME };
import { isSectionLine } from './headline.ts';
import { parseDateline } from './dates.ts';
import type { Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * What a masthead states besides the site's name: a public body's long name, its office holder, the
 * office within it that issued a release, a channel's audience, a roster of speakers, a section of the outlet.
 */

/** An office before a name ("Chairman Reid Calloway"): above the headline, the office holder in a masthead, not a byline. */
export const OFFICE = /^(?:chair(?:man|woman)?|ranking member|senator|sen\.|rep\.|representative|congress(?:man|woman)|minister|secretary|governor|mayor|president|ambassador|spokes(?:person|man|woman))\s+\p{Lu}/iu;
/** An office within a body: "Department of Foreign Trade", "Press Office". */
export const UNIT = /^(?:(?:the\s+)?(?:department|office|division|bureau|section)\s+of\b|[\p{L} ]+\s(?:office|division|department)$)/iu;
/** An audience counter: "486K subscribers", "12,408 followers", "3.1M members". */
export const AUDIENCE = /^[\d.,]+\s?[KMB]?\s+(?:subscribers|followers|members)$/i;
/** "Robin Li - Co-Founder and CEO", "Alicia Yap - Citigroup": a name with a role or firm, in a roster. */
export const ROSTER_LINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+[-–—]\s+\S.{0,80})?$/u;
/**
 * "LatePost Tech" over a text that names "LatePost" alone and never the whole name: the site line names
 * the outlet's section or channel (a name and a section word), and the outlet is the name the text uses.
 */
export function outletOfDesk(name: string, body: readonly Unit[]): string {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !isSectionLine(ws.at(-1)!)) return name;
  const outlet = ws.slice(0, -1).join(' ');
  if (isSectionLine(outlet)) return name;
  const whole = new RegExp(`(?<![\\p{L}\\d])${RegExp.escape(outlet)}(?![\\p{L}\\d])`, 'u');
  const text = body.map((u) => u.text);
  return text.some((t) => t.includes(name)) || text.filter((t) => whole.test(t)).length < 2 ? name : outlet;
}

/**
 * Publishers a header line names that are only the issuer of a release: "Source: Department of X" beside the
 * date of a body's release (the office within the body in the masthead), and "Source: Company" beside the
 * date of a release a wire distributes ("CITY, date (WIRE NAME) --": the wire publishes it).
 */
export function dropIssuers(segments: Map<number, Segment>, us: readonly Unit[], taken: ReadonlyMap<number, Segment>, titleLine: number, end: number): void {
  const masthead = [...segments.values()].some((s) => s.kind === 'meta' && s.role === 'publisher' && !!s.value && BODY_NAME.test(s.value) && s.line < titleLine);
  const lead = us.findIndex((_, k) => k >= end && !taken.has(k) && !segments.has(k));
  const wire = lead >= 0 && !!parseDateline(us[lead]!.text)?.publisher;
  for (const [i, s] of segments) {
    if ((s.kind === 'date' || s.kind === 'byline') && s.publisher && ((masthead && UNIT.test(s.publisher)) || (wire && /\bsource\s*:/i.test(s.text)))) segments.set(i, { ...s, publisher: undefined });
  }
}
