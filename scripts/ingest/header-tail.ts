import { parsePlaceDateLine } from './dates.ts';
import { validUrl } from './header-line.ts';
import { plain } from './headline.ts';
import type { Segment } from '../core/article.ts';
import type { Unit } from './units.ts';

/**
 * Header facts stated at the end of an article instead of its top: a date line under the text, a
 * permalink line. Read only when the header gave none.
 */

/** A date line is looked for among the last few units when the header has none. */
const TAIL_UNITS = 4;

/** A permalink line at the end: "Permalink: https://…", "Canonical URL: https://…" (a bare "Source:" there may cite data). */
const TAIL_URL = /^(?:permalink|canonical(?: url| link)?|original (?:url|link|article))\s*:\s*(https?:\/\/\S+)$/i;

/** A DOI link alone on its line ("https://doi.org/10.48550/arXiv.2501.09914", "DOI: 10.1000/xyz"): the work's persistent address. */
const DOI_LINE = /^(?:doi\s*:?\s*)?(?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
/** A DOI is looked for among the first units: a paper's page prints its own near the top, and cites others' further down. */
const DOI_UNITS = 30;

/**
 * The article's own address stated in a labelled line among its last units, or as a DOI link near its
 * top (a paper's abstract page), when the header gave none.
 */
export function readTailUrl(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  if ([...taken.values()].some((s) => s.kind === 'meta' && s.role === 'url')) return out;
  for (let i = 0; i < Math.min(us.length, DOI_UNITS); i++) {
    const doi = DOI_LINE.exec(plain(us[i]!.text))?.[1];
    const url = doi && `https://doi.org/${doi}`;
    if (url && validUrl(url)) {
      out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
      return out;
    }
  }
  for (let i = us.length - 1; i >= Math.max(0, us.length - TAIL_UNITS * 2); i--) {
    const url = TAIL_URL.exec(plain(us[i]!.text))?.[1];
    if (url && validUrl(url)) {
      out.set(i, { kind: 'meta', role: 'url', value: url, line: us[i]!.line, text: us[i]!.text });
      break;
    }
  }
  return out;
}


/**
 * A date line at the end of the article ("Published on 3 March 2031" under the text), when the
 * header gave none: a whole line that is only a date is metadata wherever it stands.
 */
const LABEL_ABOVE = /^(?:joined|member since|saved|added|last seen|birthday|born)\s*:?$/i;
export function readTailDate(us: readonly Unit[], taken: ReadonlyMap<number, Segment>): Map<number, Segment> {
  const out = new Map<number, Segment>();
  if ([...taken.values()].some((s) => s.kind === 'date' || (s.kind === 'byline' && s.date))) return out;
  const open = us.map((_, i) => i).filter((i) => !taken.has(i)).slice(-TAIL_UNITS);
  for (const i of open) {
    const date = parsePlaceDateLine(us[i]!.text);
    // "Joined" over "Mar 12, 2021": an author card's date says when a profile began, not when the article appeared.
    if (date && !LABEL_ABOVE.test(us[i - 1]?.text ?? '')) {
      out.set(i, { kind: 'date', line: us[i]!.line, text: us[i]!.text, ...date });
      break;
    }
  }
  return out;
}
