import { BLOCK, blockLines, ownLines, SKIP, squash, type El } from './read-html-blocks.ts';

/**
 * What a saved page's markup says a container holds, read before Readability drops the markup: a
 * photo's caption or credit, an advert, a newsletter or sign-up promo, related links, a menu, or a side
 * box. The tag says it (`<figcaption>`, `<nav>`, `<aside>`), or the words of the container's class or id,
 * as site templates name their parts ("image__caption", "ad-slot", "newsletter-box", "related-content",
 * "layout__rail"). A short block right after a block holding only an image is `under image`: maybe its
 * caption, which chrome-containers.ts reads by its grammar.
 */
export type ContainerRole = 'caption' | 'advert' | 'promo' | 'related' | 'navigation' | 'aside' | 'under image';

const ROLE_OF_TAG: Record<string, ContainerRole> = { FIGCAPTION: 'caption', NAV: 'navigation', ASIDE: 'aside' };
const ROLE_OF_WORD: Record<string, ContainerRole> = {
  caption: 'caption', credit: 'caption', credits: 'caption', figcaption: 'caption',
  ad: 'advert', ads: 'advert', advert: 'advert', adverts: 'advert', advertisement: 'advert', adslot: 'advert', sponsor: 'advert', sponsored: 'advert', promoted: 'advert', paid: 'advert',
  newsletter: 'promo', signup: 'promo', subscribe: 'promo', subscription: 'promo', promo: 'promo',
  related: 'related', recirc: 'related', recommended: 'related',
  nav: 'navigation', navbar: 'navigation', menu: 'navigation', breadcrumb: 'navigation', breadcrumbs: 'navigation',
  rail: 'aside', sidebar: 'aside',
};
/** Most words of a container read by its role: a wrapper named "ad-free-article" around the story is not an advert. */
const MAX_CONTAINER_WORDS = 150;

type Node = El & { nodeType: number; getAttribute?: (name: string) => string | null };

/** The role a container names itself by, or undefined. */
function roleOf(el: Node): ContainerRole | undefined {
  const named = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`.toLowerCase().split(/[^a-z]+/);
  // The last word naming a role decides: "image__caption" is a caption, "ad-label" an advert.
  for (let k = named.length - 1; k >= 0; k--) if (Object.hasOwn(ROLE_OF_WORD, named[k]!)) return ROLE_OF_WORD[named[k]!];
  return ROLE_OF_TAG[el.tagName.toUpperCase()];
}

/** An <img> or <picture> in the element, or the element itself. */
const holdsImage = (el: El): boolean =>
  ['IMG', 'PICTURE'].includes(el.tagName.toUpperCase()) || Array.from(el.childNodes).some((n) => n.nodeType === 1 && !!n.tagName && holdsImage(n as El));

const countWords = (ls: readonly string[]) => ls.reduce((n, l) => n + l.split(' ').length, 0);

/**
 * The lines of `root` (as {@link blockLines} writes them) that stand only inside containers with a role,
 * each with the role of the innermost such container. A line the page also shows outside them (a pull
 * quote repeating the text) is left out.
 */
export function containerRoles(root: El): Map<string, ContainerRole> {
  const all = new Map<string, number>();
  const lines: string[] = [];
  blockLines(root, lines);
  for (const l of lines) all.set(l, (all.get(l) ?? 0) + 1);
  const inside = new Map<string, number>();
  const roles = new Map<string, ContainerRole>();
  const visit = (el: El, marked: boolean) => {
    let afterImage = false;
    for (const node of Array.from(el.childNodes) as Node[]) {
      if (node.nodeType !== 1 || !node.tagName || SKIP.has(node.tagName.toUpperCase())) {
        if (node.nodeType === 3 && squash(node.textContent)) afterImage = false;
        continue;
      }
      const role = roleOf(node) ?? (afterImage && BLOCK.has(node.tagName.toUpperCase()) ? 'under image' : undefined);
      afterImage = !squash(node.textContent) && holdsImage(node);
      let own = false;
      if (role) {
        // (A <figcaption> holding its credit in a <span> is one line of the page, as the page's own pass reads it.)
        const ls: string[] = [];
        ownLines(node, ls);
        if (countWords(ls) <= MAX_CONTAINER_WORDS) {
          for (const l of ls) roles.set(l, role);
          if (!marked) for (const l of ls) inside.set(l, (inside.get(l) ?? 0) + 1);
          own = true;
        }
      }
      visit(node, marked || own);
    }
  };
  visit(root, false);
  return new Map([...roles].filter(([t]) => inside.get(t) === all.get(t)));
}
