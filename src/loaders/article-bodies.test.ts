/** The body files the articles loader writes and the site reads (scripts/citations/corpus.ts); here as it needs the gazetteer loader, which scripts/citations/ may not import. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../scripts/core/match.ts';
import { loadArticles } from '../../scripts/ingest/load.ts';
import { ingestAll } from '../../scripts/ingest/pipeline.ts';
import { loadGazetteer } from '../../scripts/knowledge/load-gazetteer.ts';
import { bodyDir, hasArticleBody, pruneArticleBodies, readArticleBody, writeArticleBody } from '../../scripts/citations/corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const cache = mkdtempSync(join(tmpdir(), 'article-bodies-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** The body and facts of the seed articles, as the loader splits them off. */
async function seedBodies() {
  const raws = await loadArticles(join(ROOT, 'content/articles'), ROOT);
  return ingestAll(raws, compileGazetteer(await loadGazetteer(ROOT))).articles.map(({ body, credits, metadataLines, boilerplate, mentions, figures, years }) => ({
    body, credits, metadataLines, boilerplate, mentions, figures, years,
  }));
}

describe('article body files (the bodies kept out of the content store)', () => {
  it('reads back each seed article body as written, in separate folders for the dev server and builds', async () => {
    const bodies = await seedBodies();
    expect(bodies.length).toBeGreaterThan(0);
    const dir = bodyDir(cache, false);
    expect(dir).not.toBe(bodyDir(cache, true));
    bodies.forEach((b, i) => writeArticleBody(dir, `k${i}`, b));
    bodies.forEach((b, i) => expect(readArticleBody(dir, `k${i}`)).toEqual(b));
    expect(hasArticleBody(dir, 'k0')).toBe(true);
    expect(hasArticleBody(dir, 'gone')).toBe(false);
  });

  it('writes strings as the content store does: a lone surrogate (in an entity slug or the text) reads back as U+FFFD', async () => {
    const [body] = await seedBodies();
    const odd = { ...body!, mentions: body!.mentions.map((m) => ({ ...m, entity: `${m.entity}\ud800` })) };
    const dir = bodyDir(cache, false);
    writeArticleBody(dir, 'odd', odd);
    const back = readArticleBody(dir, 'odd');
    expect(back.mentions.length).toBeGreaterThan(0);
    for (const m of back.mentions) expect(m.entity.endsWith('\ufffd')).toBe(true);
  });

  it('names the file when a body is missing or not valid, and refuses a key that is not a file name', async () => {
    const dir = bodyDir(cache, true);
    expect(() => readArticleBody(dir, 'missing')).toThrow(/missing\.json: the article body cannot be read/);
    const [body] = await seedBodies();
    writeArticleBody(dir, 'bad', body!);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...body, body: [{ type: 'paragraph', id: 'p1', n: 0, text: 'x', line: 1, links: [] }] }));
    expect(() => readArticleBody(dir, 'bad')).toThrow(/bad\.json: the article body is not valid/);
    expect(() => readArticleBody(dir, '../x')).toThrow(/not an article body key/);
  });

  it('deletes the files of keys no longer in the store, and nothing else', async () => {
    const dir = bodyDir(cache, false);
    writeFileSync(join(dir, 'README.txt'), 'not a body');
    const before = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    expect(pruneArticleBodies(dir, new Set(['k0']))).toBe(before - 1);
    expect(readdirSync(dir).sort()).toEqual(['README.txt', 'k0.json']);
  });
});
