/**
 * Citation check on one large topic page: a generated ~5 MB MDX page whose paragraphs hold many cited
 * sentences with quotations and figures, citing the seed articles.
 * `node scripts/bench/citations.ts [sentences per paragraph = 400] [MB = 5]`. Prints parse, find and
 * check times separately: the find step was quadratic in a paragraph's length before it segmented
 * each paragraph once.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { checkCitations } from '../citations/check.ts';
import { lookupFromArticleFiles } from '../citations/corpus.ts';
import { findCitations } from '../citations/find.ts';
import { parseMdx } from '../citations/parse.ts';

const perParagraph = Number(process.argv[2] ?? 400);
const megabytes = Number(process.argv[3] ?? 5);
const lookup = lookupFromArticleFiles(join(import.meta.dirname, '../..'));
const slug = '001_33b46b2abbfb9f43';
const source = lookup(slug);
if (!source) throw new Error(`${slug} is not an article in content/articles/`);
const [n, text] = [...source.paragraphs].find(([, t]) => /“|"/.test(t)) ?? [...source.paragraphs][0]!;
const quote = /[“"]([^”"]+)[”"]/.exec(text)?.[1] ?? text.split(' ').slice(0, 5).join(' ');
const sentence = `The article says “${quote}” and gives a figure<Cite source="${slug}" p="${n}" />. `;
const paragraph = `${sentence.repeat(perParagraph)}\n\n`;
const page = `---\ntitle: Large\n---\n\n${paragraph.repeat(Math.ceil((megabytes * 1e6) / paragraph.length))}`;

const t0 = performance.now();
const tree = parseMdx(page);
const t1 = performance.now();
const uses = findCitations(tree);
const t2 = performance.now();
const problems = checkCitations(uses, lookup);
const t3 = performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${(page.length / 1e6).toFixed(1)} MB, ${uses.length} citations, ${problems.length} problems: parse ${s(t1 - t0)}, find ${s(t2 - t1)}, check ${s(t3 - t2)}`,
);
