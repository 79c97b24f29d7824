import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * A newsletter platform's footer names the newsletter to its reader: "You're reading **Harbour Notes**.",
 * "You are receiving this email because you subscribed to Harbour Notes." The line is the platform's (with
 * its unsubscribe link): taken out of the text, and read as the publisher. Only the last such line counts.
 */
const FOOTER = /^(?:You(?:'|’)re reading|You are reading|You(?:'|’)re receiving this(?: e-?mail| newsletter)? because you (?:subscribed|signed up) (?:to|for)|You are receiving this(?: e-?mail| newsletter)? because you (?:subscribed|signed up) (?:to|for))\s+(?:\*\*|__)?([^*_\n.!,;]{2,60}?)(?:\*\*|__)?[.!](?:\s|$)/;
/** Markdown marks around the name: `**Name**`; a link's text: `[Name](…)`. */
const plain = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();

export const readNewsletterFooter: CaptureReader = (lines) => {
  const edits: CaptureEdits = new Map();
  for (let i = lines.length - 1; i >= 0; i--) {
    // The footer opens with "You": a line without a "Y" is not one (plain() only takes marks out).
    const name = lines[i]!.includes('Y') ? FOOTER.exec(plain(lines[i]!))?.[1]?.trim() : undefined;
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    edits.set(i, { facts: [{ kind: 'meta', role: 'publisher', value: name }] });
    break;
  }
  return edits.size ? { tool: 'newsletter footer', edits } : undefined;
};
