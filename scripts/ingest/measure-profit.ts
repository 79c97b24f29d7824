/**
 * Which profit a figure is: "profit" alone groups net income with operating profit and earnings per
 * share, which two articles never mean as one figure. Read from the words nearest the figure, once
 * its subject is chosen (link.ts), so subject reading still sees the company-wide measure 'profit'.
 */

/** The kinds of profit, by the words that name them. */
const KINDS: readonly { measure: string; words: RegExp }[] = [
  { measure: 'earnings per share', words: /\b(?:earnings|profit|income) per (?:diluted )?share\b|\bper (?:diluted )?share\b|\bEPS\b/gi },
  { measure: 'operating profit', words: /\boperating (?:profits?|income|earnings)\b/gi },
  { measure: 'gross profit', words: /\bgross (?:profits?|income)\b/gi },
  { measure: 'net income', words: /\bnet (?:income|earnings)\b/gi },
  { measure: 'net profit', words: /\bnet (?:profits?|loss(?:es)?)\b/gi },
];

/** The kind of profit the figure at `start`–`end` is, by the nearest naming words (its own text included), or `measure` unchanged. */
export function profitMeasure(measure: string, sentence: string, start: number, end: number): string {
  if (measure !== 'profit') return measure;
  let best = measure;
  let nearest = Infinity;
  for (const { measure: kind, words } of KINDS) {
    for (const m of sentence.matchAll(words)) {
      const e = m.index + m[0].length;
      const d = e <= start ? start - e : m.index >= end ? (m.index - end) * 1.5 : 0;
      if (d < nearest && d <= 80) {
        nearest = d;
        best = kind;
      }
    }
  }
  return best;
}
