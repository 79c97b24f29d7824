import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCheckProblem, runCheck, summary } from '../scripts/check.ts';
import { isArticleFile } from '../scripts/ingest/pipeline.ts';
import { copyProject, type ProjectOptions } from './helpers/project.ts';
import { ROOT } from './helpers/site.ts';

/** Project copies made by this file, removed after the tests. */
const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

interface CheckRun {
  dir: string;
  code: number;
  lines: string[];
}

/** Runs `node scripts/check.ts` in a copy of the project with the given changes. */
async function check(opts: ProjectOptions = {}): Promise<CheckRun> {
  const dir = await copyProject(opts);
  copies.push(dir);
  const { code, stdout } = await promisify(execFile)(process.execPath, ['scripts/check.ts'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '' }),
  );
  return { dir, code, lines: stdout.trim().split('\n') };
}

/**
 * The same check of a copy, in this process: `runCheck`, its problems and closing line formatted by
 * the functions the command prints with, and the command's exit rule (1 on any error). Each command
 * run spends ~3 s of CPU loading its modules; here they load once, and a check takes ~0.5 s.
 */
async function checkInProcess(opts: ProjectOptions): Promise<CheckRun> {
  const dir = await copyProject(opts);
  copies.push(dir);
  const report = await runCheck(dir);
  const code = report.problems.some((p) => p.severity === 'error') ? 1 : 0;
  return { dir, code, lines: [...report.problems.map(formatCheckProblem), summary(report)] };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" is not in the fixture`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** A topic page with the given body after a valid frontmatter. */
const page = (body: string) => `---\ntitle: Broken page\ndescription: A page with a mistake in it.\n---\n\nAn opening sentence.\n\n${body}\n`;
const PAGE = 'content/topics/broken.mdx';

/** A real seed article, cited by the fixtures below. */
const seedName = readdirSync(join(ROOT, 'content/articles')).filter(isArticleFile).sort()[0]!;
const seedSlug = seedName.replace(/\.[^.]+$/, '');

describe('npm run check', () => {
  it('passes the committed content, reports what it checked and writes nothing', async () => {
    const { dir, code, lines } = await check();
    const articleFiles = readdirSync(join(ROOT, 'content/articles')).filter(isArticleFile).length;
    expect(lines.filter((l) => /^content\//.test(l))).toEqual([]);
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^check: 0 errors, \\d+ warnings? — ${articleFiles} of ${articleFiles} articles, \\d+ pages, [1-9]\\d* citations, [1-9]\\d* diagrams`));
    expect(existsSync(join(dir, '.cache/corpus'))).toBe(false);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  const cases: { name: string; opts: ProjectOptions; expected: () => string }[] = [
    (() => {
      const text = page('A claim<Cite source="no-such-source" p="1" />.');
      const at = positionOf(text, '<Cite');
      return {
        name: 'a citation of a source that does not exist',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${at.line}:${at.column}: citation names source "no-such-source"`,
      };
    })(),
    (() => {
      const text = page(`A claim<Cite source="${seedSlug}" p="999" />.`);
      const at = positionOf(text, '<Cite');
      return {
        name: 'a citation of a paragraph the source does not have',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${at.line}:${at.column}: citation of "${seedSlug}" names paragraph p999`,
      };
    })(),
    (() => {
      const text = page(`\nThe project cost $987.65 billion<Cite source="${seedSlug}" p="1" />.`);
      const at = positionOf(text, '<Cite');
      return {
        name: 'a figure the cited paragraph does not contain',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${at.line}:${at.column}: figure "$987.65 billion"`,
      };
    })(),
    (() => {
      const text = page(`\nThe article calls it “a wholly invented phrase”<Cite source="${seedSlug}" p="1" />.`);
      const at = positionOf(text, '<Cite');
      return {
        name: 'a quotation the cited paragraph does not contain word for word',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${at.line}:${at.column}: quotation “a wholly invented phrase” does not appear verbatim in the cited paragraph`,
      };
    })(),
    (() => {
      const text = page('```mermaid\nflowchart LR\n  A --> B\n  B --> -->\n```');
      return {
        name: 'an invalid Mermaid diagram, at the offending line',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${positionOf(text, 'B --> -->').line}: invalid Mermaid diagram: Parse error`,
      };
    })(),
    (() => {
      const text = page('```mermaid\ntimeline\n  title Launches\n  2025 : R1\n```');
      return {
        name: 'an unsupported Mermaid diagram type, at the fence',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${positionOf(text, '```mermaid').line}: invalid Mermaid diagram: Invalid mermaid header: "timeline"`,
      };
    })(),
    (() => {
      const text = page('A closing tag that was never opened </b> here.');
      // micromark stops at the slash: a closing tag with no open tag.
      const at = positionOf(text, '/b>');
      return {
        name: 'an MDX syntax error, with line and column',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:${at.line}:${at.column}: MDX syntax error:`,
      };
    })(),
    (() => {
      const text = '---\ntitle:\n  - not\n  - a title\n---\n\nBody.\n';
      return {
        name: 'frontmatter without a usable title',
        opts: { files: { [PAGE]: text } },
        expected: () => `${PAGE}:2: frontmatter field "title" must be text`,
      };
    })(),
    {
      name: 'an empty article',
      opts: { articles: { 'empty-article.txt': '' } },
      expected: () => 'content/articles/empty-article.txt:1: the file is empty',
    },
    (() => {
      const meta = 'title: A new article\ndate: 2025-02-30\n';
      return {
        name: 'a metadata override with a date that does not exist',
        opts: { articles: { 'new-article.txt': 'A new article\n\nSome text of the article.\n', 'new-article.meta.yaml': meta } },
        expected: () => `content/articles/new-article.meta.yaml:${positionOf(meta, 'date:').line}: metadata field "date" is not a real calendar date`,
      };
    })(),
    (() => {
      const gazetteer = `${readFileSync(join(ROOT, 'content/entities.yaml'), 'utf8')}\n- name: Nowhere Lab\n  type: laboratory\n  description: An entity of a type the gazetteer does not have.\n`;
      return {
        name: 'a gazetteer entry of an unknown type',
        opts: { files: { 'content/entities.yaml': gazetteer } },
        expected: () => `content/entities.yaml:${positionOf(gazetteer, 'type: laboratory').line}: entry `,
      };
    })(),
  ];

  it('warns, without failing, about a topic page with fewer than two diagrams', async () => {
    const text = page('```mermaid\nflowchart LR\n  A --> B\n```');
    const { code, lines } = await checkInProcess({ files: { [PAGE]: text } });
    expect(lines.filter((l) => l.startsWith(`${PAGE}:1: warning: a topic page should have at least 2 Mermaid diagrams (found 1)`))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^check: 0 errors, 1 warning —/);
    expect(code).toBe(0);
  });

  // Every mistake is planted in one copy, each in a file of its own (a page per case), and the
  // command runs once over it (its output and exit code): each mistake must be reported once, at its
  // file and line, and nothing else. A copy and a check per case cost ~1 s of CPU each.
  const pageOf = (i: number) => `content/topics/broken-${i + 1}.mdx`;
  const planted = cases.map((c, i) => ({
    name: c.name,
    opts: { ...c.opts, files: Object.fromEntries(Object.entries(c.opts.files ?? {}).map(([path, text]) => [path === PAGE ? pageOf(i) : path, text])) },
    prefix: () => c.expected().replace(PAGE, pageOf(i)),
  }));
  const together = check({
    articles: Object.assign({}, ...planted.map((c) => c.opts.articles)),
    files: Object.assign({}, ...planted.map((c) => c.opts.files)),
  });
  // Read by the tests below; a failure is reported there.
  together.catch(() => undefined);

  it.each(planted)('fails on $name, naming file and line', async ({ prefix }) => {
    const { code, lines } = await together;
    expect(lines.filter((l) => l.startsWith(prefix())), lines.join('\n')).toHaveLength(1);
    expect(code).not.toBe(0);
  });

  it('reports only the planted mistakes, one error each: the rest of the content still passes', async () => {
    const { lines } = await together;
    const errors = lines.filter((l) => /^content\/[^:]+(?::\d+){0,2}: (?!warning:)/.test(l));
    expect(errors, lines.join('\n')).toHaveLength(planted.length);
    for (const e of errors) expect(planted.filter((c) => e.startsWith(c.prefix())).map((c) => c.name), e).toHaveLength(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^check: ${planted.length} errors,`));
  });
});
