import { extractNumbers, numberKey } from '../../scripts/ingest/numbers.ts';
import { sentencesOf } from '../../scripts/core/match.ts';

/** One sentence of a source paragraph, with its offsets in the paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The sentences of a paragraph, as source pages wrap them (`<span id="p5-s2">`) and citations point
 * at them. Both sides call this one function on the same paragraph text, so the ids always agree.
 */
export function paragraphSentences(text: string): Sentence[] {
  return sentencesOf(text).filter((s) => s.text !== '');
}

/** The id of sentence `index` (0-based) of paragraph `pid` (`p5`): `p5-s1`, `p5-s2`, … */
export const sentenceId = (pid: string, index: number) => `${pid}-s${index + 1}`;

// Words that say nothing about which sentence supports a claim.
const STOP = new Set(
  'the a an and or but of to in on at by for with from as is are was were be been being it its this that these those which who whom has have had not no than then so such into over under about after before also more most less their there they them he she his her our we you your i one two can could would will may might said says say according'.split(
    ' ',
  ),
);

/** Content words of a text, lower-cased, with a crude stem (first 6 letters) so "export"/"exports" match. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/**
 * The sentence(s) of a cited paragraph that best support a citing sentence: the one sharing the
 * most content words with it (figures count triple), plus — if the citing sentence has a figure the
 * best one lacks — the best sentence holding that figure. Indices in paragraph order; ties go to the
 * earlier sentence. A paragraph of one sentence gives [0]; an empty one gives [].
 */
export function bestSentences(citing: string, paragraph: string): number[] {
  const sentences = paragraphSentences(paragraph);
  if (sentences.length <= 1) return sentences.map((_, i) => i);
  const want = words(citing);
  const wantFigures = new Set(extractNumbers(citing).map(numberKey));
  const scored = sentences.map((s, i) => {
    const figures = new Set(extractNumbers(s.text).map(numberKey));
    let score = 0;
    for (const w of words(s.text)) if (want.has(w)) score += 1;
    for (const f of figures) if (wantFigures.has(f)) score += 3;
    return { i, score, figures };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const chosen = new Set([best.i]);
  const missing = [...wantFigures].filter((f) => !best.figures.has(f));
  if (missing.length) {
    const other = scored
      .filter((s) => s.i !== best.i && missing.some((f) => s.figures.has(f)))
      .reduce<(typeof scored)[number] | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
    if (other) chosen.add(other.i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** What a citation shows and where it lands. */
export interface CitedSentences {
  /** Fragment id to link to: the first chosen sentence (`p5-s2`), or the paragraph (`p5`) if it is empty. */
  anchor: string;
  /** The chosen sentences, with "…" where text of the paragraph is left out. */
  text: string;
}

/** The preview text and landing anchor for a citation of paragraph `pid` (`p5`) by `citing`. */
export function citedSentences(citing: string, pid: string, paragraph: string): CitedSentences {
  const sentences = paragraphSentences(paragraph);
  const chosen = bestSentences(citing, paragraph);
  if (chosen.length === 0) return { anchor: pid, text: '' };
  const parts: string[] = [];
  chosen.forEach((i, j) => {
    if (j === 0 ? i > 0 : i > chosen[j - 1]! + 1) parts.push('…');
    parts.push(sentences[i]!.text);
  });
  if (chosen.at(-1)! < sentences.length - 1) parts.push('…');
  return { anchor: sentenceId(pid, chosen[0]!), text: parts.join(' ') };
}
