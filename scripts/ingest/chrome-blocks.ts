import { isTagLine, lineChrome, opensLinkList, TAG_LABEL } from './chrome.ts';
import type { BoilerplateReason, Segment } from '../core/article.ts';
import { isKnownPerson, parseNameLine } from './byline.ts';
import { markContext } from './chrome-context.ts';
import { markMarkdownCaptions } from './chrome-md-captions.ts';
import { BARE_URL, endsSentence, words, type Unit } from './units.ts';

/**
 * Page chrome that spans lines: a comment form to the end, a company tag block, the link titles
 * under a "Related" heading, a photo caption, a menu, and chrome told by its neighbours
 * (chrome-context.ts). Single lines are judged by {@link lineChrome}; author notes at the end are
 * in chrome-bio.ts, the tail's chrome in chrome-tail.ts.
 */


/** Lines that open a comment form; everything after them is the form's tail when it is short. */
// Also a comment section's heading with its count or kind ("Comments 1,204", "💬 Comments 312", "Promoted Comments").
const COMMENT_FORM_START = /^(?:\p{So}\uFE0F?\s*)?(?:(?:leave a (?:reply|comment)|post (?:a )?comment|\d[\d,]*\s+(?:comments?|replies|responses))\b|comments? \(\d+\)|comments?\s+[\d,.]+[KkMm]?$|(?:promoted|top|featured|reader|all) comments$)/iu;
const MAX_FORM_LINE = 200;
/** "Key: value" lines of company profile blocks ("Location: China", "Employees: 10001+"). */
const PROFILE_FIELD =
  /^(?:location|headquarters|hq|employees|staff|founded(?: date| in)?|founders?|ceo|industry|sector|website|funding|total funding|stage|type|status)\s*:\s*\S/i;
/** Tags run together without spaces when a tag cloud is scraped: "B2CBusinessE-commerceFinTech…". */
const isRunTogetherTags = (t: string) => !/\s/.test(t) && t.length >= 16 && (t.match(/[a-z0-9][A-Z]/g) ?? []).length >= 2;

/** A link title under a "Related" heading: short, and not a sentence. */
const isLinkTitle = (t: string) => t.length <= 140 && words(t) <= 16 && !/[.;:,]$/.test(t);

/**
 * Marks the chrome and credits of a whole article: single lines ({@link lineChrome}), and blocks —
 * a comment form to the end, a company tag block, the link titles under a "Related" heading, and a
 * caption in a small block beside a photo credit. Returns segments by unit index. `wc`: the words of each unit.
 */
export function markChrome(us: readonly Unit[], wc: readonly number[] = us.map((u) => words(u.text))): Map<number, Segment> {
  const out = new Map<number, Segment>();
  const drop = (i: number, reason: BoilerplateReason) => out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason });
  // A comment form follows the article: a tail holding more words than everything above it is the
  // article itself under a comment count in the page header ("312 comments" on a forum), never a form.
  const above: number[] = [];
  let total = 0;
  for (const n of wc) {
    above.push(total);
    total += n;
  }
  const firstLong = wc.findIndex((n) => n >= 20);
  // Each line is judged once: the link-list rules below look ahead at lines the loop judges later.
  const judged = new Map<number, ReturnType<typeof lineChrome>>();
  const judge = (j: number) => {
    if (!judged.has(j)) judged.set(j, lineChrome(us[j]!.text));
    return judged.get(j);
  };
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const next = us[i + 1];
    if (COMMENT_FORM_START.test(u.text) && above[i]! >= total - above[i]! && us.slice(i).every((v) => v.text.length <= MAX_FORM_LINE)) {
      for (let j = i; j < us.length; j++) drop(j, 'comment form');
      break;
    }
    const verdict = judge(i);
    if (verdict && 'credit' in verdict) {
      out.set(i, { kind: 'credit', line: u.line, text: u.text, ...(verdict.url ? { url: verdict.url } : {}) });
      continue;
    }
    if (verdict) {
      drop(i, verdict.reason);
      // Link titles under a link-list heading, in the same block — or in the blocks after it, one
      // title each, when the heading stands alone (a saved page puts each link in a block of its own).
      if (verdict.reason === 'related links' || opensLinkList(u.text)) {
        const alone = us[i + 1]?.block !== u.block;
        const ownBlock = (j: number) => us[j]!.block !== us[j - 1]!.block && us[j + 1]?.block !== us[j]!.block;
        // The line right before body prose is the headline, not a link (a "Most read" list above it).
        // Once the text has begun, a link title under the heading is a link even with prose after it ("Recommended" mid-story).
        const isLink = (j: number) => (us[j]!.block === u.block || (alone && ownBlock(j))) && isLinkTitle(us[j]!.text) && !judge(j) && !(us[j + 1] && wc[j + 1]! >= 20 && j + 1 <= firstLong);
        // A timestamp between the titles ("4h ago") belongs to the list.
        const isStamp = (j: number) => us[j]!.block === u.block && wc[j]! <= 4 && judge(j) !== undefined;
        while (us[i + 1] && (isLink(i + 1) || (isStamp(i + 1) && us[i + 2] && isLink(i + 2)))) {
          i++;
          if (!isStamp(i)) drop(i, 'related links');
          else {
            const v = judge(i);
            if (v && 'reason' in v) drop(i, v.reason);
          }
        }
      }
      // The tags under a tag list's label.
      if (TAG_LABEL.test(u.text) && us[i + 1] && isTagLine(us[i + 1]!.text)) drop(++i, 'tag list');
      // Or one tag a line: short lines, none a sentence, in the label's block.
      else if (TAG_LABEL.test(u.text)) while (us[i + 1] && us[i + 1]!.block === u.block && wc[i + 1]! <= 3 && !endsSentence(us[i + 1]!.text) && !judge(i + 1)) drop(++i, 'tag list');
      continue;
    }
    // A company tag block opens with a name written twice ("Nvidia" / "Nvidia").
    // A person's name written twice is a profile header (name and display name), left to the byline rules;
    // a tag block has more than the doubled name.
    const lonePerson = next && u.text === next.text && parseNameLine(u.text)?.length === 1 && us[i + 2]?.text !== us[i + 3]?.text && !PROFILE_FIELD.test(us[i + 2]?.text ?? '') && !isRunTogetherTags(us[i + 2]?.text ?? '');
    if (next && u.text === next.text && u.text.length <= 60 && !endsSentence(u.text) && !lonePerson) {
      let j = i;
      while (j < us.length) {
        const v = us[j]!.text;
        if (v === us[j + 1]?.text && v.length <= 60) {
          drop(j, 'company tag block');
          drop(j + 1, 'company tag block');
          j += 2;
        } else if (PROFILE_FIELD.test(v) || isRunTogetherTags(v)) drop(j++, 'company tag block');
        else break;
      }
      i = j - 1;
    }
  }
  markContext(us, out, wc);
  markRunningHeaders(us, out, wc);
  markQuotes(us, out);
  markMarkdownCaptions(us, out);
  markCaptions(us, out);
  markMenus(us, out, firstLong);
  markIslands(us, out, wc);
  return out;
}

/** Most lines, and most words per line, of a stray run between two pieces of chrome. */
const MAX_ISLAND = 3;

/**
 * Short lines stranded between page chrome in the body ("Share" / "level 1" / "[deleted]" / "· 3 mo.
 * ago"): a run of at most three lines of at most three words, none a sentence, after the first long
 * paragraph, with chrome right above and right below, is chrome too (a comment's user name, a sort
 * option, a thread level).
 */
function markIslands(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  // The first long paragraph of the text, not a long banner above it (a cookie notice is chrome, and the header is under it).
  const firstLong = wc.findIndex((n, i) => n >= 20 && !out.has(i));
  if (firstLong < 0) return;
  const isChrome = (j: number) => out.get(j)?.kind === 'boilerplate';
  for (let i = firstLong + 1; i < us.length; i++) {
    if (out.has(i) || !isChrome(i - 1)) continue;
    let j = i;
    while (j < us.length && j - i < MAX_ISLAND && !out.has(j) && wc[j]! <= MAX_ISLAND && !endsSentence(us[j]!.text)) j++;
    if (j > i && isChrome(j)) for (let k = i; k < j; k++) out.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'page chrome' });
    i = j;
  }
}

/** A page number or counter at either end of a printed page's header or footer: "4544 …", "… 4545", "… 1/3", "Page 2 of 9". */
const PAGE_MARK = /^(?:page\s+)?\d{1,5}(?:\s*(?:\/|of)\s*\d{1,5})?\s+|\s+(?:page\s+)?\d{1,5}(?:\s*(?:\/|of)\s*\d{1,5})?$/gi;
/** A line the same apart from its numbers ("Page 1 of 3" / "Page 2 of 3"), and apart from a page number at either end ("4544 Register / Vol. 90" / "Register / Vol. 90 4545"). */
const shapeOf = (t: string) => t.replace(PAGE_MARK, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
/** Fewest words of a running header: a speaker's name over each answer of an interview is not one. */
const MIN_RUNNING_WORDS = 4;
/** Most words of a running header; a printed page's header with its parts set apart by bars or slashes may be longer (a print time, the headline, the site). */
const MAX_RUNNING_WORDS = 14;
const MAX_PRINT_HEADER_WORDS = 30;
/** Marks of a print header or footer: parts set apart by " | " or " / ", a page number or counter at an end, a URL. */
// A print header's site after a spaced dash ("… Title - Site") is such a part too, when the line opens with the print time.
const PRINT_MARK = /\s[|/]\s|^\d{1,5}\s|\s\d{1,5}(?:\/\d{1,5})?$|https?:\/\/|^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}/;
/** A print footer: the page's address (with or without its scheme) and a page counter, "example.com/story 1/3". */
const URL_FOOTER = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/\S*\s+(?:\d{1,3}\s*\/\s*\d{1,3}|[Pp]age \d{1,3}(?: of \d{1,3})?)$/;
/** Fewest words of body text between two recurrences of a running header. */
const MIN_BODY_BETWEEN = 20;

/**
 * A printed page's running header or footer: a short line that is not a sentence and recurs (its
 * numbers aside) with body text between two of the recurrences. A headline repeated right under itself has
 * no body text between, so it is left to the header rules. A URL with a page counter ("https://… 1/3") is a
 * print footer at any length.
 */
function markRunningHeaders(us: readonly Unit[], out: Map<number, Segment>, wc: readonly number[]): void {
  const at = new Map<string, number[]>();
  const longBefore: number[] = [];
  // Body words up to and including each line: the words of a repeated line's first copy are not body between the copies.
  const longAfter: number[] = [];
  let n = 0;
  us.forEach((u, i) => {
    longBefore.push(n);
    // Body text: the words of prose lines (a column's wrapped lines count, each short of a paragraph).
    const w = wc[i]!;
    const printed = w <= MAX_PRINT_HEADER_WORDS && PRINT_MARK.test(u.text);
    if (w >= 8 && !printed) n += w;
    longAfter.push(n);
    const urlFooter = w <= 5 && URL_FOOTER.test(u.text);
    if (!urlFooter && (w < MIN_RUNNING_WORDS || w > (printed ? MAX_PRINT_HEADER_WORDS : MAX_RUNNING_WORDS) || endsSentence(u.text))) return;
    const k = shapeOf(u.text);
    const seen = at.get(k);
    if (seen) seen.push(i);
    else at.set(k, [i]);
  });
  const firstLong = wc.findIndex((w) => w >= MIN_BODY_BETWEEN);
  let lastLong = -1;
  // The story's last long paragraph, not a long notice below it that the rules already took.
  for (let i = wc.length - 1; i >= 0 && lastLong < 0; i--) if (wc[i]! >= MIN_BODY_BETWEEN && !out.has(i)) lastLong = i;
  for (const is of at.values()) {
    if (is.length < 2 || !is.slice(1).some((j, k) => longBefore[j]! - longAfter[is[k]!]! >= MIN_BODY_BETWEEN)) continue;
    // A header line written once above the story and again only below it ("You just read:" / the headline / the provider / the date)
    // is the header echoed at the end, not a page's running header: only the echo is chrome, and the header rules read the first.
    const echoed = is[0]! < firstLong && is.slice(1).every((j) => j > lastLong) && !PRINT_MARK.test(us[is[0]!]!.text);
    for (const i of echoed ? is.slice(1) : is) if (!out.has(i)) out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'page chrome' });
  }
}

/** Fewest one- or two-word lines in a row that make a menu or a tag cloud. */
const MIN_MENU_RUN = 4;
/** A group label in a menu: "Current browse context:". */
const MENU_LABEL = /^\p{L}[\p{L} ]{1,28}:$/u;
const isMenuItem = (t: string) => words(t) <= 3 && t.length <= 30 && !/[\d.!?,;:]/.test(t);
/** A person's name is not a menu item (a profile header writes it twice above a post); asked only inside a run, as it runs compromise. */
// The name-shape test first: compromise (in isKnownPerson) is the costly part.
export const isPersonName = (t: string) => words(t) >= 2 && !!parseNameLine(t) && isKnownPerson(t);

/** A run of one- or two-word lines in one block ("Home" / "World" / "Tech" / "Opinion"): a menu or a tag cloud. */
function markMenus(us: readonly Unit[], out: Map<number, Segment>, firstLong: number): void {
  for (let i = 0; i < us.length; ) {
    let j = i;
    while (j < us.length && !out.has(j) && us[j]!.block === us[i]!.block && isMenuItem(us[j]!.text)) j++;
    if (j - i >= MIN_MENU_RUN) {
      // The run, split at people's names: each part long enough is a menu.
      let start = i;
      for (let k = i; k <= j; k++) {
        if (k < j && !isPersonName(us[k]!.text)) continue;
        if (k - start >= MIN_MENU_RUN) for (let m = start; m < k; m++) out.set(m, { kind: 'boilerplate', line: us[m]!.line, text: us[m]!.text, reason: 'navigation' });
        start = k + 1;
      }
    }
    i = Math.max(j, i + 1);
  }
  // A menu with some of its items already known as chrome, and labels over its groups ("Access Paper:" / "View PDF" / "TeX Source" / "Other Formats" / "view license").
  // Below the first long paragraph only: above it, a site's name among its menu items is the header's to read.
  const isChrome = (k: number) => out.get(k)?.kind === 'boilerplate';
  for (let i = firstLong + 1; i > 0 && i < us.length; ) {
    let j = i;
    const items: number[] = [];
    while (j < us.length && us[j]!.block === us[i]!.block && (isChrome(j) || (!out.has(j) && (isMenuItem(us[j]!.text) || MENU_LABEL.test(us[j]!.text))))) if (!out.has(j++)) items.push(j - 1);
    if (j - i > MIN_MENU_RUN && items.length >= 3 && !items.some((k) => isPersonName(us[k]!.text))) for (const k of items) out.set(k, { kind: 'boilerplate', line: us[k]!.line, text: us[k]!.text, reason: 'navigation' });
    i = Math.max(j, i + 1);
  }
}

/** "Figure 1: …", "Chart: …": a caption by its label. */
const FIGURE_LABEL = /^(?:figure|fig\.|chart|graphic|table|image|photo|illustration)\s*\d*\s*[:.]\s/i;
/** Fewest words of description beside a credit for the line to be a caption already. */
const MIN_CAPTION_WORDS = 6;
/** A credit set after its description, in brackets or after a spaced dash: "… in Taipei. (Photo by X/Getty Images)", "… - Copyright AP Photo/Y". */
const TRAILING_CREDIT = /\s*\([^()]*\)\s*$|\s[-–—|]\s(?!.*\s[-–—|]\s)[^.!?]*$/;
/** A line holding a description beside its credit: a sentence before more text, or several words before a trailing credit. */
const holdsCaption = (t: string) => {
  const description = t.replace(TRAILING_CREDIT, '');
  return /[.!?]\s+\S/.test(description) || (description !== t && words(description) >= MIN_CAPTION_WORDS);
};
/** Most units in a block that holds a photo and its caption. */
const MAX_CAPTION_BLOCK = 4;

/**
 * A short sentence beside a photo credit or image file, in the same block, is its caption — when the
 * block is small, or when it is above the first long paragraph (the lead photo of a header). One
 * caption per image: the line above it when that reads as one (caption, then credit), else the line
 * below (credit, then caption). Only credits and image lines found before this pass anchor a caption,
 * never a line this pass took: a chain of short body sentences below a credit is body text.
 */
function markCaptions(us: readonly Unit[], out: Map<number, Segment>): void {
  const firstLong = us.findIndex((u) => words(u.text) >= 30);
  const isImage = (i: number) => {
    const s = out.get(i);
    if (!s || !(s.kind === 'credit' ? !BARE_URL.test(s.text) : s.kind === 'boilerplate' && s.reason === 'image')) return false;
    // A credit or caption line that already holds its caption ("Huawei's booth in Barcelona. Photograph: X/Reuters",
    // "Photo shows the expo hall. (Photo/Xinhua)", "X speaks in Paris, 11 February 2025 - Copyright AP Photo/Y")
    // takes no other line as one: the line beside it is the story's (wire stories' paragraphs are often one short sentence).
    // So does a caption told by its own marks ("Jane Roe, left, and John Doe at the summit"): it is the picture's one caption.
    return s.text.startsWith('![') || (!holdsCaption(s.text) && !(s.kind === 'boilerplate' && words(s.text) >= MIN_CAPTION_WORDS + 2 && /\p{Ll}/u.test(s.text)));
  };
  const anchors = us.flatMap((_, i) => (isImage(i) ? [i] : []));
  const isCaption = (i: number, anchor: number) => {
    const u = us[i];
    if (!u || out.has(i) || u.block !== us[anchor]!.block || u.text.length > 200 || !/[.)]$/.test(u.text)) return false;
    return us.filter((v) => v.block === u.block).length <= MAX_CAPTION_BLOCK || i < firstLong || FIGURE_LABEL.test(u.text);
  };
  for (const a of anchors) {
    const i = isCaption(a - 1, a) ? a - 1 : isCaption(a + 1, a) ? a + 1 : -1;
    if (i >= 0) out.set(i, { kind: 'boilerplate', line: us[i]!.line, text: us[i]!.text, reason: 'image' });
  }
}

/** A market widget's footnote: data "as of" a time, or "delayed". */
const WIDGET_NOTE = /\b(?:data|prices?|quotes?|figures|levels)\b[^.]{0,30}\b(?:as of|delayed)\b|\bas of (?:market )?close\b/i;

/** A stock symbol alone on a line ("NVDA"), as quote widgets print it above its price change. */
const TICKER = /^(?:[A-Z]{2,8}:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/;

/**
 * A quote widget: stock symbols each followed by a price change already marked as a widget
 * ("NVDA" / "-2.5%"), and the short label ending in a colon above them ("In this story:").
 */
function markQuotes(us: readonly Unit[], out: Map<number, Segment>): void {
  const isChange = (j: number) => {
    const s = out.get(j);
    return s?.kind === 'boilerplate' && s.reason === 'widget' && /%$/.test(us[j]!.text);
  };
  const widget = (j: number) => out.set(j, { kind: 'boilerplate', line: us[j]!.line, text: us[j]!.text, reason: 'widget' });
  for (let i = 0; i + 1 < us.length; i++) {
    if (!TICKER.test(us[i]!.text) || out.has(i) || !isChange(i + 1)) continue;
    widget(i);
    const label = i - 1;
    if (label >= 0 && !out.has(label) && /:$/.test(us[label]!.text) && words(us[label]!.text) <= 4) widget(label);
  }
  // A market widget's title and its first item's name above its figures ("Market Snapshot" / "Dow 44,713.58 +0.65%",
  // "MARKETS" / "Nasdaq" / "19,341.83" / "-3.07%"): up to two short lines, not sentences, right above two or more figure widgets.
  const isFigure = (j: number) => {
    const s = out.get(j);
    return s?.kind === 'boilerplate' && s.reason === 'widget' && /\d/.test(us[j]!.text);
  };
  const isLabel = (j: number) => j >= 0 && !out.has(j) && words(us[j]!.text) <= 3 && !/[.!?,;:"“”]$/.test(us[j]!.text) && !/\d{2}/.test(us[j]!.text);
  for (let i = 1; i < us.length; i++) {
    if (!isFigure(i) || isFigure(i - 1) || [1, 2, 3].filter((k) => isFigure(i + k)).length < 1) continue;
    for (let j = i - 1; j >= i - 2 && isLabel(j); j--) widget(j);
  }
  // The widget's footnote right under its last figure: "Oil data as of 4:30pm CET.", "Quotes delayed 15 minutes."
  for (let i = 1; i < us.length; i++) {
    if (isFigure(i - 1) && !WIDGET_NOTE.test(us[i - 1]!.text) && !out.has(i) && words(us[i]!.text) <= 16 && WIDGET_NOTE.test(us[i]!.text)) widget(i);
  }
}
