import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema, ingestReportSchema } from '../../scripts/ingest/article-schema.ts';
import { toReport } from '../../scripts/ingest/emit.ts';
import { compileGazetteer } from '../../scripts/core/match.ts';
import { loadArticles } from '../../scripts/ingest/load.ts';
import { ingestAll } from '../../scripts/ingest/pipeline.ts';
import { loadGazetteer } from '../../scripts/knowledge/load-gazetteer.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The seed articles and the labelled dev set, through the real pipeline with the real gazetteer (once). */
let once: ReturnType<typeof ingest> | undefined;
const ingested = () => (once ??= ingest());
async function ingest() {
  const raws = [
    ...(await loadArticles(join(ROOT, 'content/articles'), ROOT)),
    ...(await loadArticles(join(ROOT, 'tests/fixtures/devset'), ROOT)),
  ];
  return { result: ingestAll(raws, compileGazetteer(await loadGazetteer(ROOT))), files: raws.length };
}

describe('the schema of an ingested article (the sources collection)', () => {
  it('accepts what the pipeline makes of real articles, unchanged, and their report', async () => {
    const { result, files } = await ingested();
    expect(result.articles.length).toBeGreaterThan(30);
    for (const article of result.articles) expect(articleSchema.parse(article)).toEqual(article);
    expect(ingestReportSchema.parse(toReport(result, files))).toEqual(toReport(result, files));
  });

  it('refuses a field it does not know and a paragraph without its number', async () => {
    const article = (await ingested()).result.articles[0]!;
    expect(articleSchema.safeParse({ ...article, extra: 1 }).success).toBe(false);
    const body = article.body.map((b) => (b.type === 'paragraph' ? { ...b, n: 0 } : b));
    expect(articleSchema.safeParse({ ...article, body }).success).toBe(false);
  });

  it('refuses an entity link whose offsets fall outside its paragraph or overlap the previous one', async () => {
    const article = (await ingested()).result.articles.find((a) => a.body.some((b) => b.type === 'paragraph' && b.links.length > 1))!;
    const i = article.body.findIndex((b) => b.type === 'paragraph' && b.links.length > 1);
    const p = article.body[i] as Extract<(typeof article.body)[number], { type: 'paragraph' }>;
    const withLinks = (links: typeof p.links) => ({ ...article, body: article.body.map((b, j) => (j === i ? { ...p, links } : b)) });
    expect(articleSchema.safeParse(withLinks(p.links)).success).toBe(true);
    const past = articleSchema.safeParse(withLinks([...p.links.slice(0, -1), { ...p.links.at(-1)!, end: p.text.length + 1 }]));
    expect(past.success).toBe(false);
    expect(past.error?.issues[0]?.path).toEqual(['body', i, 'links', p.links.length - 1]);
    expect(articleSchema.safeParse(withLinks([p.links[1]!, p.links[0]!])).success).toBe(false);
  });
});
