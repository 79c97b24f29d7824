/**
 * One entity's mentions in columns: at 10,000 articles the index holds ≈ 880,000 mentions, which as
 * objects (source, title, paragraph, offsets) were ≈ 60 MB the page-rendering GC traced on every
 * full collection. Here a mention is four numbers (source id, paragraph, sentence offsets); its
 * record is made when a page shows it ({@link MentionList.slice}).
 */
import type { SentenceRef } from '../ingest/figure-fact.ts';
import { Column, type SourceTable } from './columns.ts';
import type { SourceSentenceRef } from './sentences.ts';

/** A source paragraph that names an entity, pointing at the first sentence there that names it. */
export interface EntityMention extends SourceSentenceRef {
  sourceTitle: string;
}

/** Numbers a mention: source id, paragraph, start, end. */
const WIDTH = 4;

/** An entity's mentions in the order added, read by position like an array (`length`, `slice`). */
export class MentionList {
  readonly #sources: SourceTable;
  readonly #refs = new Column((n) => new Int32Array(n), 64 * WIDTH);
  constructor(sources: SourceTable) {
    this.#sources = sources;
  }
  get length(): number {
    return this.#refs.length / WIDTH;
  }
  /** Adds a mention in the source with id `source`. */
  add(source: number, ref: SentenceRef): void {
    this.#refs.push(source);
    this.#refs.push(ref.p);
    this.#refs.push(ref.start);
    this.#refs.push(ref.end);
  }
  /** Mention `i` as a record, made now. */
  at(i: number): EntityMention {
    const source = this.#refs.at(i * WIDTH);
    return { source: this.#sources.slug(source), sourceTitle: this.#sources.title(source), p: this.#refs.at(i * WIDTH + 1), start: this.#refs.at(i * WIDTH + 2), end: this.#refs.at(i * WIDTH + 3) };
  }
  /** The records of mentions `start` to `end` (exclusive; clamped as Array's slice is, without negative indices). */
  slice(start = 0, end = this.length): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i));
    return out;
  }
  /** Trims the column to its length once nothing more is added. */
  seal(): void {
    this.#refs.trim();
  }
}
