import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * An outliner's page (Logseq, Roam, Workflowy or Dynalist copied as Markdown): every line a block, "- " at its start, a nested
 * block indented under its parent by tabs or spaces. A clipped article's paragraphs are the top-level blocks; what the reader wrote
 * hangs under them (a comment on a paragraph: "5 GW ≈ five reactors. Useful for the talk."), or under a heading of their own
 * ("- ## My notes"), and a task ("TODO follow up …") is theirs too. Those are the reader's notes, taken out of the text. A nested
 * block under a paragraph that introduces it (ending in ":") or under a heading is the article's list or section, and is kept.
 */

/** A block: its indentation, then "- " and its text. */
const BLOCK = /^([ \t]*)[-*] (.*)$/;
/** A block's property line ("id:: 6874b2c1-…", "collapsed:: true"): neither text nor a block. */
const PROPERTY = /^[ \t]*[a-z][\w-]*:: /;
/** A heading the reader gave their own notes: "## My notes", "My thoughts", "Personal takeaways". */
const OWN_HEADING = /^(?:#{1,6}\s+)?(?:my|personal|reader['’]s)\s+(?:notes?|thoughts|comments|takeaways|questions|highlights|todos?)\s*:?$/i;
/** An outliner's task marker opening a block: "TODO …", "LATER …", "DONE …". */
const TASK = /^(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\s/;
/** Fewest top-level blocks, and fewest words of the longest one, of a clipped article. */
const MIN_BLOCKS = 3;
const MIN_PARAGRAPH_WORDS = 20;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

export const readOutline: CaptureReader = (lines, { markdown }) => {
  if (!markdown) return undefined;
  const blocks = lines.map((l) => BLOCK.exec(l));
  const text = lines.map((l, i) => (l.trim() === '' || PROPERTY.test(l) ? false : !blocks[i]));
  // The shape: every line with text is a block, several at the top level, one at least a paragraph of prose.
  const top = blocks.filter((b) => b && b[1] === '');
  if (text.some(Boolean) || top.length < MIN_BLOCKS || !top.some((b) => words(b![2]!) >= MIN_PARAGRAPH_WORDS)) return undefined;
  // And the outliner's own marks: children indented by tabs (a Markdown list written by hand indents with spaces), a task or the
  // reader's own heading. A bulleted article with spaced sub-bullets is not an outliner's page, and its sub-bullets are kept.
  if (!blocks.some((b) => b && b[1]!.includes('\t')) && !top.some((b) => OWN_HEADING.test(b![2]!) || TASK.test(b![2]!))) return undefined;
  const edits: CaptureEdits = new Map();
  let parent = '';
  let own = false;
  blocks.forEach((b, i) => {
    if (!b) return;
    const [, indent, t] = b;
    if (indent === '') {
      parent = t!;
      own = OWN_HEADING.test(t!);
      if (own || TASK.test(t!)) edits.set(i, { reason: 'production note' });
      return;
    }
    // A nested block: the reader's, unless its parent introduces it or heads a section of the article.
    if (own || TASK.test(t!) || !(/:$/.test(parent.trim()) || /^#{1,6}\s/.test(parent))) edits.set(i, { reason: 'production note' });
  });
  return { tool: 'outliner', edits };
};
