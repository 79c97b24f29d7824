/**
 * Columns for the knowledge index's records (figure-store.ts, mention-list.ts): typed arrays that
 * grow as records are added, and one table of distinct strings, so that a record is a number and
 * its fields cost bytes, not an object each.
 */
type Numbers = Float64Array | Int32Array | Uint8Array;

/** A typed array that grows as values are pushed (capacity doubles), trimmed to its length when the store is sealed. */
export class Column<A extends Numbers> {
  #data: A;
  length = 0;
  readonly #make: (size: number) => A;
  constructor(make: (size: number) => A, capacity = 1024) {
    this.#make = make;
    this.#data = make(capacity);
  }
  push(value: number): void {
    if (this.length === this.#data.length) {
      const next = this.#make(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.length++] = value;
  }
  at(i: number): number {
    return this.#data[i]!;
  }
  trim(): void {
    if (this.#data.length !== this.length) this.#data = this.#data.slice(0, this.length) as A;
  }
}

/** Distinct strings, each stored once and named by its position. */
export class StringTable {
  readonly strings: string[] = [];
  #ids: Map<string, number> | undefined = new Map();
  id(s: string): number {
    if (!this.#ids) throw new Error('knowledge index: sealed (nothing can be added after finish())');
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.#ids.set(s, id);
    }
    return id;
  }
  /** Lets the lookup map go once nothing more is added; the strings stay. */
  seal(): void {
    this.#ids = undefined;
  }
}


/** The sources records point into, by id: slug and title, each article once. */
export class SourceTable {
  readonly #slugs: string[] = [];
  readonly #titles: string[] = [];
  /** Adds an article; returns its id. */
  add(slug: string, title: string): number {
    this.#titles.push(title);
    return this.#slugs.push(slug) - 1;
  }
  slug(id: number): string {
    return this.#slugs[id]!;
  }
  title(id: number): string {
    return this.#titles[id]!;
  }
}
