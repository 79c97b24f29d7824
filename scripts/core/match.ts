/**
 * Entity matching: finds where the gazetteer's names and aliases occur in a text. Used by the
 * ingest's `link` stage, the knowledge layer, the checks and the site (topic pages), so it lives in
 * the domain core.
 */
import type { Entity } from './entity.ts';

/** A compiled gazetteer: one regular expression over every name and alias, longest first. */
export interface Matcher {
  regex: RegExp;
  byAlias: ReadonlyMap<string, Entity>;
  bySlug: ReadonlyMap<string, Entity>;
}

/** A place where an entity is named in a text. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

/**
 * Compiles the gazetteer. Names and aliases match case-sensitively, as whole words: not inside a
 * longer word or number ("R1" does not match in "TR1" or "R12"), and the longest alias wins where
 * several start at the same place ("DeepSeek-R1" before "DeepSeek"). Nor as the front of a longer version
 * number: "V3" names no model in "V3.2-Exp", nor "Llama 3" in "Llama 3.1" — each is another release.
 */
export function compileGazetteer(entities: readonly Entity[]): Matcher {
  const byAlias = new Map<string, Entity>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) byAlias.set(a, e);
  const alternatives = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((a) => RegExp.escape(a));
  // An empty gazetteer matches nothing.
  const body = alternatives.length ? alternatives.join('|') : '(?!)';
  const bySlug = new Map(entities.map((e) => [e.slug, e]));
  // Nor as a currency's prefix ("US$23.7 billion" names no country).
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})(?![\\p{L}\\p{N}_$]|[-.]\\p{N})`, 'gu'), byAlias, bySlug };
}

/** Every mention in a text, left to right, not overlapping. */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  // An exec loop, not matchAll, which copies the (large) pattern on every call. Never an empty match.
  const re = matcher.regex;
  const out: Mention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ entity: matcher.byAlias.get(m[0])!.slug, start: m.index, end: m.index + m[0].length });
  return out;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A sentence's end the segmenter misses: it never breaks before a lower-case letter, but a name
 * written with an inner capital ("xAI", "iPhone", "eBay", "iOS") opens a sentence in lower case.
 * Not after an initial or an abbreviation with inner dots ("U.S. iPhone sales", "e.g. iOS"), nor "vs.".
 */
const MISSED_END = /(?<![\s.]\p{L}|\.\p{L}{1,3}|\bvs|\bcf)[.!?]["'”’)\]]*\s+(?=\p{Ll}+\p{Lu})/gu;

/** The sentences of a text with their offsets. */
export function sentencesOf(text: string): { text: string; start: number; end: number }[] {
  // Walked with `containing`, which reuses the segmenter's break iterator; iterating the segments copies it once more per text.
  const segments = sentenceSegmenter.segment(text);
  const out: { text: string; start: number; end: number }[] = [];
  const push = (start: number, end: number) => out.push({ text: text.slice(start, end).trim(), start, end });
  for (let at = 0; at < text.length; ) {
    const s = segments.containing(at)!;
    const end = s.index + s.segment.length;
    let from = s.index;
    if (/\s\p{Ll}+\p{Lu}/u.test(s.segment)) {
      for (const m of s.segment.matchAll(MISSED_END)) {
        push(from, s.index + m.index + m[0].length);
        from = s.index + m.index + m[0].length;
      }
    }
    push(from, end);
    at = end;
  }
  return out;
}
