import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { showArticles } from './check-show.ts';

const root = mkdtempSync(join(tmpdir(), 'check-show-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/articles'), { recursive: true });
const article = (name: string, text: string) => writeFileSync(join(root, 'content/articles', name), text);

// An invented select-all copy: a masthead, menu, headline, byline, date, a share prompt, body, footer.
article(
  'chip-quota.txt',
  [
    'The Lantern Courier',
    'Home',
    'World',
    'Business',
    'Chipmakers Brace for a New Quota on Accelerators',
    'By Ada Brook and Lin Qiao',
    'March 4, 2025',
    'Share this article',
    'Regulators proposed a quota of 50,000 accelerators a year for each buyer, officials said on Tuesday.',
    'Two suppliers said the rule would cut their sales by about 12% in the first year.',
    '© 2025 Lantern Courier Media. All rights reserved.',
  ].join('\n\n'),
);
article('undated.txt', 'A Headline With No Date Under It\n\nThe paragraph says what happened, at some length, with no date anywhere near it.\n');
writeFileSync(join(root, 'content/articles/undated.meta.yaml'), 'publisher: The Example Ledger\n');

describe('npm run check -- --show', () => {
  it('prints the metadata read with its lines, the body kept, each removed line with its reason, and the figures', async () => {
    const { lines, problems } = await showArticles(root, ['content/articles/chip-quota.txt']);
    expect(problems).toEqual([]);
    const text = lines.join('\n');
    expect(text).toContain('content/articles/chip-quota.txt → /sources/chip-quota/');
    expect(text).toMatch(/title {6}Chipmakers Brace for a New Quota on Accelerators \(line 9\)/);
    expect(text).toMatch(/date {7}2025-03-04, read from "March 4, 2025" \(line 13\)/);
    expect(text).toMatch(/authors {4}Ada Brook; Lin Qiao \(line 11\)/);
    expect(text).toMatch(/publisher {2}The Lantern Courier/);
    expect(text).toMatch(/body {7}2 paragraphs, 0 headings/);
    expect(text).toMatch(/^ +15 {2}[a-z ]+: Share this article$/m);
    expect(text).toMatch(/figures {4}\d+: .*50,000 accelerators/);
    // Only the one file asked for.
    expect(text).not.toContain('undated.txt');
  });

  it('says what is missing, points at the sidecar (noting one that exists), and shows every article when none is named', async () => {
    const { lines } = await showArticles(root, []);
    const text = lines.join('\n');
    expect(text).toContain('chip-quota.txt');
    expect(text).toMatch(/undated\.txt → [\s\S]*date {7}— \(none stated\): the page will show it as undated/);
    expect(text).toMatch(/publisher {2}The Example Ledger/);
    expect(text).toContain('Set it in content/articles/undated.meta.yaml (it exists)');
    expect(text).toContain('Set it in content/articles/chip-quota.meta.yaml (CONTRIBUTING.md, form 4)');
  });

  it('names a file that is not an article as a problem, with what to do', async () => {
    const { problems } = await showArticles(root, ['content/articles/missing.txt']);
    expect(problems).toEqual([
      { file: 'content/articles/missing.txt', message: 'not an article file in content/articles/', hint: 'give the path of a .txt, .md or .html file there' },
    ]);
  });
});
