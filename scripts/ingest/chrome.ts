import type { BoilerplateReason } from '../core/article.ts';
import { appChrome } from './chrome-app.ts';
import { captionKind, creditLine } from './chrome-captions.ts';
import { controlChrome } from './chrome-controls.ts';
import { familyChrome } from './chrome-families.ts';
import { footerChrome } from './chrome-footer.ts';
import { noteChrome } from './chrome-notes.ts';
import { pitchChrome } from './chrome-pitches.ts';
import { longNotice, noticeChrome } from './chrome-notices.ts';
import { readerChrome } from './chrome-reader.ts';
import { COOKIE, COOKIE_WORD, isControlLine, isCookieBanner, isLegalLine, isPostMetaRow, isSocialRow, MAX_BANNER_WORDS } from './chrome-rows.ts';
import { RULES } from './chrome-line-rules.ts';
import { memoize } from './memo.ts';
import { ruleList } from './rule-list.ts';
import { shapeChrome } from './chrome-shapes.ts';
import { BRACKET_NOTE, MAX_BRACKET_WORDS, widgetChrome } from './chrome-widgets.ts';
import { IMAGE_FILE, endsSentence, words } from './units.ts';
import { isLinkLabelRow, isListOpener, LINK_LIST_OPENER } from './chrome-lists.ts';

export { isListOpener, LINK_LIST_OPENER };

/**
 * Page chrome: the furniture of news and blog pages (navigation, share and subscribe prompts,
 * related links, adverts, captions, tag lists, widgets, footers) that a scrape leaves in the text.
 * Every rule looks at whole lines, and only at short ones, so a body sentence is never taken.
 */

/** The first rules the ingest had; their lines keep the reason 'page chrome'. Compared by {@link key}. */
const CHROME_LINES = new Set([
  'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'promoted',
  'post comment', 'post a comment', 'leave a reply', 'leave a comment', 'cancel reply', 'reply',
  'trending', 'trending now', 'popular', 'most read', 'related', 'related posts', 'related articles',
  'read more', 'read next', 'see also', 'share', 'share this', 'share this article', 'like this',
  'like loading', 'loading', 'subscribe', 'subscribe now', 'sign up', 'newsletter', 'comments',
  'skip to content', 'skip to main content', 'menu', 'search', 'tags', 'categories', 'print',
  // A search form's label (WordPress's search widget writes "Search for:" above its field).
  'search for', 'search this site', 'search the site',
  'your email address will not be published. required fields are marked *',
  'save my name, email, and website in this browser for the next time i comment',
]);
const key = (t: string) => t.toLowerCase().replace(/[\s:….]+$/u, '');
/** The longest of those lines: a line longer than it (its closing marks aside) is none of them, and is not lower-cased to look. */
const MAX_KEY = Math.max(...[...CHROME_LINES].map((l) => l.length));
const TRAILING = /[\s:….]/u;
const isChromeLine = (t: string) => {
  let end = t.length;
  while (end > 0 && TRAILING.test(t[end - 1]!)) end--;
  return end <= MAX_KEY && CHROME_LINES.has(key(t));
};

/** An end mark between dashes or rules: "— END —", "- END -". */
export const END_MARK = /^[-–—=~]+\s*(?:END|ENDS|THE END)\s*[-–—=~]+$/;
const SEPARATOR = /^[-_=*~#·•–—/|](?:\s*[-_=*~#·•–—]){0,}$/;
/** The longest line (in words) any single-line rule looks at. */
const MAX_CHROME_WORDS = 40;



const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** Where a scrape glued two links: a lower-case letter right before a capital ("contentSkip"). */
const GLUED_LINKS = /(?<=\p{Ll})(?=\p{Lu})/u;

/** Markdown links, as many as a line holds (a row of them is judged link by link). */
const MD_LINK_ROW = /\[[^\]]+\]\([^)\s]*\)\s*/g;
/** Buttons in brackets: "[Print this page]  [Close window]" (tested before {@link bare} takes the outer brackets). */
const BUTTON_ROW = /^\[[^\]]+\](?:\s*\[[^\]]+\])+$/;
/** Follow/subscribe prompts: an imperative opening and a word about subscribing. */
const PROMPT_START = /^(?:follow (?:us|me)|subscribe|sign up|click (?:here|the|to)|join (?:our|the|us)|get (?:our|the|this|it|(?:daily|weekly|monthly) )|don'?t miss|want (?:more|the latest)|never miss)\b/i;
const PROMPT_WORD = /\b(?:newsletters?|subscribe|inbox|follow|briefing|updates|sign up|e-?mail|coverage|alerts)\b/i;
/** Words of a subscription pitch, and words addressed to the reader ("consider becoming a paid subscriber", "delivered to your inbox"). */
const SUBSCRIBE_WORD = /\b(?:subscribe|subscriber|subscription|newsletter|inbox|reader-supported|paid plan|free trial)\b/i;
const READER_WORD = /\b(?:(?:in|to) your inbox|consider (?:becoming|subscribing|upgrading)|support (?:my|our) (?:work|journalism|writing)|becom(?:e|ing) a (?:free |paid )?(?:subscriber|member)|to receive new posts|delivered (?:to you|to your|daily|weekly|every))\b/i;
/** Markdown emphasis and list bullets around a whole line: "*Jane Doe covers …*". */
// Most lines have none of these marks at either end: they are only trimmed.
export const bare = (t: string) =>
  !MARK_FIRST.includes(t[0] ?? '') && !MARK_LAST.includes(t[t.length - 1] ?? '')
    ? t.trim()
    : t.replace(/^(?:[*_]{1,3}|[-•]\s+)/, '').replace(/[*_]{1,3}$/, '').replace(/^\((.*)\)$|^\[(.*)\]$/, '$1$2').trim();
/** The first and last characters {@link bare} looks at. */
const MARK_FIRST = '*_-•([';
const MARK_LAST = '*_)]';

/** A navigation bar or breadcrumb: "Home › Policy › Export controls", "Home | Models | Chips | Forum". */
function isNavigation(t: string): boolean {
  // A crumb's arrow may have lost its spaces in the copy ("Business News›Technology›…"); a bare ">" is left to formulas.
  // (Split only when an arrow is there: most lines have none.)
  const crumbs = t.includes('›') || t.includes('»') || t.includes('>') ? t.split(/\s*[›»]\s*|\s+>\s+/) : [t];
  // Spaced slashes too, with three crumbs or more, none but the last with a figure or a byline ("Business News / Companies / <headline>";
  // "Nvidia / AMD" is a pair, "Gazette / Vol. 7, No. 3 / …" a printed page's running header, and "Site  /  by Name  /  3h" a row of header fields).
  const slashed = crumbs.length === 1 && t.includes(' / ') && !/\s{2}\//.test(t) ? t.split(/\s\/\s/) : [];
  // (Nor a field, a domain or a handle: "Jane Roe / EXAMPLE.COM / Last updated: …" is a byline row.)
  if (slashed.length >= 3 && !slashed.slice(0, -1).some((c) => /\d|^by\s/i.test(c)) && !slashed.some((c) => /[:@]|\.[A-Za-z]{2,}\b/.test(c))) crumbs.splice(0, 1, ...slashed);
  // The last crumb may be the story's own headline: "Business News › Tech › India opens 18,693-GPU compute pool".
  if (crumbs.length >= 2 && crumbs.every((c, k) => (words(c) <= 4 || (k === crumbs.length - 1 && k >= 2 && words(c) <= 16)) && !endsSentence(c))) return true;
  if (!t.includes('|') && !t.includes('·') && !t.includes('•')) return false;
  const split = t.split(/\s+[|·•]\s+/);
  if (split.length < 3) return false;
  const items = t.includes('(') ? split.map((c) => c.replace(/\s*\(\d+\)$/, '')) : split;
  // Four or more items of up to three words, or three of up to two ("Photos | Video | Services");
  // five or more may be lower case ("new | past | comments | ask | show"). A count in brackets ("Comments (3)") is part of an item.
  const most = items.length >= 4 ? 3 : 2;
  // An item that is page furniture by itself ("Back to top") is a menu item at any length.
  return items.length >= 3 && items.every((c) => (words(c) <= most && (items.length >= 5 || /^\p{Lu}/u.test(c)) && !/[\d.!?]/.test(c)) || !!lineChrome(c));
}


/** A line that opens a list of links: "Related", "Most read", "Explore more on these topics". */
export const opensLinkList = (t: string) => LINK_LIST_OPENER.test(bare(t).replace(/\s*:$/, '')) || isListOpener(bare(t));

/** A tag list's label alone on its line ("Topics", "Keywords"): the tags follow on the next line. */
export const TAG_LABEL = /^(?:tags?|topics?|keywords|filed under|categories|(?:related|suggested|more|popular|explore) topics|follow (?:(?:this|these) )?topics?|more about)\s*:?$/i;
/** A line of tags: hashtags, or short comma-separated items ("AI, Elon Musk, Fundraising, Grok, xAI"). */
export const isTagLine = (t: string) =>
  words(t) <= 16 && !/[.!?]$/.test(t) && ((t.match(/(?:^|\s)#[\p{L}\p{N}_]/gu) ?? []).length >= 2 && t.startsWith('#') || (t.split(/\s*[,;|]\s*/).length >= 3 && t.split(/\s*[,;|]\s*/).every((p) => words(p) <= 3)));

/** Symbols and arrows at either end of a line ("▼", "←"), but not a copyright sign (ⓒ too) or a separator. */
// Zero-width characters too: an app's action row copies them before each label ("\u200bAgree 2.3K").
const EDGE_MARKS = /^(?:(?![©ⓒ®℗™])[\p{So}\u2190-\u21FF\u200B-\u200D\u2060\uFEFF])+\s*|\s*(?:(?![©ⓒ®℗™])[\p{So}\u2190-\u21FF\u200B-\u200D\u2060\uFEFF])+$/gu;

/**
 * What a single line is, when it is chrome or a credit; undefined for anything else. Remembered by text
 * (memo.ts): a site's chrome lines recur from article to article, and the verdict is a pure function of the line.
 */
export const lineChrome: (text: string) => LineVerdict = memoize(judgeLine);

type LineVerdict = { reason: BoilerplateReason } | { credit: true; url?: string } | undefined;

function judgeLine(text: string): LineVerdict {
  if (SEPARATOR.test(text.trim())) return { reason: 'separator' };
  // "(Updates with analyst comment in fourth paragraph.)": a wire story's revision note.
  if (/^\(updates? (?:with|to|for)\b[^()]*\)$/i.test(text.trim())) return { reason: 'production note' };
  // Author initials in brackets closing a story: "(jok)".
  if (/^\([a-z]{2,4}\)$/.test(text.trim())) return { reason: 'wire credits' };
  // An end mark between dashes ("- END -"), before the dash is taken for a list bullet.
  if (END_MARK.test(text.trim())) return { reason: 'wire credits' };
  // So is a copied PDF's page number between dashes: "- 3 -".
  // ("-30-" is a wire story's end mark, judged below.)
  if (/^[-–—]\s?(?!30\s?[-–—]$)\d{1,3}\s?[-–—]$/.test(text.trim())) return { reason: 'page chrome' };
  // A line that is only a Markdown link is judged by its text ("[Subscribe to our newsletter](…)"); marks and arrows around a line ("▼ … ▼", "← Previous") are not words.
  // Long lines (most of an article) are rejected before any of this work.
  // A full-width colon (CJK pages write "Tel：02-…", "Address：…") is read as an ASCII one.
  const b = bare(text.includes('：') ? text.replace(/\s*：\s*/gu, ': ') : text);
  const nb = words(b);
  // A legal notice (a disclosure, a forward-looking-statements paragraph) is judged at any length up to a paragraph's.
  const notice = longNotice(b, nb);
  if (notice) return { reason: notice };
  if (nb > MAX_CHROME_WORDS) return nb <= MAX_BANNER_WORDS && isCookieBanner(b) ? { reason: 'cookie notice' } : undefined;
  const linked = b.startsWith('[') ? bare(b.replace(/^\[([^\]]+)\]\([^)\s]*\)$/, '$1')) : b;
  const t = linked.charCodeAt(0) > 0x2000 || linked.charCodeAt(linked.length - 1) > 0x2000 ? linked.replace(EDGE_MARKS, '') : linked;
  const n = words(t);
  if (t === '') return undefined;
  if (isChromeLine(text)) return { reason: 'page chrome' };
  if (IMAGE_FILE.test(t)) return { reason: 'image' };
  const credit = creditLine(t, n);
  if (credit) return credit;
  // A transcript's speaker label with its timestamp ("Maya Lind (00:01:20):"): the speaker's furniture, not a video link's running time
  // (read as a link, it would take the speaker's next short line for the link's title).
  if (n <= 8 && t.endsWith('):') && /^\p{Lu}[^.!?()]{1,60}\(\d{1,2}:\d{2}(?::\d{2})?\):$/u.test(t)) return { reason: 'page chrome' };
  // A label's colon ("Sort by:", "Share:") or its ellipsis ("Click to expand...", "Show more…") does not change what the label is.
  const label = t.endsWith(':') || t.endsWith('…') || t.endsWith('...') ? t.replace(/\s*(?::|…|\.\.\.)$/, '') : t;
  // The first rule that matches the line or its label (rule-list.ts reads the list in a few passes).
  const kt = RULE_LIST.next(t);
  const kl = label !== t ? RULE_LIST.next(label) : -1;
  const k = kt < 0 ? kl : kl < 0 ? kt : Math.min(kt, kl);
  if (k >= 0) return { reason: RULES[k]![1] };
  const other = appChrome(t, n, linked) ?? familyChrome(t) ?? widgetChrome(t) ?? noticeChrome(t, n) ?? footerChrome(t, n) ?? pitchChrome(t) ?? readerChrome(t, n) ?? noteChrome(t) ?? controlChrome(t, n) ?? shapeChrome(t, n) ?? (text.trim() !== t ? noteChrome(text.trim()) : undefined);
  if (other) return { reason: other };
  // Captions by their own marks, when no rule above has read the line (chrome-captions.ts).
  const caption = captionKind(t, n);
  if (caption) return caption === 'credit' ? { credit: true } : { reason: 'image' };
  if (isPostMetaRow(t, n)) return { reason: 'relative time' };
  if (isControlLine(t, n)) return { reason: 'navigation' };
  // A row of parts each of which is chrome: "Advertisement · Scroll to continue".
  // Buttons in brackets are such a row too: "[Print this page]  [Close window]".
  // Or set apart by spaced dashes: "Advertisement - Scroll to Continue".
  // Or Markdown links side by side, each chrome by its text: "[← Previous: …](…) [Next: … →](…)".
  const links = t.startsWith('[') && t.endsWith(')') ? t.match(MD_LINK_ROW) : null;
  if (links && links.length >= 2 && t.replace(MD_LINK_ROW, '').trim() === '') {
    const each = links.map((p) => lineChrome(p.trim()));
    if (each.every((v) => v && 'reason' in v)) return { reason: (each[0] as { reason: BoilerplateReason }).reason };
  }
  const parts = n <= 12 && /[·•|]/.test(t) ? t.split(/\s+[·•|]\s+/) : n <= 12 && BUTTON_ROW.test(text.trim()) ? text.trim().slice(1, -1).split(/\]\s*\[/) : n <= 8 && /\s[-–—]\s/.test(t) ? t.split(/\s+[-–—]\s+/) : [];
  if (parts.length >= 2) {
    const each = parts.map((p) => lineChrome(p));
    if (each.every((v) => v && 'reason' in v)) return { reason: (each[0] as { reason: BoilerplateReason }).reason };
  }
  if (isSocialRow(t)) return { reason: 'share or subscribe prompt' };
  // Links scraped without a space between them: "Skip to main contentSkip to navigation" is two chrome lines glued.
  const glued = n <= 12 && GLUED_LINKS.test(t) ? t.split(GLUED_LINKS) : [];
  if (glued.length >= 2 && glued.every((p) => { const v = lineChrome(p); return !!v && 'reason' in v; })) return lineChrome(glued[0]!) as { reason: BoilerplateReason };
  if (isLegalLine(t)) return { reason: 'site footer' };
  if (isNavigation(t) || isLinkLabelRow(t, n)) return { reason: 'navigation' };
  // "Read more: <title>", "ALSO READ | <title>": the opener, then the linked title after a colon or a bar.
  const opener = /^[^:|]{2,40}\s*[:|]\s*\S/.test(t) ? t.split(/\s*[:|]\s*/)[0]!.trim() : undefined;
  // "More: <title>" too: the bare word opens a link only with its title after it; so do "READ: <title>", "Watch: <title>", "Also: <title>"
  // when what follows is a headline (no closing full stop: a sentence after a colon is the story's).
  if (LINK_LIST_OPENER.test(label) || isListOpener(t, n) || (opener !== undefined && (LINK_LIST_OPENER.test(opener) || isListOpener(opener) || /^more$/i.test(opener) || (/^(?:read|watch|listen|see|also)$/i.test(opener) && !/[.!?]["”’]?$/.test(t))))) {
    return { reason: 'related links' };
  }
  if (n <= 16 && PROMPT_START.test(t) && PROMPT_WORD.test(t)) return { reason: 'share or subscribe prompt' };
  // A line that asks the reader to subscribe: subscription words and words addressed to the reader.
  if (!/["“”]/.test(t) && SUBSCRIBE_WORD.test(t) && READER_WORD.test(t)) return { reason: 'share or subscribe prompt' };
  if (/omment|^archived/i.test(t) && /^archived post\b|\bcomments? (?:are|is) (?:now )?closed\b|\bcomments cannot be posted\b/i.test(t)) return { reason: 'comment form' };
  // A longer banner (up to the longest chrome line) needs two of its phrases: "We use cookies … By clicking 'Accept all' you agree …".
  if (n <= 30 ? COOKIE.test(t) && COOKIE_WORD.test(t) : isCookieBanner(t)) return { reason: 'cookie notice' };
  // Nor does an exclamation mark: "Join the conversation!" (tested last, so a control's own rule above keeps its reason).
  if (n <= 8 && t.endsWith('!')) {
    const called = t.replace(/\s*!$/, '');
    const k = RULE_LIST.next(called);
    if (k >= 0) return { reason: RULES[k]![1] };
  }
  // A printer's or an editor's note in square brackets ("[House Hearing, 119 Congress]"), when no rule read it without its brackets.
  if (text.length <= 90 && BRACKET_NOTE.test(text.trim()) && n <= MAX_BRACKET_WORDS) return { reason: 'production note' };
  // A control with its count in brackets ("View Comments (214)", "Replies [12]"): the label without the count is what it is.
  const counted = n <= 6 && /[)\]]$/.test(t) ? /^(.{2,40}?)\s*[([]\s*[\d,.]+[KkMm]?\+?\s*[)\]]$/.exec(t) : null;
  const control = counted ? lineChrome(counted[1]!) : undefined;
  if (control && 'reason' in control) return control;
  return chromeSentences(t, n);
}

/**
 * A line of two or three sentences each of which is chrome by itself: "Catch all the Technology News on X.
 * Download the X app to get daily updates." (a promotion box's lines run together).
 */
function chromeSentences(t: string, n: number): { reason: BoilerplateReason } | undefined {
  if (n > 30 || !/(?:[.!?]|\b[A-Z]{2}\s\d{5})\s+\p{Lu}/u.test(t)) return undefined;
  // A US postal address ends its part at the ZIP code ("…, DC 20005 You are receiving this …").
  const parts = t.split(/(?<=[.!?]|\b[A-Z]{2}\s\d{5})\s+(?=\p{Lu})/u);
  if (parts.length > 3) return undefined;
  let first: BoilerplateReason | undefined;
  let self = 0;
  for (const p of parts) {
    const v = lineChrome(p);
    if (v && 'reason' in v) first ??= v.reason;
    else if (ORG_SELF.test(p)) self++;
    else return undefined;
  }
  // A publisher's description of itself is its colophon only beside its disclaimer ("X is a nonprofit organization devoted to …. The
  // conclusions … are solely those of its author(s)."); alone, it may be the story's sentence about an institute.
  if (self > 0 && first !== 'production note') return undefined;
  return first && { reason: first };
}

/** An organisation describing itself: "The Example Institution is a nonprofit organization devoted to independent research …". */
const ORG_SELF = /^(?:The )?\p{Lu}[\p{L}&'’ -]{1,60} is an? (?:[\p{L}-]+,? ){0,3}(?:organi[sz]ation|institut(?:e|ion)|think tank|foundation|newsroom|nonprofit|non-profit|charity|research (?:center|centre|group|firm))\b[^.!?]{0,120}\.$/u;
