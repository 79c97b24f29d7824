/** A saved page's text as lines: one per block element, loose inline text between blocks a line of its own. */

/** Elements whose text is one line of the article. */
export const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
/** Elements that hold blocks: their children are visited. */
const CONTAINER = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'NAV', 'FORM', 'BODY', 'SPAN']);
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME']);

export interface El {
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null } & Partial<El>>;
}

export const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** The text of a container, one line per block; loose text between blocks is a line of its own. */
export function blockLines(el: El, out: string[]): void {
  let loose = '';
  const flush = () => {
    if (squash(loose)) out.push(squash(loose));
    loose = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      loose += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || !node.tagName) continue;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      flush();
    } else if (BLOCK.has(tag) && !hasBlock(node as El)) {
      flush();
      if (squash(node.textContent)) out.push(squash(node.textContent));
    } else if (BLOCK.has(tag) || CONTAINER.has(tag)) {
      flush();
      blockLines(node as El, out);
    } else loose += node.textContent ?? '';
  }
  flush();
}

/** The lines of one element as the page's own pass writes them: a block with no block inside is one line, inline spans and all. */
export function ownLines(el: El, out: string[]): void {
  if (BLOCK.has(el.tagName.toUpperCase()) && !hasBlock(el)) {
    if (squash(el.textContent)) out.push(squash(el.textContent));
  } else blockLines(el, out);
}

export const hasBlock = (el: El): boolean =>
  Array.from(el.childNodes).some((n) => n.nodeType === 1 && !!n.tagName && (BLOCK.has(n.tagName.toUpperCase()) || CONTAINER.has(n.tagName.toUpperCase()) ? n.tagName.toUpperCase() !== 'SPAN' || hasBlock(n as El) : false));
