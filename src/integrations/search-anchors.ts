/**
 * What the search index is given of a page: its HTML less the `id` of every element that is not a
 * heading.
 *
 * Pagefind records every element with an `id` as an anchor in the page's fragment, with the element's
 * whole text. A source page gives each paragraph and each sentence an id (citations point at them), so
 * its fragment carried the article's text three times (the text, each paragraph, each sentence), and a
 * topic page each cited paragraph and citation link again: most of the bytes a first search fetches.
 * Pagefind's search UI uses only heading anchors (and anchors with a title) for its sub-results, so the
 * other anchors were bytes that no reader saw. The page itself keeps its ids: only the copy sent to
 * Pagefind loses them. Found with htmlparser2's tokenizer (attribute positions in the original text),
 * so script text, comments and attribute values that look like `id=` are left alone.
 */
import { Tokenizer } from 'htmlparser2';

/** Elements whose id Pagefind's UI turns into a sub-result: headings. */
const KEPT = /^h[1-6]$/i;

/** `html` with the `id` attributes of elements other than headings removed (the spans [start, end) cut out). */
export function withoutNonHeadingIds(html: string): string {
  const cuts: [number, number][] = [];
  let tag = '';
  let attr: [number, number] | undefined;
  const none = () => undefined;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: (start, end) => void (tag = html.slice(start, end)),
      onattribname: (start, end) => void (attr = html.slice(start, end).toLowerCase() === 'id' && !KEPT.test(tag) ? [start, end] : undefined),
      onattribend: (_quote, end) => {
        if (attr) cuts.push([attr[0], end]);
        attr = undefined;
      },
      onattribdata: none,
      onattribentity: none,
      oncdata: none,
      onclosetag: none,
      oncomment: none,
      ondeclaration: none,
      onend: none,
      onopentagend: none,
      onprocessinginstruction: none,
      onselfclosingtag: none,
      ontext: none,
      ontextentity: none,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    parts.push(html.slice(at, start));
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
