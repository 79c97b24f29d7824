/**
 * Hand-written hostile article files (encodings, BOM, CRLF, markup and MDX syntax as text, scripts,
 * duplicate headlines, no date, CJK and RTL text, a 400-character first line, a 5 MB article, files
 * that must be rejected) and what their pages must show. They are built in the fuzz test's one site
 * build (tests/fuzz/hostile.test.ts), beside the generated cases, rather than in a build of their own.
 * That a strict build stops, with the same messages, on a rejected file is tested with the content
 * loader's tests (tests/articles-loader.test.ts), in the project copy they already hold.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../scripts/ingest/normalise.ts';
import { type BuiltSite, missingSentences, readPage, visibleText } from '../helpers/site.ts';
import { sourcePagesWith } from '../helpers/search.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const para = (s: string) => `${s} This sentence pads the paragraph so that it reads like article text.`;
const bigParagraph = para('The big article repeats this paragraph about chips, capital and models.');
const big = `A Five Megabyte Article\n\n${Array.from({ length: Math.ceil((5 * 1024 * 1024) / (bigParagraph.length + 2)) }, (_, i) => `${i + 1}. ${bigParagraph}`).join('\n\n')}`;
const longTitle = `${'A very long headline about the AI race '.repeat(10)}ends here`.slice(0, 400);

/** Files that must become pages, with the text a reader must see. */
export const hostilePages: Record<string, string | Uint8Array> = {
  'latin1.txt': new Uint8Array([...enc('Caf'), 0xe9, ...enc(' Prices\n\nThe na'), 0xef, ...enc('ve caf'), 0xe9, ...enc(' charged 5 euros.\n')]),
  'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Headline With a BOM\n\nBody text after a byte-order mark.\n')]),
  'crlf.txt': 'Windows Line Endings\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n',
  'braces.txt': 'Braces { and } and <angle> brackets\n\nThe text {props.x} and <Component /> and {{double}} and a < b > c must show as typed.\n',
  'imports.txt': "import Evil from './evil.astro'\n\nexport const x = 1;\nimport { y } from 'z';\nexport default function () {}\n",
  'script.txt': 'Script Injection Attempt\n\n<script>alert(1)</script> should be text.\n\nPhoto by Mallory: javascript:alert(1)\n\n<img src=x onerror=alert(2)> too.\n',
  'same-a.txt': 'Same Headline\n\nThe first of two articles with one headline.\n',
  'same-b.txt': 'Same Headline\n\nThe second of two articles with one headline.\n',
  'nodate.txt': 'No Date Here\n\nThis article states no date anywhere in its text.\n',
  'cjk.txt': '中国人工智能模型的崛起\n\nDeepSeek 在杭州发布了新模型。这是第二句。\n',
  'rtl.txt': 'سباق الذكاء الاصطناعي بين أمريكا والصين\n\nهذا نص المقال باللغة العربية.\n',
  'long-title.txt': `${longTitle}\n\nThe body after a four-hundred-character first line.\n`,
  'big.txt': big,
  'h800.txt': 'Export Rules Tighten on the H800\n\nJan 20, 2025\n\nNvidia designed the H800 for the Chinese market after the 2022 export controls, and later the H20.\n',
};
/** Files that must be rejected with a message naming them. */
export const rejectedFiles: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'whitespace.txt': '  \n\t\n   \n',
  'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
};

const slug = (name: string) => name.replace(/\.txt$/, '');
const decoded = (name: string) => {
  const v = hostilePages[name]!;
  return normalise(typeof v === 'string' ? v : name === 'latin1.txt' ? new TextDecoder('windows-1252').decode(v) : new TextDecoder().decode(v));
};

/**
 * The tests of the hand-written files, over `site()`: a build holding {@link hostilePages} and
 * {@link rejectedFiles} (its other articles do not matter to them).
 */
export function describeHostileFiles(site: () => BuiltSite): void {
  describe('hostile input, through the pipeline and a full site build', () => {
    it('builds, and reports each rejected file by name with what to do', () => {
      expect(site().code, site().output).toBe(0);
      for (const name of Object.keys(rejectedFiles)) {
        expect(site().output).toMatch(new RegExp(`content/articles/${name}(:\\d+)?: .+ — .+`));
        expect(existsSync(join(site().dist, 'sources', slug(name)))).toBe(false);
      }
      expect(site().output).toMatch(/latin1\.txt: the file is not valid UTF-8/);
    });

    it.each(Object.keys(hostilePages))('%s gives a page whose visible text matches the input', async (name) => {
      const page = await readPage(site().dist, `/sources/${slug(name)}/`);
      const main = select('main', page)!;
      expect(missingSentences(decoded(name), visibleText(main))).toEqual([]);
    });

    it('renders markup in articles as text: no script, no event handler, no javascript: link', async () => {
      for (const name of ['script.txt', 'braces.txt', 'imports.txt']) {
        const page = await readPage(site().dist, `/sources/${slug(name)}/`);
        const main = select('main', page)!;
        // The page's JSON-LD (a data block, never run) is the one script element article text may reach.
        expect(selectAll('script:not([type="application/ld+json"]), img, [onerror]', main)).toEqual([]);
        expect(selectAll('script', page).filter((s) => toText(s).includes('alert'))).toEqual([]);
        expect(selectAll('a', page).map((a) => String(a.properties.href))).not.toContainEqual(expect.stringMatching(/^javascript:/i));
      }
    });

    it('gives two articles with the same headline two pages', async () => {
      const titles = await Promise.all(['same-a', 'same-b'].map(async (s) => toText(select('h1', await readPage(site().dist, `/sources/${s}/`))!)));
      expect(titles).toEqual(['Same Headline', 'Same Headline']);
    });

    it('invents no date, and keeps a 400-character first line as text, not as a title', async () => {
      expect(select('main time', await readPage(site().dist, '/sources/nodate/'))).toBeUndefined();
      const page = await readPage(site().dist, '/sources/long-title/');
      expect(toText(select('h1', page)!).length).toBeLessThanOrEqual(91);
      expect(toText(select('#p1', page)!)).toContain(longTitle);
    });

    it('finds a new article in search (H800 is in no seed article)', async () => {
      expect(await sourcePagesWith(site().dist, 'H800')).toEqual(['/sources/h800/']);
    });
  });
}
