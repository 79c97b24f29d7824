import { isKnownPerson } from './byline-names.ts';
import { looksLikeOutlet } from './outlet-name.ts';
import { parsePlaceDateLine } from './dates.ts';
import type { Segment } from '../core/article.ts';
import type { Meta } from './header-line-forms.ts';
import { words, type Unit } from './units.ts';

/**
 * A forwarded or saved e-mail: the `From:` / `Date:` / `Subject:` / `To:` lines a mail program
 * writes above the message. The lines above them (the forwarder's note, signature and the
 * "Forwarded message" marker) are about the forward, not the story; the headers state the
 * message's sender, date and subject, which stand in for the outlet, date and headline when the
 * message itself does not state them.
 */

/** The header block is looked for among the first units only. */
const MAX_START = 12;
const HEADER = /^(from|date|sent|subject|to|cc|bcc|reply-to)\s*:\s*(.*)$/i;
/** "Fwd:", "Fw:", "Re:" before a subject: the mail program's, not the author's. */
const REPLY_PREFIX = /^(?:(?:fwd?|re|aw|wg)\s*:\s*)+/i;

export interface MailHeaders {
  /** Segments of the units up to the end of the header block. */
  segments: Map<number, Segment>;
  /** Index of the first unit after the header block. */
  end: number;
  /** The subject line: the headline when the message states none. */
  subject?: { at: number; title: string };
  /** The sent date: the date when the message states none. */
  date?: { at: number; iso: string; hasTime: boolean };
  /** The sender's display name, when it names an outlet rather than a person. */
  sender?: string;
}

/** "The Compute Brief <brief@example.org>": a sender's display name and address, as a mail client's reading pane shows it. */
const MAILBOX = /^(?:"?([^<>"@]*\p{L}[^<>"@]*?)"?\s+)?<[^<>\s@]+@[^<>\s]+>$/u;
/** Whether a (trimmed) line is a mailbox: the cheap test first, since the expression backtracks for long on a long paragraph that is not one. */
const isMailbox = (text: string) => text.endsWith('>') && MAILBOX.test(text);
/** How far below the top of a copied mail client the message's header is looked for (its toolbar stands above). */
const MAX_PANE_START = 30;

/**
 * A message copied from a mail client's reading pane (webmail): the subject on its own line, then the sender
 * as `Name <address>`, a `To:` label (its recipient on the same or the next line) and the sent date, without
 * `From:` or `Subject:` labels. What stands above the subject is the client's toolbar and folder list.
 */
function readingPane(us: readonly Unit[]): MailHeaders | undefined {
  const from = us.findIndex((u, i) => i > 0 && i < MAX_PANE_START && isMailbox(u.text.trim()));
  if (from < 0) return undefined;
  const to = us.findIndex((u, i) => i > from && i <= from + 2 && /^(?:to|cc)\s*:/i.test(u.text.trim()));
  if (to < 0) return undefined;
  // The recipient stands on the label's line or alone under it ("you", a name, an address).
  const recipient = /^(?:to|cc)\s*:\s*$/i.test(us[to]!.text.trim()) && to + 1 < us.length && words(us[to + 1]!.text) <= 4 ? to + 1 : to;
  const dateAt = recipient + 1;
  const date = dateAt < us.length ? parsePlaceDateLine(us[dateAt]!.text) : undefined;
  if (!date) return undefined;
  const subjectAt = from - 1;
  const segments = new Map<number, Segment>();
  for (let i = 0; i < subjectAt; i++) segments.set(i, { kind: 'boilerplate', reason: 'navigation', line: us[i]!.line, text: us[i]!.text });
  for (let i = subjectAt; i <= dateAt; i++) segments.set(i, { kind: 'meta', role: 'e-mail header', line: us[i]!.line, text: us[i]!.text });
  const name = MAILBOX.exec(us[from]!.text.trim())![1]?.trim();
  const title = us[subjectAt]!.text.replace(REPLY_PREFIX, '').trim();
  return {
    segments,
    end: dateAt + 1,
    ...(title ? { subject: { at: subjectAt, title } } : {}),
    date: { at: dateAt, iso: date.iso, hasTime: date.hasTime },
    ...(name && words(name) <= 6 && (looksLikeOutlet(name) || !isKnownPerson(name)) ? { sender: name } : {}),
  };
}

/** Reads a mail header block near the top: at least a `From:` line and a `Subject:` or `Date:` line, one after another (or a reading pane's unlabelled header). */
export function readMailHeaders(us: readonly Unit[]): MailHeaders | undefined {
  const first = us.findIndex((u, i) => i < MAX_START && /^from\s*:/i.test(u.text));
  if (first < 0) return readingPane(us);
  let end = first;
  while (end < us.length && HEADER.test(us[end]!.text)) end++;
  const fields = new Map(us.slice(first, end).map((u) => HEADER.exec(u.text)!).map((m) => [m[1]!.toLowerCase(), m[2]!.trim()]));
  if (!fields.has('subject') && !fields.has('date') && !fields.has('sent')) return undefined;
  const segments = new Map<number, Segment>();
  // Above the headers: the forwarder's note and signature and the "Forwarded message" marker.
  for (let i = 0; i < first; i++) segments.set(i, { kind: 'boilerplate', reason: 'production note', line: us[i]!.line, text: us[i]!.text });
  const out: MailHeaders = { segments, end };
  for (let i = first; i < end; i++) {
    const [, key, value] = HEADER.exec(us[i]!.text)!;
    segments.set(i, { kind: 'meta', role: 'e-mail header', line: us[i]!.line, text: us[i]!.text });
    const k = key!.toLowerCase();
    if (k === 'subject') {
      // "☕ The DeepSeek shock": an emoji opening a subject line decorates it, it is not part of the title.
      const title = value!.replace(REPLY_PREFIX, '').replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, '').trim();
      if (title) out.subject = { at: i, title };
    } else if (k === 'date' || k === 'sent') {
      const date = parsePlaceDateLine(value!);
      if (date) out.date = { at: i, iso: date.iso, hasTime: date.hasTime };
    } else if (k === 'from') {
      // "The Compute Brief <brief@…>": the display name; a person's name is the sender, not an outlet.
      const name = value!.replace(/<[^>]*>/g, '').replace(/^["']|["']$/g, '').trim();
      if (name && !/@/.test(name) && words(name) <= 6 && (looksLikeOutlet(name) || !isKnownPerson(name))) out.sender = name;
    }
  }
  return out;
}

/** A mail's sent date and sender stand in for the date and outlet the message itself does not state. */
export function mailFallbacks<F extends { segments: Map<number, Segment> }>(facts: F, mail: MailHeaders | undefined, us: readonly Unit[]): F {
  if (!mail) return facts;
  const all = [...facts.segments.values()];
  const at = (i: number, s: Meta) => facts.segments.set(i, Object.assign({ line: us[i]!.line, text: us[i]!.text }, s) as Segment);
  if (mail.date && !all.some((s) => s.kind === 'date' || (s.kind === 'byline' && s.date))) at(mail.date.at, { kind: 'date', iso: mail.date.iso, hasTime: mail.date.hasTime });
  const labelled = us.findIndex((u, i) => i < mail.end && /^from\s*:/i.test(u.text));
  const from = labelled >= 0 ? labelled : us.findIndex((u, i) => i < mail.end && isMailbox(u.text.trim()));
  if (mail.sender && !all.some((s) => ('publisher' in s && s.publisher) || (s.kind === 'meta' && s.role === 'publisher' && s.value))) at(from, { kind: 'meta', role: 'publisher', value: mail.sender });
  return facts;
}
