import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { siteNameOnly } from './header-resolve.ts';
import { parseByline } from './byline.ts';

const HEAD = 'Battery ferry order doubles at the Gdansk yard\nBy Kari Hansen\nMarch 12, 2031';

describe("a masthead's link or image words around the site's name", () => {
  it.each([
    ['Fjordline Gazette home', 'Fjordline Gazette'],
    ['Home - Fjordline Gazette', 'Fjordline Gazette'],
    ['Fjordline Gazette | Home', 'Fjordline Gazette'],
    ['Welcome to Fjordline Gazette', 'Fjordline Gazette'],
    ['Fjordline Gazette Logo Image', 'Fjordline Gazette'],
    ['Fjordline Gazette (logo)', 'Fjordline Gazette'],
    ["Fjordline Gazette's logo", 'Fjordline Gazette'],
    ['Ideal Home', 'Ideal Home'],
    ['Home', 'Home'],
  ])('%s names %s', (line, name) => expect(siteNameOnly(line)).toBe(name));

  it("reads a logo's possessive alt text at the top as the site's name", () => {
    expect(meta(read(`Fjordline Gazette's logo\nHome\nWorld\nBusiness\n${HEAD}\n${BODY}\n© 2031 Fjordline Gazette`)).publisher).toBe('Fjordline Gazette');
  });

  it('reads the site from a top line that wraps its name in link words, and never takes "Go to … homepage" for the headline', () => {
    expect(meta(read(`Welcome to Fjordline Gazette\n${HEAD}\n${BODY}`)).publisher).toBe('Fjordline Gazette');
    const a = meta(read(`Go to Fjordline Gazette homepage\n${HEAD}\n${BODY}`));
    expect(a.title).toBe('Battery ferry order doubles at the Gdansk yard');
    expect(a.publisher).toBe('Fjordline Gazette');
  });
});

describe('a byline label with its colon', () => {
  it('reads "Written by: A" and "Story by: A" as "Written by A"', () => {
    expect(parseByline('Written by: Kari Hansen')?.authors).toEqual(['Kari Hansen']);
    expect(parseByline('Story by: Kari Hansen and Ola Nordmann')?.authors).toEqual(['Kari Hansen', 'Ola Nordmann']);
  });
});
