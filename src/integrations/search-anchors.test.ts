import { describe, expect, it } from 'vitest';
import { withoutNonHeadingIds } from './search-anchors.ts';

describe('withoutNonHeadingIds', () => {
  it('drops the ids of paragraphs, spans and links, and keeps heading ids and every other attribute', () => {
    const html =
      '<main data-pagefind-body><h1 id="_top">Otters</h1><p id="p1" class="para" dir="auto"><span class=sentence id=p1-s0>Otters float.</span> ' +
      '<a ID=\'cite-x\' href="#p1">[1]</a></p><H3 id="more">More</H3><div data-id="keep" id="">x</div></main>';
    expect(withoutNonHeadingIds(html)).toBe(
      '<main data-pagefind-body><h1 id="_top">Otters</h1><p  class="para" dir="auto"><span class=sentence >Otters float.</span> ' +
        '<a  href="#p1">[1]</a></p><H3 id="more">More</H3><div data-id="keep" >x</div></main>',
    );
  });

  it('leaves text, comments, script and attribute values that only look like ids alone', () => {
    const html =
      '<p title="id=&quot;t&quot;">id="a" &amp; more</p><!-- <p id="c"> --><script>const s = \'<p id="s">\';</script>' +
      '<textarea><b id="t"></b></textarea><style>#x{}</style>';
    expect(withoutNonHeadingIds(html)).toBe(html);
  });

  it('copes with a self-closing tag, an id without a value and a page with no id at all', () => {
    expect(withoutNonHeadingIds('<img id="i" src="a.png"/><input id disabled>')).toBe('<img  src="a.png"/><input  disabled>');
    const plain = '<!doctype html><html><body><p>No ids.</p></body></html>';
    expect(withoutNonHeadingIds(plain)).toBe(plain);
  });
});
