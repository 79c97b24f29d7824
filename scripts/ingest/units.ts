/** A line (or hard-wrapped lines joined) with the line number it starts on. */
export interface Unit {
  line: number;
  text: string;
  /** Index of the block (a run of lines between blank lines) the unit is in. */
  block: number;
}

export const BARE_URL = /^https?:\/\/\S+$/i;
/** A bare image file name, as left behind when an <img> is scraped: "deepseek-logo.png". */
export const IMAGE_FILE = /^[\w.%()-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:\?\S*)?$/i;

export const endsSentence = (t: string) => /[.!?…:;,"”’)]$/u.test(t);
/** Whether a UTF-16 code unit is one that `\s` matches. */
const isSpace = (c: number) =>
  // Printable ASCII first: nearly every character is one, and none of them is a space.
  c > 32 && c < 127 ? false : c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/**
 * Runs of non-space characters (as `t.split(/\s+/).filter(Boolean).length`), counted without
 * building the array: it runs on every line, long body paragraphs included, many times per article.
 */
export function words(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** A picture's placeholder text alone on a line ("thumbnail", "placeholder image"): what a copy keeps of an image, never a wrapped sentence's last word (that has its full stop). */
const MEDIA_LABEL = /^(?:thumbnail|placeholder(?: image)?|image placeholder|(?:lead |hero |featured )?image|photo|picture)$/;
/** A line that is never the tail of a hard-wrapped sentence: a URL, a domain, a file name, an e-mail address or a picture's placeholder. */
const standsAlone = (t: string) => /^(?:https?:\/\/|www\.)/i.test(t) || IMAGE_FILE.test(t) || MEDIA_LABEL.test(t) || /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(t) || DOMAIN.test(t) || IDENTIFIER.test(t);
/**
 * Lines wrapped at a width are about as long as each other, the last one shorter: a line much longer than
 * the one above it (a paragraph under a headline) does not continue it.
 */
const WRAP_SLACK = 24;
/** An identifier alone on its line: "arXiv:2501.09914", "SSRN:5134417" (a repository's name and a number). */
export const IDENTIFIER = /^(\p{L}[\p{L}-]{1,20}):\s?\d[\d./-]{5,}(?:v\d+)?$/u;
/** A bare domain on its own line ("example.com", "news.example.co.uk"): a site's address, never the tail of a sentence. */
const DOMAIN = /^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}$/u;
/**
 * A date stamp with its clock time, short of a column's width ("Sun, Jan 26, 2025, 7:05 AM"): a header field, never the start of a
 * wrapped sentence, so a lower-case line under it ("to me", a webmail's recipient) is a line of its own.
 */
const STAMP = /\b(?:19|20)\d{2}\b.{0,12}\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$/;
/** A row of header fields ("Feed  /  by A  /  5h", "A | B | C"): two separators or more; never the start of a wrapped sentence. */
const FIELD_ROW = /(?:\s{2,}[|·•/]\s{2,}|\s[|·•]\s).*(?:\s{2,}[|·•/]\s{2,}|\s[|·•]\s)/u;

/**
 * A word no sentence or headline ends on ("… exports of its H20 chip to"): a wrapped line ending in one
 * continues on the next line even when that line opens with a name ("China will require …").
 */
const OPEN_ENDED = /\s(?:to|of|the|a|an|and|or|but|in|on|at|for|with|by|from|into|onto|than|as|its|their|his|her|our|that|which|whose|is|are|was|were|will|would|has|have|had|be|been)$/i;
/** A wrapped line of running text is this long at least (a print or e-mail column). */
const MIN_WRAPPED = 50;

/** Words that leave a figure or a date open at a column's edge: "… shipped about 1 million" / "H20s in 2024.", "… began in October" / "2022 and …". */
const COLUMN_OPEN = /\s(?:\d[\d,.]*|million|billion|trillion|thousand|hundred|about|around|nearly|roughly|almost|some|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Fewest full lines that do not end a sentence for a text to be set in a column. */
const MIN_COLUMN_LINES = 6;
/**
 * Whether the text is set in a column (hard-wrapped at a width): most of its full lines (of 50 characters
 * or more) stop mid-sentence. Text with a paragraph per line ends nearly every full line with a sentence.
 */
function isColumnText(text: string): boolean {
  let open = 0;
  let full = 0;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (t.length < MIN_WRAPPED || t.length > 120 || BARE_URL.test(t.split(/\s/)[0]!)) continue;
    full++;
    if (!endsSentence(t)) open++;
  }
  return open >= MIN_COLUMN_LINES && open * 2 >= full;
}

/** "by A B & C D", "By A, B and C": two to four names of one to four capitalised words each. */
/** (A surname's particle, "van", "de", "al", stands in lower case before a capitalised word.) */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|den|de|da|di|du|la|le|al|el|bin|ibn)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAMES_BY = new RegExp(String.raw`^[Bb]y\s+${NAME}(?:(?:\s*,\s*|\s+(?:&|and)\s+)${NAME}){1,3}$`, 'u');

/**
 * Splits text into units: one per line, except that hard-wrapped lines (a line of four words or more
 * that does not end a sentence, followed by one starting in lower case — or by any line, when it ends on a
 * word no sentence ends on — within one block) are joined. A URL or a file
 * name on its own line is never joined: it is a line of its own (a source link, an image).
 */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  const column = isColumnText(text);
  let prevBlank = true;
  let block = 0;
  let lastRaw = 0;
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      if (!prevBlank) block++;
      prevBlank = true;
      return;
    }
    const last = out.at(-1);
    // A wrapped line fills most of its width: a line of one to three short words ("AI", "3 mo. ago") above a
    // lower-case line ("xAI raises…") is a label of its own, not the start of a wrapped sentence.
    // A short "by Name" (or "by @handle (Name)") line is a byline under a headline, not the tail of a wrapped sentence.
    // So is "by Name · Last updated: … · 6 min read", a row of header fields, and "by Name - 01/28/25 6:12 PM ET".
    // So is "by Jane Al Mansoori & John Roe": capitalised names joined by "&", "and" or commas, however many words they take.
    const byline = (/^by\s+\p{Lu}/u.test(t) && (words(t) <= 5 || /\s[·•|]\s|\s[-–—]\s+\d/.test(t) || NAMES_BY.test(t)) && !endsSentence(t)) || /^by\s+@\w{1,30}(?:\s*\([^()]{3,60}\))?$/u.test(t);
    // In text set in a column (a PDF or an e-mail copied as text), a full line continues onto a capital or a digit
    // ("… shipped about 1 million" / "H20s in 2024.") when that line is running text too: a sentence's end or a full line.
    // (A column's line may also stop at a comma: "… to 42 vessels by 2028," / "after a first year …".)
    // Only after a word that leaves a figure or a date open (a number, a scale word, a month): a headline in a list of them may stop anywhere else.
    const columnGoesOn = column && lastRaw >= MIN_WRAPPED && COLUMN_OPEN.test(last?.text ?? '') && /^[\p{Lu}\d]/u.test(t) && (endsSentence(t) || t.length >= MIN_WRAPPED) && !/\s[|·•]\s|\s{2}/.test(t) && !/\s{2}|\bpage \d+(?: of \d+)?$/i.test(last?.text ?? '') && !/^by\s/i.test(t) && t !== t.toUpperCase();
    if (!prevBlank && last && !byline && (!endsSentence(last.text) || (column && /[,;]$/.test(last.text) && /^\p{Ll}/u.test(t))) && (words(last.text) >= 4 || last.text.length >= 25) && (/^\p{Ll}/u.test(t) || (/^\p{Lu}/u.test(t) && last.text.length >= MIN_WRAPPED && OPEN_ENDED.test(last.text)) || columnGoesOn) && !BARE_URL.test(last.text) && !standsAlone(t) && !standsAlone(last.text) && !FIELD_ROW.test(last.text) && !(last.text.length < MIN_WRAPPED && STAMP.test(last.text)) && t.length <= lastRaw + WRAP_SLACK) {
      last.text += ` ${t}`;
    } else {
      out.push({ line: i + 1, text: t, block });
    }
    prevBlank = false;
    lastRaw = t.length;
  });
  return out;
}
