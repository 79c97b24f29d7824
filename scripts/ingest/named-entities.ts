import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A named entity wink-nlp's English model recognises (DATE, TIME, DURATION, MONEY…), with its character offsets. */
export interface NamedEntity {
  type: string;
  /** wink-nlp's reading of it (for a DATE, the date as written). */
  value: string;
  start: number;
  end: number;
}

// One recogniser for every stage (loading the model is the costly part).
let nlp: ReturnType<typeof winkNLP> | undefined;

/** The named entities of a text, in order, with character offsets (wink reports token spans). */
export function namedEntities(text: string): NamedEntity[] {
  nlp ??= winkNLP(model, ['ner']);
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  // Token offsets: wink keeps every token and the spaces before it, so offsets add up.
  const starts: number[] = [];
  let at = 0;
  doc.tokens().each((t: { out: (f: unknown) => string }) => {
    at += t.out(its.precedingSpaces).length;
    starts.push(at);
    at += t.out(its.value).length;
  });
  const out: NamedEntity[] = [];
  doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const { type, value } = e.out(its.detail) as { type: string; value: string };
    const [s, t] = e.out(its.span) as [number, number];
    out.push({ type, value, start: starts[s]!, end: starts[t + 1] ?? text.length });
  });
  return out;
}
