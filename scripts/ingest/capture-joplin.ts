import type { CaptureEdits, CaptureFact, CaptureReader } from './capture-shape.ts';

/**
 * Joplin's raw export (a note as `<id>.md`) ends with the note's metadata block, whatever was clipped:
 * after a blank line, `key: value` lines from `id: <32 hex digits>` to `type_: <n>`. It is the app's,
 * not the page's: taken out of the text. It states the clipped page's address (`source_url`) and, when
 * filled, its `author`; `created_time` is when the note was clipped, not when the article appeared.
 */
const FIRST = /^id: [0-9a-f]{32}$/;
const LAST = /^type_: \d+$/;
const FIELD = /^([a-z][a-z_]*):(?: (.*))?$/;

export const readJoplin: CaptureReader = (lines) => {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  if (last < 1 || !LAST.test(lines[last]!.trim())) return undefined;
  let first = last;
  while (first > 0 && FIELD.test(lines[first - 1]!.trim())) first--;
  if (!FIRST.test(lines[first]!.trim()) || (first > 0 && lines[first - 1]!.trim() !== '')) return undefined;
  const edits: CaptureEdits = new Map();
  for (let i = first; i <= last; i++) {
    const [, key, value = ''] = FIELD.exec(lines[i]!.trim())!;
    const v = value.trim();
    const fact: CaptureFact | undefined =
      key === 'source_url' && /^https?:\/\/\S+$/.test(v) ? { kind: 'meta', role: 'url', value: v } : key === 'author' && v ? { kind: 'byline', authors: [v] } : undefined;
    edits.set(i, fact ? { facts: [fact] } : null);
  }
  return { tool: 'joplin', edits };
};
