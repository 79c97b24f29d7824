/**
 * Capture tools' shapes. Contributors rarely paste a page by hand: a reader service (Jina Reader), a
 * text browser (`lynx -dump`, `w3m -dump`), an archive (archive.today, the Wayback Machine) or a
 * translating proxy saved it, and every capture by one tool has the same furniture whatever the site.
 * Each `capture-*.ts` module recognises one tool by that fixed shape (never by a site's words) and
 * edits the normalised text before stage `segment`:
 *
 * - the tool's own lines are taken out and listed in the audit as `capture tool` boilerplate;
 * - a line holding a fact in the tool's wording (`URL Source: <url>`, `Saved from <url>`) is rewritten
 *   to the bare fact, so the header reader reads it like any header line; the audit shows it as written;
 * - marks the tool put inside sentences (`[12]` link numbers) are dropped, so the body is the page's text.
 *
 * The line count never changes, so line numbers still match the file.
 */
import type { BoilerplateReason, Segment } from '../core/article.ts';
import type { CaptureFact, CaptureReader } from './capture-shape.ts';
import { readArchive } from './capture-archive.ts';
import { readDump } from './capture-dump.ts';
import { readEpaper } from './capture-epaper.ts';
import { readJoplin } from './capture-joplin.ts';
import { readKindle } from './capture-kindle.ts';
import { readMarkdownCapture } from './capture-markdown.ts';
import { readMdx } from './capture-mdx.ts';
import { readPandocSpans } from './capture-pandoc.ts';
import { readPrint } from './capture-print.ts';
import { readReaderService } from './capture-reader-service.ts';
import { readSubstack } from './capture-substack.ts';
import { readNewsletterFooter } from './capture-newsletter.ts';
import { readOutline } from './capture-outline.ts';

/** What the capture tools found in a text. */
export interface Capture {
  /** The text with every edit applied: same number of lines. */
  text: string;
  /** Lines taken out (1-based line, as written), with the reason (`capture tool` for the tools' own), or what they state. */
  removed: { line: number; text: string; reason: BoilerplateReason; facts?: CaptureFact[] }[];
  /** Lines rewritten: 1-based line → the line as written. */
  original: Map<number, string>;
  /** The tools recognised, for tests and notes ("jina-reader", "lynx"…). */
  tools: string[];
}

/** In order: a reader service's header first (its body may be Markdown), MDX's code before the Markdown inline marks, which come last. */
const READERS: CaptureReader[] = [readReaderService, readArchive, readPrint, readKindle, readEpaper, readDump, readPandocSpans, readSubstack, readNewsletterFooter, readJoplin, readOutline, readMdx, readMarkdownCapture];

/**
 * Applies every tool whose shape the text has. `markdown`: the file is Markdown (`.md`), so inline
 * Markdown (escapes, links with titles, Pandoc spans) is read as such.
 */
export function readCapture(text: string, options: { markdown: boolean }): Capture {
  let lines = text.split('\n');
  const removed: Capture['removed'] = [];
  const original = new Map<number, string>();
  const tools: string[] = [];
  let markdown = options.markdown;
  for (const read of READERS) {
    const found = read(lines, { markdown });
    if (!found || found.edits.size === 0) continue;
    tools.push(found.tool);
    // Jina Reader's output is Markdown whatever the file's ending.
    if (found.tool === 'jina-reader') markdown = true;
    lines = lines.slice();
    for (const [i, edit] of found.edits) {
      const asWritten = original.get(i + 1) ?? lines[i]!;
      if (edit === null || typeof edit === 'object') {
        const facts = edit && 'facts' in edit ? edit.facts : undefined;
        removed.push({ line: i + 1, text: asWritten.trim(), reason: edit && 'reason' in edit ? edit.reason : 'capture tool', ...(facts ? { facts } : {}) });
        original.delete(i + 1);
        lines[i] = '';
      } else if (edit !== lines[i]) {
        original.set(i + 1, asWritten);
        lines[i] = edit;
      }
    }
  }
  return { text: tools.length ? lines.join('\n') : text, removed: removed.sort((a, b) => a.line - b.line), original, tools };
}

/**
 * The segments of a captured text, as the file wrote them: the tools' lines become `capture tool`
 * boilerplate (or the metadata they state), and a header line that was rewritten is shown as written
 * (a headline keeps the rewritten text as its title).
 */
export function withCapture(segments: Segment[], capture: Capture): Segment[] {
  if (capture.tools.length === 0) return segments;
  const restored = segments.map((s): Segment => {
    const asWritten = capture.original.get(s.line);
    // Body text and credits are shown to readers: they keep the page's text, without the tool's marks.
    if (asWritten === undefined || s.kind === 'paragraph' || s.kind === 'heading' || s.kind === 'credit') return s;
    const text = asWritten.trim();
    return s.kind === 'title' ? { ...s, title: s.title ?? s.text, text } : { ...s, text };
  });
  const extra: Segment[] = capture.removed.flatMap((r): Segment[] =>
    r.facts ? r.facts.map((f) => ({ ...f, line: r.line, text: r.text })) : [{ kind: 'boilerplate', line: r.line, text: r.text, reason: r.reason }],
  );
  // Stable: segments stay in reading order, and the tools' lines go where they stood.
  return [...restored, ...extra].map((s, i) => ({ s, i })).sort((a, b) => a.s.line - b.s.line || a.i - b.i).map(({ s }) => s);
}
