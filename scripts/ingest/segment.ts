import { parseDateLine } from './dates.ts';
import type { BoilerplateReason, Segment } from './types.ts';

/** A line (or hard-wrapped lines joined) with the line number it starts on. */
interface Unit {
  line: number;
  text: string;
}

/**
 * Whole lines that are page furniture on news and blog sites, never article text. Compared
 * case-insensitively after trimming trailing ":" "…" and "." characters.
 */
const CHROME_LINES = new Set([
  'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'promoted',
  'post comment', 'post a comment', 'leave a reply', 'leave a comment', 'cancel reply', 'reply',
  'trending', 'trending now', 'popular', 'most read', 'related', 'related posts', 'related articles',
  'read more', 'read next', 'see also', 'share', 'share this', 'share this article', 'like this',
  'like loading', 'loading', 'subscribe', 'subscribe now', 'sign up', 'newsletter', 'comments',
  'skip to content', 'skip to main content', 'menu', 'search', 'tags', 'categories', 'print',
  'your email address will not be published. required fields are marked *',
  'save my name, email, and website in this browser for the next time i comment',
]);

/** Lines that open a comment form; everything after them is the form's tail when it is short. */
const COMMENT_FORM_START = /^(?:leave a (?:reply|comment)|post (?:a )?comment|\d+\s+comments?|comments? \(\d+\))\b/i;
/** The longest line that still counts as comment-form furniture. */
const MAX_FORM_LINE = 200;

/** "Key: value" lines of company profile blocks ("Location: China", "Employees: 10001+"). */
const PROFILE_FIELD =
  /^(?:location|headquarters|hq|employees|staff|founded(?: date| in)?|founders?|ceo|industry|sector|website|funding|total funding|stage|type|status)\s*:\s*\S/i;
/** Tags run together without spaces when a tag cloud is scraped: "B2CBusinessE-commerceFinTech…". */
const isRunTogetherTags = (t: string) => !/\s/.test(t) && t.length >= 16 && (t.match(/[a-z0-9][A-Z]/g) ?? []).length >= 2;

/** "Photo by X from Pexels: https://…", "Image: Reuters", "Credit: …". */
const PHOTO_CREDIT =
  /^(?:(?:photo|image|picture|illustration|graphic|video)s?(?: credit)?\s*(?:by|from|via|courtesy(?: of)?|source|credit)\b|(?:photo |image )?(?:credit|source)s?\s*:)/i;
const BARE_URL = /^https?:\/\/\S+$/i;
const FIRST_URL = /https?:\/\/[^\s<>"]+/i;

/** "By Jane Doe", "By Jane Doe | Example News", "By Jane Doe, Example News". */
const BYLINE = /^(?:[Bb]y|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:[|,·•–—-]|\bfor\b)\s*(.+))?$/u;

/** Numbered section lines: "2. The Battle for Compute Power and Data: A Game for Giants". */
const NUMBERED_HEADING = /^\d{1,2}[.)]\s+\S/;
const MAX_HEADING = 120;
const MAX_HEADING_WORDS = 14;
const MAX_TITLE = 200;
/** Metadata (title, date, byline) is looked for among the first units only. */
const HEAD_UNITS = 6;

const endsSentence = (t: string) => /[.!?…:;,"”’)]$/u.test(t);
const key = (t: string) => t.toLowerCase().replace(/[\s:….]+$/u, '');
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * Splits text into units: one per line, except that hard-wrapped lines (a line that does not end
 * a sentence, followed by one starting in lower case, within one block) are joined.
 */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let prevBlank = true;
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      prevBlank = true;
      return;
    }
    const last = out.at(-1);
    if (!prevBlank && last && !endsSentence(last.text) && /^\p{Ll}/u.test(t) && !BARE_URL.test(last.text)) {
      last.text += ` ${t}`;
    } else {
      out.push({ line: i + 1, text: t });
    }
    prevBlank = false;
  });
  return out;
}

function isHeading(u: Unit, next: Unit | undefined): boolean {
  const t = u.text;
  if (t.length > MAX_HEADING || !next || BARE_URL.test(next.text)) return false;
  if (!/^[\p{Lu}\p{Lo}\d"“‘']/u.test(t)) return false;
  // Scripts without spaces between words (Chinese, Japanese) are measured in characters instead.
  if (/\s/.test(t) ? words(t) > MAX_HEADING_WORDS : t.length > 40) return false;
  if (NUMBERED_HEADING.test(t)) return !/[.,;:]$/.test(t);
  return !endsSentence(t) && next.text.length >= Math.max(80, t.length * 2);
}

const isTitle = (u: Unit) =>
  u.text.length <= MAX_TITLE && !/[.,;:]$/.test(u.text) && !BARE_URL.test(u.text) && !parseDateLine(u.text);

/**
 * Stage `segment`: classifies every line of a normalised article. Each non-empty input line ends up
 * in exactly one segment, so nothing is lost: body text becomes paragraphs and headings, metadata
 * lines become title/date/byline, credits become credits, and page furniture becomes boilerplate
 * with its reason, to be listed on the page for auditing.
 */
export function segment(text: string): Segment[] {
  const us = units(text);
  const out: Segment[] = [];
  const drop = (u: Unit, reason: BoilerplateReason) => out.push({ kind: 'boilerplate', line: u.line, text: u.text, reason });
  let bodyStarted = false;
  let haveTitle = false;
  let haveDate = false;

  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const t = u.text;
    const next = us[i + 1];

    // A comment form and whatever short furniture follows it, to the end of the file.
    if (COMMENT_FORM_START.test(t) && us.slice(i).every((v) => v.text.length <= MAX_FORM_LINE)) {
      for (const v of us.slice(i)) drop(v, 'comment form');
      break;
    }
    if (CHROME_LINES.has(key(t))) {
      drop(u, 'page chrome');
      continue;
    }
    // A company tag block opens with a name written twice ("Nvidia" / "Nvidia").
    if (next && t === next.text && t.length <= 60 && !endsSentence(t)) {
      let j = i;
      while (j < us.length) {
        const v = us[j]!.text;
        const w = us[j + 1]?.text;
        if (v === w && v.length <= 60) {
          drop(us[j]!, 'company tag block');
          drop(us[j + 1]!, 'company tag block');
          j += 2;
        } else if (PROFILE_FIELD.test(v) || isRunTogetherTags(v)) {
          drop(us[j]!, 'company tag block');
          j++;
        } else break;
      }
      i = j - 1;
      continue;
    }
    if (PHOTO_CREDIT.test(t) || BARE_URL.test(t)) {
      const url = FIRST_URL.exec(t)?.[0].replace(/[.,;)]+$/, '');
      out.push({ kind: 'credit', line: u.line, text: t, ...(url ? { url } : {}) });
      continue;
    }
    if (!bodyStarted && i < HEAD_UNITS) {
      if (!haveTitle && i === 0 && isTitle(u)) {
        haveTitle = true;
        out.push({ kind: 'title', line: u.line, text: t });
        continue;
      }
      const date = haveDate ? undefined : parseDateLine(t);
      if (date) {
        haveDate = true;
        out.push({ kind: 'date', line: u.line, text: t, ...date });
        continue;
      }
      const by = BYLINE.exec(t);
      if (by) {
        out.push({ kind: 'byline', line: u.line, text: t, authors: [by[1]!], ...(by[2] ? { publisher: by[2].trim() } : {}) });
        continue;
      }
    }
    if (isHeading(u, next)) {
      out.push({ kind: 'heading', line: u.line, text: t });
      continue;
    }
    bodyStarted = true;
    out.push({ kind: 'paragraph', line: u.line, text: t });
  }
  return out;
}
