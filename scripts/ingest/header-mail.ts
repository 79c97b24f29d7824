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
  /** The sender, a person who signs the message off: its writer, when the message names none. */
  writer?: string;
}

/** "The Compute Brief <brief@example.org>": a sender's display name and address, as a mail client's reading pane shows it. */
const MAILBOX = /^(?:"?([^<>"@]*\p{L}[^<>"@]*?)"?\s+)?<[^<>\s@]+@[^<>\s]+>$/u;
/** "… <address> Unsubscribe": the one-click unsubscribe link webmail prints beside a newsletter's sender. */
const UNSUBSCRIBE_LINK = /\s+unsubscribe$/i;
/** Whether a (trimmed) line is a mailbox: the cheap test first, since the expression backtracks for long on a long paragraph that is not one. */
const isMailbox = (text: string) => {
  const t = text.replace(UNSUBSCRIBE_LINK, '');
  return t.endsWith('>') && MAILBOX.test(t);
};
/** How far below the top of a copied mail client the message's header is looked for (its toolbar stands above). */
const MAX_PANE_START = 30;
/** A date with the recipient line joined after it. */
const JOINED_RECIPIENT = /^(.*\d.*?)\s+to\s+(?:me|you)(?:,.*)?$/i;
/** The recipient line: "To: …", "to me", "to me, Jane", as webmail prints it under the sender. */
const RECIPIENT = /^(?:(?:to|cc)\s*:|to\s+(?:me|you)\b)/i;

/**
 * A message copied from a mail client's reading pane (webmail): the subject on its own line (a folder's or label's chip,
 * "Inbox", may follow it), then the sender as `Name <address>`, and the sent date and a `To:` / "to me" line in either order,
 * without `From:` or `Subject:` labels. What stands above the subject is the client's toolbar and folder list.
 */
function readingPane(us: readonly Unit[]): MailHeaders | undefined {
  const from = us.findIndex((u, i) => i > 0 && i < MAX_PANE_START && isMailbox(u.text.trim()));
  if (from < 0) return undefined;
  // "Sun, Jan 26, 2025, 7:05 AM to me": a copy may join the recipient line, in lower case, to the date above it.
  const joined = JOINED_RECIPIENT.exec(us[from + 1]?.text.trim() ?? '')?.[1];
  const stamp = joined ? parsePlaceDateLine(joined) : undefined;
  const to = stamp ? from + 1 : us.findIndex((u, i) => i > from && i <= from + 2 && RECIPIENT.test(u.text.trim()));
  if (to < 0) return undefined;
  // The recipient stands on the label's line or alone under it ("you", a name, an address).
  const recipient = /^(?:to|cc)\s*:\s*$/i.test(us[to]!.text.trim()) && to + 1 < us.length && words(us[to + 1]!.text) <= 4 ? to + 1 : to;
  // The date under the recipient, or between the sender and the recipient (Gmail: the sender's row, its date, then "to me").
  const between = stamp ?? (to === from + 2 ? parsePlaceDateLine(us[from + 1]!.text) : undefined);
  const dateAt = between ? from + 1 : recipient + 1;
  const date = between ?? (dateAt < us.length ? parsePlaceDateLine(us[dateAt]!.text) : undefined);
  if (!date) return undefined;
  const last = Math.max(dateAt, recipient);
  // A label's chip between the subject and the sender ("Inbox", "Updates"): one short word or two, the client's.
  const chip = from >= 2 && words(us[from - 1]!.text) <= 2 && !/\d/.test(us[from - 1]!.text);
  const subjectAt = from - (chip ? 2 : 1);
  const segments = new Map<number, Segment>();
  for (let i = 0; i < subjectAt; i++) segments.set(i, { kind: 'boilerplate', reason: 'navigation', line: us[i]!.line, text: us[i]!.text });
  for (let i = subjectAt; i <= last; i++) segments.set(i, { kind: 'meta', role: 'e-mail header', line: us[i]!.line, text: us[i]!.text });
  const name = MAILBOX.exec(us[from]!.text.trim().replace(UNSUBSCRIBE_LINK, ''))![1]?.trim();
  const title = us[subjectAt]!.text.replace(REPLY_PREFIX, '').trim();
  const outlet = name && words(name) <= 6 && (looksLikeOutlet(name) || !isKnownPerson(name));
  return {
    segments,
    end: last + 1,
    ...(title ? { subject: { at: subjectAt, title } } : {}),
    date: { at: dateAt, iso: date.iso, hasTime: date.hasTime },
    ...(outlet ? { sender: name } : name && signsOff(name, us.slice(last + 1)) ? { writer: name } : {}),
  };
}

/** A person sending a newsletter who signs it off by name ("Rhea", "— Rhea Kapoor") near its end: its writer. */
function signsOff(name: string, after: readonly Unit[]): boolean {
  const first = name.split(/\s+/)[0]!;
  return after.slice(-12).some((u) => {
    const t = u.text.trim().replace(/^[-–—~]\s*/, '').replace(/[.,!]$/, '');
    return t === name || t === first;
  });
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
  if (mail.writer && !all.some((s) => s.kind === 'byline' && s.authors.length)) at(from, { kind: 'byline', authors: [mail.writer] });
  // "Issue #87 · January 26, 2025" in the message, "Sun, Jan 26, 2025, 7:05 AM" in the pane: the same day, and the mail's stamp
  // says when on it the issue was sent.
  const own = all.find((s): s is Extract<Segment, { kind: 'date' }> => s.kind === 'date');
  if (mail.date?.hasTime && own && !own.hasTime && mail.date.iso.startsWith(own.iso) && mail.date.at !== own.line) {
    for (const [k, s] of facts.segments) if (s === own) facts.segments.set(k, { kind: 'meta', role: 'other date', line: s.line, text: s.text });
    at(mail.date.at, { kind: 'date', iso: mail.date.iso, hasTime: true });
  }
  return facts;
}
