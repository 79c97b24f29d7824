import { describe, expect, it } from 'vitest';
import { searchCopy } from './search-anchors.ts';

describe('searchCopy', () => {
  it('keeps only the <html> start tag and the data-pagefind-body element, nested elements of its name included', () => {
    const html =
      '<!doctype html><html lang="en" dir="ltr"><head><title>T</title><script>const s = "<div data-pagefind-body>";</script></head>' +
      '<body><nav id="sidebar"><a href="/">Home</a></nav><div DATA-PAGEFIND-BODY class="m"><h1 id="_top">T</h1><div id="inner"><p id="p1">x</p></div>' +
      '<span data-pagefind-filter="type:Source">Source</span></div ><footer>f</footer></body></html>';
    expect(searchCopy(html)).toBe(
      '<!doctype html><html lang="en" dir="ltr"><div DATA-PAGEFIND-BODY class="m"><h1 id="_top">T</h1><div ><p >x</p></div>' +
        '<span data-pagefind-filter="type:Source">Source</span></div ></html>',
    );
  });

  it('gives a page whose body element is never closed whole (less the ids), as Pagefind would read it', () => {
    expect(searchCopy('<html lang="en"><body><p>menu</p><main data-pagefind-body><p id="a">x</p>')).toBe('<html lang="en"><body><p>menu</p><main data-pagefind-body><p >x</p>');
  });

  it('drops the ids of paragraphs, spans and links, and keeps heading ids and every other attribute', () => {
    const html =
      '<main data-pagefind-body><h1 id="_top">Otters</h1><p id="p1" class="para" dir="auto"><span class=sentence id=p1-s0>Otters float.</span> ' +
      '<a ID=\'cite-x\' href="#p1">[1]</a></p><H3 id="more">More</H3><div data-id="keep" id="">x</div></main>';
    expect(searchCopy(html)).toBe(
      '<main data-pagefind-body><h1 id="_top">Otters</h1><p  class="para" dir="auto"><span class=sentence >Otters float.</span> ' +
        '<a  href="#p1">[1]</a></p><H3 id="more">More</H3><div data-id="keep" >x</div></main>',
    );
  });

  it('leaves text, comments, script and attribute values that only look like ids alone', () => {
    const html =
      '<p title="id=&quot;t&quot;">id="a" &amp; more</p><!-- <p id="c"> --><script>const s = \'<p id="s">\';</script>' +
      '<textarea><b id="t"></b></textarea><style>#x{}</style>';
    expect(searchCopy(html)).toBe(html);
  });

  it('copes with a self-closing tag, an id without a value and a page with no id at all', () => {
    expect(searchCopy('<img id="i" src="a.png"/><input id disabled>')).toBe('<img  src="a.png"/><input  disabled>');
    const plain = '<!doctype html><html><body><p>No ids.</p></body></html>';
    expect(searchCopy(plain)).toBe(plain);
  });
});
