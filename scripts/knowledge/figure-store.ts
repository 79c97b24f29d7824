/**
 * The figures ledger in columns. At 10,000 articles the ledger holds over half a million figures;
 * as one object each (16 fields, their own strings) they were ≈ 440 B apiece and nearly all of the
 * knowledge index's heap, which every full collection while pages render has to trace. Here a
 * figure is a number: its numbers sit in typed arrays, its strings (unit, rate, measure, entity,
 * the text as written) are ids in one table of distinct strings, its source an id in the index's
 * table of sources (columns.ts). A {@link LedgerFigure} object is made only when a page, a data file or the
 * disagreements ask for one ({@link FigureStore.figure}), and is let go with them.
 */
import type { FigureFact } from '../ingest/figure-fact.ts';
import type { LedgerFigure } from './agreement.ts';
import type { Disagreement } from './disagreements.ts';
import { Column, type SourceTable, StringTable } from './columns.ts';

/** An optional string field in one byte: 0 for absent, else 1 + the value's place among the few values the field takes (kind, hedge, subject's origin). */
class SmallCode<T extends string> {
  readonly values: T[] = [];
  readonly #field: string;
  constructor(field: string) {
    this.#field = field;
  }
  code(value: T | undefined): number {
    if (value === undefined) return 0;
    let i = this.values.indexOf(value);
    if (i < 0) {
      if (this.values.length === 255) throw new Error(`figure store: more than 255 distinct values of figure field "${this.#field}" (a one-byte column); widen it in scripts/knowledge/figure-store.ts`);
      i = this.values.push(value) - 1;
    }
    return i + 1;
  }
  value(code: number): T | undefined {
    return code === 0 ? undefined : this.values[code - 1];
  }
}

/** Id of an absent optional string. */
const NONE = -1;

/**
 * The ledger's figures, numbered from 0 in the order added. Add with {@link add} (one article's
 * figures at a time), {@link seal} when all are in; read a field by number, or make the record.
 */
export class FigureStore {
  readonly #strings = new StringTable();
  readonly #sources: SourceTable;
  readonly #kind = new SmallCode<FigureFact['kind']>('kind');
  readonly #approx = new SmallCode<NonNullable<FigureFact['approx']>>('approx');
  readonly #subjectFrom = new SmallCode<NonNullable<FigureFact['subjectFrom']>>('subjectFrom');
  readonly #value = new Column((n) => new Float64Array(n));
  /** The high end of a range; NaN when the figure is no range. */
  readonly #high = new Column((n) => new Float64Array(n));
  readonly #precision = new Column((n) => new Float64Array(n));
  /** Three one-byte codes a figure: kind, hedge, subject's origin. */
  readonly #codes = new Column((n) => new Uint8Array(n));
  // Ids in the string table (NONE when absent), and the source id.
  readonly #unit = new Column((n) => new Int32Array(n));
  readonly #per = new Column((n) => new Int32Array(n));
  readonly #text = new Column((n) => new Int32Array(n));
  readonly #measure = new Column((n) => new Int32Array(n));
  readonly #entity = new Column((n) => new Int32Array(n));
  /** The subject's name where the gazetteer lacks it (figure-fact.ts `subjectName`). */
  readonly #subjectName = new Column((n) => new Int32Array(n));
  readonly #source = new Column((n) => new Int32Array(n));
  readonly #p = new Column((n) => new Int32Array(n));
  readonly #start = new Column((n) => new Int32Array(n));
  readonly #end = new Column((n) => new Int32Array(n));

  /** `sources`: the table the source ids given to {@link add} are in. */
  constructor(sources: SourceTable) {
    this.#sources = sources;
  }

  /** How many figures the store holds. */
  get length(): number {
    return this.#value.length;
  }

  /** Adds one figure of the source with id `source`; returns its number. */
  add(f: FigureFact, source: number): number {
    const s = this.#strings;
    this.#value.push(f.value);
    this.#high.push(f.high ?? NaN);
    this.#precision.push(f.precision);
    this.#codes.push(this.#kind.code(f.kind));
    this.#codes.push(this.#approx.code(f.approx));
    this.#codes.push(this.#subjectFrom.code(f.subjectFrom));
    this.#unit.push(s.id(f.unit));
    this.#per.push(f.per === undefined ? NONE : s.id(f.per));
    this.#text.push(s.id(f.text));
    this.#measure.push(s.id(f.measure));
    this.#entity.push(f.entity === undefined ? NONE : s.id(f.entity));
    this.#subjectName.push(f.subjectName === undefined ? NONE : s.id(f.subjectName));
    this.#source.push(source);
    this.#p.push(f.p);
    this.#start.push(f.start);
    this.#end.push(f.end);
    return this.length - 1;
  }

  /** Trims the columns to their length and lets the string lookup go: nothing can be added after. */
  seal(): void {
    for (const c of [this.#value, this.#high, this.#precision, this.#codes, this.#unit, this.#per, this.#text, this.#measure, this.#entity, this.#subjectName, this.#source, this.#p, this.#start, this.#end]) c.trim();
    this.#strings.seal();
  }

  #string(id: number): string | undefined {
    return id === NONE ? undefined : this.#strings.strings[id];
  }

  /** The slug of the entity figure `i` is about, or undefined. */
  entity(i: number): string | undefined {
    return this.#string(this.#entity.at(i));
  }

  /** The slug of figure `i`'s source. */
  source(i: number): string {
    return this.#sources.slug(this.#source.at(i));
  }

  /** How many distinct sources state at least one figure. */
  sourceCount(): number {
    const seen = new Set<number>();
    for (let i = 0; i < this.length; i++) seen.add(this.#source.at(i));
    return seen.size;
  }

  /**
   * Figure `i` as a record, made now (a new object each call, with the fields in the order the
   * ingest's records have them, optional ones only when set).
   */
  figure(i: number): LedgerFigure {
    const kind = this.#kind.value(this.#codes.at(3 * i))!;
    const f: LedgerFigure = {
      kind,
      value: this.#value.at(i),
      unit: this.#string(this.#unit.at(i))!,
      precision: this.#precision.at(i),
      text: this.#string(this.#text.at(i))!,
      p: this.#p.at(i),
      start: this.#start.at(i),
      end: this.#end.at(i),
      measure: this.#string(this.#measure.at(i))!,
    } as LedgerFigure;
    const high = this.#high.at(i);
    if (!Number.isNaN(high)) f.high = high;
    const per = this.#string(this.#per.at(i));
    if (per !== undefined) f.per = per;
    const approx = this.#approx.value(this.#codes.at(3 * i + 1));
    if (approx !== undefined) f.approx = approx;
    const entity = this.#string(this.#entity.at(i));
    if (entity !== undefined) f.entity = entity;
    const subjectName = this.#string(this.#subjectName.at(i));
    if (subjectName !== undefined) f.subjectName = subjectName;
    const subjectFrom = this.#subjectFrom.value(this.#codes.at(3 * i + 2));
    if (subjectFrom !== undefined) f.subjectFrom = subjectFrom;
    const source = this.#source.at(i);
    f.source = this.#sources.slug(source);
    f.sourceTitle = this.#sources.title(source);
    return f;
  }

  /** The records of the figures numbered in `numbers`, in that order (a page's rows). */
  figures(numbers: ArrayLike<number>): LedgerFigure[] {
    return Array.from(numbers, (i) => this.figure(i));
  }

  /** Every figure in order, each record made as it is reached (a data file streams them). */
  *[Symbol.iterator](): Generator<LedgerFigure> {
    for (let i = 0; i < this.length; i++) yield this.figure(i);
  }

  /**
   * Every figure in order, as {@link Symbol.iterator} does, with `numbers` told each record's
   * number (a weak map: a record nobody keeps is collected as before).
   */
  *numbered(numbers: WeakMap<LedgerFigure, number>): Generator<LedgerFigure> {
    for (let i = 0; i < this.length; i++) {
      const f = this.figure(i);
      numbers.set(f, i);
      yield f;
    }
  }

  /**
   * A disagreement whose figures are held as numbers in this store: `figures` and `clusters` are
   * made again each time they are read (enumerable getters, so the object reads and serialises as
   * the original). `numbers` gives the number of each record `d` holds (see {@link numbered}).
   */
  stored(d: Disagreement, numbers: WeakMap<LedgerFigure, number>): Disagreement {
    const numberOf = (f: LedgerFigure) => {
      const n = numbers.get(f);
      if (n === undefined) throw new Error(`figure store: a disagreement's figure (${f.source}#p${f.p} "${f.text}") is not one of the store's records`);
      return n;
    };
    const { clusters, figures, ...rest } = d;
    return withFigures(rest, this, clusters.map((c) => Int32Array.from(c, numberOf)), Int32Array.from(figures, numberOf));
  }
}

/** `d` with getters for its figures (made outside {@link FigureStore.stored}, whose scope holds the records and their numbers: the getters keep only the store and the numbers). */
function withFigures(d: Omit<Disagreement, 'clusters' | 'figures'>, store: FigureStore, clusters: Int32Array[], figures: Int32Array): Disagreement {
  return Object.defineProperties(d, {
    clusters: { enumerable: true, get: () => clusters.map((c) => store.figures(c)) },
    figures: { enumerable: true, get: () => store.figures(figures) },
  }) as Disagreement;
}
