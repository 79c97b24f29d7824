import type { CaptureEdits, CaptureReader } from './capture-shape.ts';

/**
 * A page as a text browser prints it (`lynx -dump`, `w3m -dump`): paragraphs hard-wrapped at the
 * terminal's width (lynx indents them), each link's number in brackets before its text (`[12]Nvidia`),
 * the numbered list of those links under `References` at the end, form fields drawn as `____` or
 * `[          ]` with their buttons (`[Submit]`), and rules drawn with `━`.
 */

/** An image lynx shows by its file name or as `[INLINE]`/`[IMG]` (it has no alt text), alone on its line. */
const IMAGE_MARK = /^\s*(?:\[\d+\])?\[(?:[\w.%()-]+\.(?:jpe?g|png|gif|webp|avif|svg)|INLINE|IMG|image|LINK)\]\s*$/i;
/** A form control as lynx draws it: `(BUTTON) Search`, `[ ] Remember me`, `( ) Yes`. */
const CONTROL = /^\s*(?:\(BUTTON\)|\(submit\)|\[ \]|\( \))\s/i;
/** A link of lynx's list (`   12. https://…`) or w3m's (`[12] https://…`). */
const REFERENCE = /^\s*(?:(\d+)\.|\[(\d+)\])\s+\S+$/;
const REFERENCES_HEADING = /^\s*References:?$/;
/** lynx -listonly's sub-headings inside the list. */
const LIST_SUBHEADING = /^\s*(?:Visible|Hidden) links:?$/;
/** A text field with its label or its button: `Search: ______ [Submit]`, `[                    ] [Search]`. */
const FORM_FIELD = /\S.*_{6,}|_{6,}.*\[[^\]\n]+\]|\[ {6,}\]/;
/** A rule as w3m draws `<hr>`. */
/** Two or more buttons (`[Share]`) or tick boxes with their label (`[ ] Save`), set apart by runs of spaces, and nothing else. */
const BUTTON_ROW = /^\s*\[[^[\]\n]{0,20}\](?: \p{L}+)?(?:\s{2,}\[[^[\]\n]{0,20}\](?: \p{L}+)?)+\s*$/u;
const RULE = /^\s*[━─]{20,}\s*$/;
/** A line that starts a list item: never the continuation of the line above. */
const ITEM_START = /^\s*(?:[*•+-]|\d+[.)])\s/;
/** A link number the browser put before a link's text (`[5]May 2024`); the second of `[6][1]` is the link's own text (a footnote mark). */
const LINK_MARK = /(?<!\])\[(\d+)\](?=\S)/g;

/** Terminals and the tools' defaults wrap at 72–80 columns; wider "lines" are unwrapped paragraphs. */
const MAX_COLUMN = 132;
/** A full line of a wrapped paragraph ends this close to the column, and a column has this many full lines at least. */
const COLUMN_SLACK = 12;
const MIN_FULL_LINES = 3;
/**
 * Columns a wrapped line may fall short of the edge by (a text touched up by hand, a wrapper that breaks
 * before punctuation): a line this close to the column continues. Lines that stand alone in a dump
 * (a byline, a date, a tag row) are far shorter.
 */
const WRAP_SLACK = 6;

/** A row of links and nothing else (`[1]Home  [2]World  [3]Tech`): each piece opens with its link number and is a few words long. */
const LINK_ROW = /^\s*(?:[*•+-]\s+)?(?:\[\d+\][^[\]\s][^[\]]{0,40}?\s*){3,}$/;

/** The link list at the end: its lines (0-based) and the highest number, or nothing. */
function referenceList(lines: readonly string[]): { at: number[]; count: number } | undefined {
  const at: number[] = [];
  let count = 0;
  let i = lines.length - 1;
  for (; i >= 0; i--) {
    const t = lines[i]!;
    if (t.trim() === '' || LIST_SUBHEADING.test(t)) continue;
    const m = REFERENCE.exec(t);
    if (!m) break;
    at.push(i);
    count = Math.max(count, Number(m[1] ?? m[2]));
  }
  if (at.length === 0 || i < 0 || !REFERENCES_HEADING.test(lines[i]!)) return undefined;
  for (let j = i; j < lines.length; j++) if (lines[j]!.trim() && !at.includes(j)) at.push(j);
  return { at, count };
}

/**
 * Joins the lines of a hard-wrapped paragraph into its first line (the others are left empty): a line
 * continues on the next when the next line's first word would not have fitted after it within the
 * column (the widest line), which is how a wrapping program decides where to break.
 */
function reflow(lines: readonly string[], edits: CaptureEdits): void {
  const text = (i: number) => {
    const edit = edits.get(i);
    return (edits.has(i) ? (typeof edit === 'string' ? edit : '') : lines[i]!).trimEnd();
  };
  const widths = lines.map((_, i) => text(i)).filter((l) => /\S+\s+\S+\s+\S+/.test(l) && !RULE.test(l) && !/https?:\/\//.test(l)).map((l) => l.length);
  const column = Math.max(0, ...widths);
  // Only a text set in a column: several lines reach its edge (a text of unwrapped paragraphs has one longest line).
  if (column < 40 || column > MAX_COLUMN || widths.filter((w) => w >= column - COLUMN_SLACK).length < MIN_FULL_LINES) return;
  for (let i = 0; i < lines.length - 1; i++) {
    let j = i;
    const parts = [text(i)];
    while (j + 1 < lines.length) {
      const next = text(j + 1);
      const firstWord = next.trim().split(/\s+/)[0] ?? '';
      if (!firstWord || ITEM_START.test(next) || text(j).trim() === '' || text(j).length + 1 + firstWord.length <= column - WRAP_SLACK) break;
      parts.push(next.trim());
      j++;
    }
    if (j === i) continue;
    edits.set(i, parts.join(' '));
    for (let k = i + 1; k <= j; k++) edits.set(k, null);
    i = j;
  }
}

export const readDump: CaptureReader = (lines) => {
  const refs = referenceList(lines);
  // The plain substring first: the patterns would scan every long line of prose.
  const forms = lines.flatMap((l, i) => ((l.includes('______') || l.includes('[      ')) && FORM_FIELD.test(l) ? [i] : []));
  const rules = lines.flatMap((l, i) => ((l.includes('━━━') || l.includes('───')) && RULE.test(l) ? [i] : []));
  if (!refs && forms.length === 0 && rules.length === 0) return undefined;
  const edits: CaptureEdits = new Map();
  for (const i of refs?.at ?? []) edits.set(i, null);
  // The form and the rule are the page's, drawn by the browser.
  for (const i of forms) edits.set(i, { reason: 'page chrome' });
  for (const i of rules) edits.set(i, { reason: 'separator' });
  // A row of the page's buttons and tick boxes as the browser draws them: "[ ] Save   [Share]   [Print]".
  lines.forEach((l, i) => !edits.has(i) && l.includes('] ') && BUTTON_ROW.test(l) && edits.set(i, { reason: 'page chrome' }));
  if (refs) {
    lines.forEach((l, i) => {
      if (edits.has(i)) return;
      if (IMAGE_MARK.test(l)) edits.set(i, { reason: 'image' });
      else if (CONTROL.test(l)) edits.set(i, { reason: 'page chrome' });
    });
  }
  if (refs) {
    lines.forEach((l, i) => {
      if (edits.has(i)) return;
      if (LINK_ROW.test(l)) return edits.set(i, { reason: 'navigation' });
      const unmarked = l.replace(LINK_MARK, (mark, n: string) => (Number(n) <= refs.count ? '' : mark));
      if (unmarked !== l) edits.set(i, unmarked.trim() === '' ? null : unmarked);
    });
  }
  // Joined lines keep their marks' removal: the continuation lines are read through `edits`.
  reflowDeletions(lines, edits);
  return { tool: refs ? 'text-browser dump' : 'text-browser dump (no link list)', edits };
};

/** Reflows, then turns joined lines (left empty) into plain blanks rather than removed tool lines. */
function reflowDeletions(lines: readonly string[], edits: CaptureEdits): void {
  const before = new Set([...edits].filter(([, v]) => v === null).map(([i]) => i));
  reflow(lines, edits);
  for (const [i, v] of edits) if (v === null && !before.has(i)) edits.set(i, '');
}
