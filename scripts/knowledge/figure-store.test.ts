import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGazetteer, findMentions } from '../core/match.ts';
import { generateArticles } from '../bench/generate.ts';
import { ingestAll } from '../ingest/pipeline.ts';
import { SourceTable } from './columns.ts';
import { FigureStore } from './figure-store.ts';
import { findDisagreements } from './disagreements.ts';
import { buildKnowledge } from './index.ts';
import { loadGazetteer } from './load-gazetteer.ts';

const root = join(import.meta.dirname, '../..');
const entities = await loadGazetteer(root);
/** The seed articles and the open dev set's (real texts), and generated ones (the benchmark's). */
const folders = ['content/articles', 'tests/fixtures/devset'];
const raws = [
  ...folders.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => ({ file: `${dir}/${f}`, bytes: readFileSync(join(root, dir, f)) }))),
  ...[...generateArticles(40)].map(([name, text]) => ({ file: `content/articles/${name}`, bytes: new TextEncoder().encode(text) })),
];
const { articles } = ingestAll(raws, compileGazetteer(entities));
/** The ledger as records, as the index kept it before the store: each article's figures with its slug and title. */
const records = articles.flatMap((a) => a.figures.map((f) => ({ ...f, source: a.slug, sourceTitle: a.title })));
const k = buildKnowledge(articles, entities);

describe('the knowledge index in columns (FigureStore, MentionList)', () => {
  const sources = new SourceTable();
  const store = new FigureStore(sources);
  for (const a of articles) {
    const source = sources.add(a.slug, a.title);
    for (const f of a.figures) store.add(f, source);
  }
  store.seal();

  it('gives back every figure of real and generated articles exactly, fields in the same order, optional ones only when set', () => {
    expect(records.length).toBeGreaterThan(500);
    // Ranges, rates, hedges and both subject origins are all among them, so every optional column is exercised.
    for (const field of ['high', 'per', 'approx', 'entity'] as const) expect(records.some((f) => f[field] !== undefined)).toBe(true);
    expect(new Set(records.map((f) => f.subjectFrom))).toEqual(new Set(['sentence', 'context', undefined]));
    expect(store.length).toBe(records.length);
    for (const [i, f] of records.entries()) {
      const made = store.figure(i);
      expect(made).toStrictEqual(f);
      expect(Object.keys(made)).toEqual(Object.keys(f));
      expect(store.entity(i)).toBe(f.entity);
      expect(store.source(i)).toBe(f.source);
    }
    expect([...store]).toStrictEqual(records);
    expect(store.figures([2, 0])).toStrictEqual([records[2], records[0]]);
    expect(store.sourceCount()).toBe(new Set(records.map((f) => f.source)).size);
  });

  it('refuses figures after it is sealed', () => {
    expect(() => store.add(records[0]!, 0)).toThrow(/sealed/);
  });

  it("is the index's ledger: each entity's figure numbers are its records, in ledger order", () => {
    expect([...k.figures]).toStrictEqual(records);
    const grouped = Map.groupBy(records, (f) => f.entity ?? '');
    expect([...k.figuresByEntity.keys()]).toEqual([...grouped.keys()]);
    for (const [entity, numbers] of k.figuresByEntity) expect(k.figures.figures(numbers)).toStrictEqual(grouped.get(entity));
  });

  it("keeps each entity's mentions as the articles state them, in order, read by position", () => {
    const expected = Map.groupBy(
      articles.flatMap((a) => a.mentions.map((m) => ({ entity: m.entity, record: { source: a.slug, sourceTitle: a.title, p: m.p, start: m.start, end: m.end } }))),
      (m) => m.entity,
    );
    expect([...k.mentions.keys()]).toEqual([...expected.keys()]);
    for (const [entity, list] of k.mentions) {
      const want = expected.get(entity)!.map((m) => m.record);
      expect(list.length).toBe(want.length);
      expect(list.slice()).toStrictEqual(want);
      expect(list.slice(1, 3)).toStrictEqual(want.slice(1, 3));
      expect(list.slice(want.length - 1, want.length + 5)).toStrictEqual(want.slice(-1));
    }
  });

  it('gives the disagreements found over the records, their figures made again from numbers each time they are read', () => {
    const dates = new Map(articles.flatMap((a) => (a.date ? [[a.slug, a.date.iso] as const] : [])));
    const matcher = compileGazetteer(entities);
    const titles = new Map(articles.map((a) => [a.slug, new Set(findMentions(a.title, matcher).map((m) => m.entity))]));
    const plain = findDisagreements(records, k.sentence, dates, (slug) => k.entities.get(slug)?.parent, (source) => titles.get(source));
    expect(plain.length).toBeGreaterThan(0);
    expect(k.disagreements).toStrictEqual(plain);
    expect(JSON.stringify(k.disagreements)).toBe(JSON.stringify(plain));
    const d = k.disagreements[0]!;
    expect(d.figures).not.toBe(d.figures);
  });
});
