import type { Segment } from '../core/article.ts';
import { JOB_WORD } from './byline-names.ts';
import { BODY_NAME, OUTLET_WORD } from './outlet-name.ts';
import { CRUMB, isCjk } from './headline.ts';
import { words, type Unit } from './units.ts';

/**
 * Features of the header's candidate lines for the headline, for the learned ranker (header-rank.ts).
 * Each is a layout-agnostic property of the line and its neighbours — where it stands, its shape, what
 * stands under it, whether the text or the URL repeats its words — scaled to about 0…1, so one
 * logistic model weighs them. The rules' own choice is one feature among them.
 */

/** What a feature row is computed from: the header as readHeader sees it when it chooses the headline. */
export interface TitleContext {
  us: readonly Unit[];
  /** The lines without their Markdown marks. */
  ts: readonly string[];
  /** The header's lines that may be the headline, in order. */
  candidates: readonly number[];
  /** Header lines read so far (dates, bylines, site names…). */
  segments: ReadonlyMap<number, Segment>;
  /** Lines taken as chrome or credits before the header was read. */
  taken: ReadonlyMap<number, Segment>;
  /** Index of the first unit after the header. */
  end: number;
  /** The line the hand-written rules chose. */
  ruleAt: number;
  isOutletLine: (t: string) => boolean;
  /** The headline as a line states it, without "| Outlet" or glued markup. */
  titleOf: (i: number) => { title: string; publisher?: string };
}

/** Names of the features, in the order of a row (the model stores them to refuse a row of another shape). */
export const TITLE_FEATURES = [
  'bias',
  'first candidate',
  'rank among candidates',
  'line index',
  'three words or fewer',
  'word count',
  'four words or more',
  'over fourteen words',
  'capitalised share',
  'all capitals',
  'ends with ? or !',
  'has a colon',
  'has digits',
  'markdown level-one heading',
  'date or byline under it',
  'section label above it',
  'repeated later in the text',
  'shares words with the URL slug',
  'shares words with the first paragraph',
  'shaped like an outlet name',
  'breadcrumb',
  'short lines around it',
  'outlet after a bar or dash',
  'first long candidate',
  'long candidates above it',
  'names a body or an outlet',
  'opens with a label and a colon',
  'in Chinese or Japanese script',
  'nearness of the date or byline below',
  'date or byline above it',
  'short line naming a job',
  'rules chose it',
] as const;

/** Words long enough to carry meaning, lower-cased (short function words say nothing about a match). */
const contentWords = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\d]{4,}/gu) ?? []);

/** The share of `a`'s words that are in `b`. */
function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}

const DATE_OR_BYLINE = new Set(['date', 'byline']);

/** One row of {@link TITLE_FEATURES} per candidate, in the order of `ctx.candidates`. */
export function titleFeatureRows(ctx: TitleContext): number[][] {
  const { us, ts, candidates, segments, taken, end } = ctx;
  const at = (k: number) => segments.get(k) ?? taken.get(k);
  // The original URL's last path part, split into words: a headline's words are often its slug.
  const url = [...segments.values()].find((s) => s.kind === 'meta' && s.role === 'url' && s.value);
  const slug = contentWords((url?.kind === 'meta' && url.value ? (url.value.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').at(-1) ?? '') : '').replace(/[-_.]+/g, ' '));
  // The first paragraphs of the body: a headline shares its words with the lede.
  const body = us.filter((u, k) => k >= end && !taken.has(k) && words(u.text) >= 20).slice(0, 2);
  const lede = contentWords(body.map((u) => u.text).join(' '));
  const later = new Set(us.slice(end).map((u) => u.text.trim()));
  const n = candidates.length;
  const count = (t: string) => (isCjk(t) ? Math.ceil(t.length / 2) : words(t.replace(/\s[/›»>|·•]\s/g, ' ').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')));
  const ws = candidates.map((i) => count(ts[i]!));
  return candidates.map((i, rank) => {
    const t = ts[i]!;
    const w = ws[rank]!;
    // Long lines above this one: a headline stands over its standfirst and highlights, not under them.
    const longAbove = ws.slice(0, rank).filter((x) => x >= 4).length;
    // How far down the first date or byline under it stands (in lines; 0: none in the header).
    let below = 0;
    for (let k = i + 1; k < Math.max(end, i + 2) && !below; k++) if (DATE_OR_BYLINE.has(at(k)?.kind ?? '')) below = k - i;
    const long = t.split(/\s+/).filter((x) => x.length >= 4);
    const split = ctx.titleOf(i);
    const mine = contentWords(split.title);
    // What stands under the line, past other candidates' lines at most two down: a date or a byline.
    const under = [i + 1, i + 2, i + 3].some((k) => DATE_OR_BYLINE.has(at(k)?.kind ?? ''));
    const above = at(i - 1);
    const shortAround = [i - 1, i + 1].filter((k) => k >= 0 && k < us.length && words(ts[k]!) <= 3 && !DATE_OR_BYLINE.has(at(k)?.kind ?? '')).length;
    return [
      1,
      rank === 0 ? 1 : 0,
      n > 1 ? rank / (n - 1) : 0,
      Math.min(i, 20) / 20,
      w <= 3 ? 1 : 0,
      Math.min(w, 20) / 20,
      w >= 4 ? 1 : 0,
      w > 14 ? 1 : 0,
      long.length ? long.filter((x) => /^\p{Lu}/u.test(x)).length / long.length : 0,
      /\p{L}/u.test(t) && !/\p{Ll}/u.test(t) ? 1 : 0,
      /[?!]["”’)]?$/u.test(t) ? 1 : 0,
      t.includes(':') ? 1 : 0,
      /\d/.test(t) ? 1 : 0,
      /^#\s/.test(us[i]!.text) ? 1 : 0,
      under ? 1 : 0,
      (above?.kind === 'meta' && above.role === 'section') || (above?.kind === 'boilerplate' && above.reason === 'navigation') ? 1 : 0,
      later.has(us[i]!.text.trim()) || later.has(split.title) ? 1 : 0,
      share(mine, slug),
      share(mine, lede),
      ctx.isOutletLine(t) ? 1 : 0,
      CRUMB.test(t) ? 1 : 0,
      shortAround / 2,
      split.publisher ? 1 : 0,
      w >= 4 && longAbove === 0 ? 1 : 0,
      Math.min(longAbove, 3) / 3,
      BODY_NAME.test(t) || OUTLET_WORD.test(t) ? 1 : 0,
      /^[\p{L}\d#. ]{1,20}:\s/u.test(t) ? 1 : 0,
      isCjk(t) ? 1 : 0,
      below > 0 ? 1 / below : 0,
      [...segments].some(([k, s]) => k < i && DATE_OR_BYLINE.has(s.kind)) ? 1 : 0,
      w <= 4 && JOB_WORD.test(t) ? 1 : 0,
      i === ctx.ruleAt ? 1 : 0,
    ];
  });
}

/** The headline of each candidate as the ranker would record it (for training labels). */
export const candidateTitles = (ctx: TitleContext) => ctx.candidates.map((i) => ctx.titleOf(i).title);
