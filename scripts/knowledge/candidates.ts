/**
 * Candidate entities: people, organisations and products that two or more articles name but the
 * gazetteer (content/entities.yaml) lacks, so a contributor can add them. People and organisations
 * come from compromise's named-entity tagger; products are capitalised names holding a version
 * number or a hyphenated suffix ("Qwen2.5-Max", "Hunyuan-Large", "MiniMax-01").
 */
import nlp from 'compromise';
import type { Entity } from './gazetteer.ts';

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
/** A capitalised word that does not start a sentence: only sentences with one are tagged (tagging is the slow part). */
const CAPITALISED_INSIDE = /[\p{Ll},;:] +\p{Lu}/u;

/** Tidies a tagged name: no possessive, no surrounding punctuation. */
const tidy = (s: string) => s.replace(/[’']s\b/g, '').replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),;:!?]+$/g, '').replace(/(?<!(?:^|\s|\.)\p{Lu})\.$/u, '').trim();
/** A proper name: every word capitalised, or a short joining word ("Bank of China"). */
const PROPER = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|and|for|the|de|von|van|&)\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*$/u;

/** Finds candidate entities named in at least `min` articles and not in the gazetteer. */
export function findCandidates(articles: readonly CandidateSource[], entities: readonly Entity[], min = 2): Candidate[] {
  const known = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
  const isKnown = (name: string) => {
    const lower = name.toLowerCase();
    // "Nvidia" and "Nvidia's" are known; so are names that only add a known name to a word ("Nvidia Corp").
    return known.has(lower) || lower.split(/\s+/).some((w, i, words) => known.has(words.slice(0, i + 1).join(' ')) && i === words.length - 1);
  };
  const found = new Map<string, { name: string; type: Candidate['type']; mentions: number; where: Map<string, number> }>();
  const add = (name: string, type: Candidate['type'], file: string, line: number) => {
    const clean = tidy(name);
    if (clean.length < 3 || !PROPER.test(clean) || isKnown(clean) || isKnown(clean.replace(/\.$/, ''))) return;
    const key = clean.toLowerCase();
    const entry = found.get(key) ?? { name: clean, type, mentions: 0, where: new Map<string, number>() };
    entry.mentions++;
    if (!entry.where.has(file)) entry.where.set(file, line);
    found.set(key, entry);
  };
  for (const a of articles) {
    for (const b of a.body) {
      if (b.type !== 'paragraph' || !('text' in b)) continue;
      const seen = new Set<string>();
      const once = (name: string, type: Candidate['type']) => {
        const k = tidy(name).toLowerCase();
        if (seen.has(k)) return;
        seen.add(k);
        add(name, type, a.file, b.line);
      };
      for (const m of b.text.matchAll(PRODUCT)) once(m[0], 'product');
      if (!CAPITALISED_INSIDE.test(b.text)) continue;
      const doc = nlp(b.text);
      for (const name of doc.people().out('array') as string[]) if (/\s/.test(tidy(name))) once(name, 'person');
      for (const name of doc.organizations().out('array') as string[]) once(name, 'organisation');
      const places = new Set((doc.places().out('array') as string[]).map((p) => tidy(p).toLowerCase()));
      // Other proper nouns, but not at the start of a sentence, where every word is capitalised.
      for (const m of doc.match('#ProperNoun+').not('(#Place|#Demonym)').json({ offset: true }) as { text: string; offset: { start: number } }[]) {
        const before = b.text.slice(0, m.offset.start).trimEnd();
        const after = b.text[m.offset.start + m.text.length];
        if (before === '' || /[.!?:"“]$/.test(before) || after === '-' || /-$/.test(m.text.trim()) || places.has(tidy(m.text).toLowerCase())) continue;
        once(m.text, 'name');
      }
    }
  }
  return [...found.values()]
    .filter((c) => c.where.size >= min)
    .map((c) => ({ name: c.name, type: c.type, articles: c.where.size, mentions: c.mentions, where: [...c.where].map(([file, line]) => ({ file, line })) }))
    .sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name, 'en'));
}

/** One line per candidate for `npm run check`: `Name (type): 3 articles, 5 paragraphs — file:line, file:line`. */
export function formatCandidate(c: Candidate, shown = 5): string {
  const where = c.where.slice(0, shown).map((w) => `${w.file}:${w.line}`).join(', ');
  return `${c.name} (${c.type}): ${c.articles} articles, ${c.mentions} paragraphs — ${where}${c.where.length > shown ? `, and ${c.where.length - shown} more` : ''}`;
}
