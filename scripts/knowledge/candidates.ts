/**
 * Candidate entities: people, organisations and products that two or more articles name but the
 * gazetteer (content/entities.yaml) lacks, so a contributor can add them. People and organisations
 * are runs of capitalised words, told apart (person, organisation, other name; places, nationalities
 * and dates left out) by compromise's tagger; products are capitalised names holding a version
 * number or a hyphenated suffix ("Qwen2.5-Max", "Hunyuan-Large", "MiniMax-01").
 */
import nlp from 'compromise';
import type { Entity } from '../core/entity.ts';

/** A name worth adding to the gazetteer. */
export interface Candidate {
  name: string;
  /** 'name' for a proper noun the tagger could not place as a person or organisation ("Broadcom", "Kimi"). */
  type: 'person' | 'organisation' | 'product' | 'name';
  /** Articles naming it. */
  articles: number;
  /** Paragraphs naming it, in all articles. */
  mentions: number;
  /** Where it is named: one place per article (file and line of the first paragraph naming it). */
  where: { file: string; line: number }[];
}

/** What the finder needs of an article. */
export interface CandidateSource {
  file: string;
  body: readonly ({ type: 'paragraph'; text: string; line: number } | { type: string })[];
}

/** A name with a version or a hyphenated part: "Qwen2.5-Max", "Doubao-1.5-pro", "Hunyuan-Large". */
const PRODUCT = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{L}]+(?:[\p{N}][\p{L}\p{N}.]*|-(?:\p{N}[\p{L}\p{N}.]*|\p{Lu}[\p{L}\p{N}.]*))(?:-[\p{L}\p{N}.]+)*(?![\p{L}\p{N}_-])/gu;
/** A run of capitalised words, allowing short joining words ("Bank of China", "Tobias Arnholt"). */
const RUN = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|and|for|de|von|van|&)\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*)*/gu;
/** Words that start sentences in capitals without being names. */
const OPENERS = /^(?:The|A|An|In|On|At|As|But|And|Or|So|If|For|By|To|From|With|After|Before|While|When|According|Its|It|This|That|These|Those|Some|Many|Most|Last|Next|Shares?)\s+/;

/** Tidies a tagged name: no possessive, no surrounding punctuation. */
const tidy = (s: string) => s.replace(/[’']s\b/g, '').replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),;:!?-]+$/g, '').replace(/(?<!(?:^|\s|\.)\p{Lu})\.$/u, '').trim();
/** A proper name: every word capitalised, or a short joining word ("Bank of China"). */
const PROPER = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|and|for|the|de|von|van|&)\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*$/u;

/** The capitalised names of a paragraph, as [name, sentence] pairs; a single capitalised word opening a sentence is not one. */
function namesIn(text: string): [string, string][] {
  const names: [string, string][] = [];
  for (const m of text.matchAll(RUN)) {
    let name = m[0];
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:"“]$/.test(before)) {
      const rest = name.replace(OPENERS, '');
      if (rest === name && !/\s/.test(name)) continue;
      name = rest;
    }
    if (text[m.index + m[0].length] === '-') continue;
    const start = Math.max(0, text.lastIndexOf('. ', m.index) + 1);
    const end = text.indexOf('. ', m.index + m[0].length);
    names.push([tidy(name), text.slice(start, end < 0 ? text.length : end + 1).trim()]);
  }
  return names;
}

/**
 * What kind of name this is, by compromise's tagger on the sentence it was found in; undefined for
 * places, nationalities, dates and other words that are no entity to add.
 */
function classify(name: string, sentence: string): Candidate['type'] | undefined {
  const doc = nlp(sentence);
  const of = (list: string[]) => list.some((x) => tidy(x) === name || tidy(x).includes(name));
  if (of(doc.places().out('array') as string[])) return undefined;
  const own = nlp(name);
  if (own.has('(#Place|#Demonym|#Date|#Month|#WeekDay|#Pronoun)')) return undefined;
  if (of(doc.people().out('array') as string[]) && /\s/.test(name)) return 'person';
  if (of(doc.organizations().out('array') as string[])) return 'organisation';
  return 'name';
}

/**
 * Finds candidate entities named in at least `min` articles and not in the gazetteer. Names are
 * gathered with plain patterns first; only those in enough articles are tagged (the slow part), so
 * the check stays fast on large corpora.
 */
export function findCandidates(articles: readonly CandidateSource[], entities: readonly Entity[], min = 2): Candidate[] {
  const known = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
  // "Nvidia" is known; so are names that only add a word to a known name ("Nvidia Corp", "DeepSeek AI").
  const isKnown = (name: string) => {
    const words = name.toLowerCase().replace(/s$/, (x) => (known.has(name.toLowerCase().slice(0, -1)) ? '' : x)).split(/\s+/);
    return words.some((_, i) => known.has(words.slice(0, i + 1).join(' ')) || known.has(words.slice(i).join(' ')));
  };
  const found = new Map<string, { name: string; product: boolean; sentence: string; mentions: number; where: Map<string, number> }>();
  for (const a of articles) {
    for (const b of a.body) {
      if (b.type !== 'paragraph' || !('text' in b)) continue;
      const text = (b as { text: string }).text;
      const line = (b as { line: number }).line;
      const seen = new Set<string>();
      const add = (raw: string, sentence: string, product: boolean) => {
        const name = tidy(raw);
        const key = name.toLowerCase();
        // Three-letter capitals (API, IPO, CEO) are mostly common abbreviations.
        if (seen.has(key) || name.length < 3 || /^\p{Lu}{2,3}$/u.test(name) || !PROPER.test(name) || isKnown(name)) return;
        seen.add(key);
        const entry = found.get(key) ?? { name, product, sentence, mentions: 0, where: new Map<string, number>() };
        entry.mentions++;
        if (!entry.where.has(a.file)) entry.where.set(a.file, line);
        found.set(key, entry);
      };
      for (const m of text.matchAll(PRODUCT)) add(m[0], text, true);
      for (const [name, sentence] of namesIn(text)) add(name, sentence, false);
    }
  }
  const candidates: Candidate[] = [];
  for (const c of found.values()) {
    if (c.where.size < min) continue;
    const type = c.product ? 'product' : classify(c.name, c.sentence);
    if (!type) continue;
    candidates.push({ name: c.name, type, articles: c.where.size, mentions: c.mentions, where: [...c.where].map(([file, line]) => ({ file, line })) });
  }
  return candidates.sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name, 'en'));
}

/** One line per candidate for `npm run check`: `Name (type): 3 articles, 5 paragraphs — file:line, file:line`. */
export function formatCandidate(c: Candidate, shown = 5): string {
  const where = c.where.slice(0, shown).map((w) => `${w.file}:${w.line}`).join(', ');
  return `${c.name} (${c.type}): ${c.articles} articles, ${c.mentions} paragraphs — ${where}${c.where.length > shown ? `, and ${c.where.length - shown} more` : ''}`;
}
