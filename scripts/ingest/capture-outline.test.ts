import { describe, expect, it } from 'vitest';
import { ingestAll } from './pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const P1 = 'The orchard cooperative said on Friday that its apple harvest had fallen sharply this year, after a late frost and a dry summer hit the valley.';
const P2 = 'Its chair told members that the cooperative would ask the regional government for help with the cost of new irrigation before next spring.';
const P3 = 'The plan has three parts:';
const PAGE = `title:: Frost cuts the apple harvest
author:: [[Tomas Brandt]]
published:: [[Oct 2nd, 2025]]

- ${P1}
\t- A third of the crop ≈ two years of cider. Useful for the talk.
- ${P2}
- ${P3}
\t- new wells on the upper slopes
\t- a shared cold store
- ## My notes
\t- Check whether the aid covers the upper slopes.
- TODO ask the cooperative for the 2023 figures`;

describe("an outliner's page (Logseq)", () => {
  it("takes out the reader's nested comments, their own notes section and their tasks, and keeps the article's list", () => {
    const a = ingestAll([{ file: 'content/articles/frost.md', bytes: enc(PAGE) }]).articles[0]!;
    const body = a.body.map((b) => b.text).join('\n');
    expect(body).toContain(P1);
    expect(body).toContain(P2);
    expect(body).toContain('new wells on the upper slopes');
    for (const gone of ['Useful for the talk', 'My notes', 'Check whether the aid', 'TODO ask']) expect(body).not.toContain(gone);
    expect(a.boilerplate.map((b) => b.reason)).toContain('production note');
  });

  it('leaves a bulleted article with spaced sub-bullets as it is', () => {
    const md = `---\ntitle: Frost cuts the apple harvest\n---\n- ${P1}\n  - The frost came two weeks later than usual.\n- ${P2}\n- ${P3}\n`;
    const a = ingestAll([{ file: 'content/articles/frost.md', bytes: enc(md) }]).articles[0]!;
    expect(a.body.map((b) => b.text).join('\n')).toContain('The frost came two weeks later than usual.');
  });
});
