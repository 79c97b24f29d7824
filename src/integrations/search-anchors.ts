/**
 * What the search index is given of a page: the part of its HTML Pagefind reads, less the `id` of
 * every element that is not a heading.
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

/**
 * The copy of a page given to the search index: the `<html>` start tag (Pagefind reads the page's
 * language from it) and the element marked `data-pagefind-body`, with the `id` of every element in
 * it that is not a heading removed. Pagefind reads nothing else of a page that has such an element
 * (its text, title, filters, metadata and weights all come from inside it), but parsed the whole
 * page: the head, header and sidebar were about half of a source page's bytes, parsed again for every
 * page on every build. A page without that element is given whole, less the same ids.
 */
export function searchCopy(html: string): string {
  const cuts: [number, number][] = [];
  let tag = '';
  let tagStart = 0;
  let attr: [number, number] | undefined;
  let htmlTagEnd = -1;
  /** The body element: its name, where its start tag begins, open elements of that name in it, where its end tag ends. */
  let body: { name: string; start: number; depth: number; end: number } | undefined;
  let pendingBody = false;
  const none = () => undefined;
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: (start, end) => {
        tag = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
      },
      onattribname: (start, end) => {
        const name = html.slice(start, end).toLowerCase();
        if (name === 'data-pagefind-body' && !body) pendingBody = true;
        attr = name === 'id' && !KEPT.test(tag) ? [start, end] : undefined;
      },
      onattribend: (_quote, end) => {
        if (attr) cuts.push([attr[0], end]);
        attr = undefined;
      },
      onopentagend: (end) => {
        if (tag === 'html' && htmlTagEnd < 0) htmlTagEnd = end + 1;
        if (pendingBody) body = { name: tag, start: tagStart, depth: 0, end: -1 };
        else if (body && body.end < 0 && tag === body.name) body.depth++;
        pendingBody = false;
      },
      onselfclosingtag: () => void (pendingBody = false),
      onclosetag: (start, end) => {
        if (!body || body.end >= 0 || html.slice(start, end).toLowerCase() !== body.name) return;
        if (body.depth > 0) body.depth--;
        else body.end = html.indexOf('>', end) + 1 || html.length;
      },
      onattribdata: none,
      onattribentity: none,
      oncdata: none,
      oncomment: none,
      ondeclaration: none,
      onend: none,
      onprocessinginstruction: none,
      ontext: none,
      ontextentity: none,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const [from, to] = body && body.end >= 0 ? [body.start, body.end] : [0, html.length];
  const head = from > 0 && htmlTagEnd > 0 && htmlTagEnd <= from ? html.slice(0, htmlTagEnd) : '';
  const parts: string[] = [head];
  let at = from;
  for (const [start, end] of cuts) {
    if (start < from || end > to) continue;
    parts.push(html.slice(at, start));
    at = end;
  }
  parts.push(html.slice(at, to));
  if (head) parts.push('</html>');
  return parts.join('');
}
