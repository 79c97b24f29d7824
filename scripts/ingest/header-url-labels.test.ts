import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { URL_LINE } from './header-line-url.ts';

const U = 'https://fjordlinegazette.example/2031/03/ferry-trials';
const MORE = 'Officials at the port authority said the vessel would enter service in June, carrying up to 300 passengers on each crossing.';

describe("the page's address under other labels", () => {
  it.each(['Source URL: ', 'Article link: ', 'Original address: ', 'Quelle: ', 'Fuente: ', 'Fonte: ', 'Lien : ', '原文链接：', '来源：'])('reads "%s<URL>" in the header', (label) => {
    expect(URL_LINE.exec(`${label}${U}`)?.[1]).toBe(U);
    const a = meta(read(`Battery ferry order doubles at the Gdansk yard\n${label}${U}\nKari Hansen\nMarch 12, 2031\n${BODY}\n${MORE}`));
    expect(a.title).toBe('Battery ferry order doubles at the Gdansk yard');
    expect(a.url).toBe(U);
  });

  it('takes no sentence or other label before an address', () => {
    expect(URL_LINE.test(`Read more: ${U}`)).toBe(false);
    expect(URL_LINE.test(`The ministry's notice is at ${U}`)).toBe(false);
  });

  it.each([`Originally at ${U}`, `Read the original article at ${U}`, `View original: ${U}`, `See the original post here ${U}`])('reads a footer "%s" as the address', (foot) => {
    expect(meta(read(`Battery ferry order doubles at the Gdansk yard\nKari Hansen\nMarch 12, 2031\n${BODY}\n${MORE}\n${foot}`)).url).toBe(U);
  });
});
