import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from 'hast-util-to-html';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expressiveCode } from './expressive-code.ts';

// A line of a topic page's diagram source, the kind of line that came out different under load.
const SOURCE = 'flowchart LR\n  E["Chinese-made chips, e.g. Huawei"] --> CN\n  CN -->|imposes| US["Export controls"]\n';

/** The highlighted block as HTML; with `stalled`, every read of the clock is a second after the last, as for a build paused mid-line. */
async function highlight(shiki: NonNullable<typeof expressiveCode.shiki>, stalled: boolean): Promise<string> {
  const ec = new ExpressiveCode({ shiki });
  if (stalled) {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
  }
  const { renderedGroupAst } = await ec.render({ code: SOURCE, language: 'mermaid' });
  vi.restoreAllMocks();
  return toHtml(renderedGroupAst);
}

describe('code blocks highlighted whatever the clock', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Shiki on its own cuts a line short when the clock runs on (its 500 ms limit): what made builds under load differ', async () => {
    const steady = await highlight({}, false);
    expect(await highlight({}, true)).not.toBe(steady);
  });

  it('with the site\'s Expressive Code options, a stalled build highlights every line as a steady one does', async () => {
    const shiki = expressiveCode.shiki;
    expect(shiki).toBeTypeOf('object');
    const steady = await highlight(shiki!, false);
    expect(steady).toBe(await highlight({}, false));
    expect(await highlight(shiki!, true)).toBe(steady);
  });
});
