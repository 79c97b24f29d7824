import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * A Kindle's `My Clippings.txt`: every entry is the document's `Title (Author)`, the reader's action
 * (`- Your Highlight on Location 12-14 | Added on Thursday, 30 January 2025 22:41:07`), a blank line,
 * the highlighted text, and a `==========` rule. The title line repeats on every entry; the action line
 * dates the highlighting, never the article; a note is the reader's own words, not the article's. So
 * the first title line is the headline and its parenthesis the byline; every other line of the device's
 * is taken out, and the highlights are the body.
 */
const RULE = /^={10}$/;
/** The action line in English firmware, page or location, with the time it was added. */
const ACTION = /^-\s*Your\s+(Highlight|Note|Bookmark|Clip)\b.*\|\s*Added on\b/i;
/** `Title (Author)`; a document with several authors names them with `;`. */
const TITLE_AUTHOR = /^(.+?)\s*\(([^()]+)\)\s*$/;

export const readKindle: CaptureReader = (lines) => {
  const actions = lines.flatMap((l, i) => (ACTION.test(l.trim()) ? [i] : []));
  const rules = lines.filter((l) => RULE.test(l.trim())).length;
  // The shape: an action line under every title, a rule closing every entry.
  if (actions.length < 2 || rules < actions.length - 1) return undefined;
  const edits: CaptureEdits = new Map();
  actions.forEach((a, k) => {
    const title = a > 0 ? lines[a - 1]!.trim() : '';
    edits.set(a, null);
    if (title && k > 0) edits.set(a - 1, null);
    // A note's text (up to the entry's rule) is the reader's, not the article's.
    if (ACTION.exec(lines[a]!.trim())![1]!.toLowerCase() === 'note') {
      for (let i = a + 1; i < lines.length && !RULE.test(lines[i]!.trim()); i++) if (lines[i]!.trim()) edits.set(i, null);
    }
  });
  lines.forEach((l, i) => RULE.test(l.trim()) && edits.set(i, null));
  // The first entry's title line: the headline, and the author it names in parentheses.
  const first = actions[0]! - 1;
  const m = first >= 0 ? TITLE_AUTHOR.exec(lines[first]!.trim()) : null;
  if (m) {
    const authors = m[2]!.split(';').map((s) => s.trim()).filter(Boolean);
    edits.set(first, m[1]!);
    // The action line under it carries the byline the title line stated (the line itself is the device's).
    if (authors.length) edits.set(actions[0]!, { facts: [{ kind: 'byline', authors }] });
  }
  return { tool: 'kindle clippings', edits };
};
