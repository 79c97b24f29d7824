import { JOB_WORD, parseNameLine } from './byline-names.ts';
import { BODY_NAME, looksLikeOutlet, MENU_LABEL, OUTLET_WORD } from './outlet-name.ts';
import { words, type Unit } from './units.ts';

/**
 * The headline among a header's lines, and what is glued to it: the choice by score, the outlet after
 * "Headline | Outlet", a domain or pixel text glued on, Markdown marks; and the shapes that are never
 * a headline (section labels, breadcrumbs, a site's name or its abbreviation).
 */

/** A section label ("Markets", "AI Pricing") is this short. */
export const MAX_SECTION_WORDS = 3;
/** Words of section and category labels: a short line made only of these is a section, not a site. */
const SECTION_WORD =
  /^(?:news|latest|breaking|updated|sponsored|premium|live|watch|listen|podcasts?|newsletters?|editorial|letters|obituar(?:y|ies)|profiles?|markets?|business|economy|finance|money|tech|technology|science|world|politics|policy|opinion|analysis|features?|comment|commentary|explainers?|interviews?|reviews?|ai|artificial|intelligence|china|asia|europe|us|u\.s\.|americas|global|international|national|local|companies|industry|startups?|enterprise|cloud|chips?|semiconductors?|security|energy|climate|health|culture|sports?|video|podcasts?|deals|investing|trade|geopolitics|research|innovation|insights|exclusive|and|&|[/›>|-])$/i;
export const isSectionLine = (t: string) => words(t) <= MAX_SECTION_WORDS && t.split(/\s+/).every((w) => SECTION_WORD.test(w));
/**
 * What a scrape glues to a headline: a tracking pixel or embed tag, a Markdown image, a URL, noscript text.
 * Only embedded-media tags go: other angle-bracket text ("The <blink> tag", "</title><script>") is the
 * headline's own text and stays text, escaped where each page is written.
 */
export const GLUED = /<\/?(?:img|iframe|embed|object|picture|source|video|audio)\b[^>]*>|!\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|noscript\b.*$/gi;

/** The kind of page a title may end in after a dash. */
const PAGE_KIND = /^(?:questions (?:and|&) answers|q\s?&\s?a|faqs?|frequently asked questions|fact ?sheet|explainer|live(?: updates| blog)?|press release|statement|timeline|transcript|full text|summary|guidance)$/i;

/** Splits "Headline | Outlet" / "Headline - Outlet" and removes glued markup. */
export function splitTitle(t: string, outletHint: (s: string) => boolean): { title: string; publisher?: string } {
  // A domain in brackets after a headline ("… (example.com)", as link aggregators print it) names where it links, not the headline.
  // "Cover image for <headline>": an image's alt text names the headline it illustrates.
  const clean = t.replace(GLUED, ' ').replace(/^(?:cover|header|hero|featured|banner|lead)\s+(?:image|photo|picture)\s+(?:for|of)\s+(?=\S)/i, '').replace(/\s+\((?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}\)$/u, '').replace(/\s+/g, ' ').trim()
    // Chinese posts set a headline in black lenticular brackets (`【Headline】`): the brackets mark it, they are not its text.
    .replace(/^【([^【】]+)】$/u, '$1')
    // "🧮 The price war nobody is winning": an emoji opening a headline (a newsletter's decoration of each issue) is no word of it.
    .replace(LEADING_EMOJI, '');
  // "Headline | Section | Outlet": the headline first, the outlet last.
  const pipes = clean.split(/\s+[|｜]\s+/);
  // "Outlet | Headline": some sites name themselves first; only a name the header writes elsewhere or an outlet's shape, before a headline.
  if (pipes.length === 2 && words(pipes[0]!) <= 5 && words(pipes[1]!) >= 5 && !looksLikeOutlet(pipes[1]!) && !outletHint(pipes[1]!) && /^\p{Lu}/u.test(pipes[0]!) && (outletHint(pipes[0]!) || looksLikeOutlet(pipes[0]!))) return { title: pipes[1]!, publisher: pipes[0]! };
  // "Original | Headline", "Exclusive | Headline": a one-word label before the bar, the headline after it.
  if (pipes.length === 2 && words(pipes[0]!) === 1 && words(pipes[1]!) >= 5) return { title: pipes[1]! };
  // "Headline | Outlet | Section": of three parts or more, the one shaped as an outlet's name (or named elsewhere) when the last is not.
  const outletPart = (p: string) => words(p) <= 6 && (outletHint(p) || looksLikeOutlet(p));
  const middle = pipes.length >= 3 && !outletPart(pipes.at(-1)!) ? pipes.slice(1, -1).filter(outletPart) : [];
  if (middle.length === 1 && pipes[0]!.length >= 8) return { title: pipes[0]!, publisher: middle[0]! };
  if (pipes.length >= 2 && pipes[0]!.length >= 8 && words(pipes.at(-1)!) <= 6) return { title: pipes[0]!, publisher: pipes.at(-1)! };
  const dash = /^(.{8,})\s+[-–—]\s+([^-–—]{2,60})$/u.exec(clean);
  // "… – Questions & Answers", "… — Live updates", "… - Fact sheet": the kind of page after a dash is part of its title, no outlet.
  const tail = dash && !PAGE_KIND.test(dash[2]!.trim()) ? dash[2]!.trim() : undefined;
  // "Headline - Outlet": a tail named elsewhere in the header, shaped like an outlet, or a short run of capitalised words.
  const capitalised = !!tail && words(tail) <= 3 && tail.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));
  if (dash && tail && words(tail) <= 6 && /^\p{Lu}/u.test(tail) && (outletHint(tail) || looksLikeOutlet(tail) || capitalised)) {
    return { title: dash[1]!.trim(), publisher: tail };
  }
  // "Headline · Outlet", "Headline :: Outlet": other sites' separators, read as the dash is, only for a tail the header names or an
  // outlet's shape (a short run of capitalised words may be a writer's name there: "Ferry tolls rise · Jane Doe").
  const dot = /^(.{8,})\s+(?:[·•]|::)\s+([^·•:]{2,60})$/u.exec(clean);
  const dotTail = dot?.[2]!.trim();
  if (dot && dotTail && words(dotTail) <= 6 && /^\p{Lu}/u.test(dotTail) && !PAGE_KIND.test(dotTail) && (outletHint(dotTail) || looksLikeOutlet(dotTail)) && !parseNameLine(dotTail)) {
    return { title: dot[1]!.trim(), publisher: dotTail };
  }
  return { title: clean };
}

/** A line without the Markdown marks a scrape or an export leaves around it: a heading's "#", emphasis. */
// Every rewrite below needs a mark first on the line or a backslash; most lines have neither (and several readers ask about every line).
export const plain = (t: string) => (!PLAIN_MARKS.test(t) ? t : unmarked(t));
const PLAIN_MARKS = /^[#*+_[>-]|\\/;
const unmarked = (t: string) =>
  t
    .replace(/^#{1,6}\s+/, '')
    // "- Author: [[Jane Doe]]", "- URL: https://…": a notes app's list of page properties; the list mark and a wiki link's brackets
    // around the whole value are not the header fact's.
    // So are the links of a list of them ("Authors: [[A]], [[B]]", as Zotero's and Obsidian's exports write a field of several).
    .replace(/^[-*+]\s+((?:authors?|creators?|writers?|url|link|source|original url|published|date|publication|publisher|website|site name):\s+)(.+)$/iu, (_, key: string, value: string) => key + value.replace(/\[\[([^[\]|]+)(?:\|[^[\]]+)?\]\]/g, '$1'))
    // "> 📎 **Clipped from** [Outlet](…)", "> **Author:** A": a note app's callout quotes its labelled fields (and may open with an icon).
    .replace(/^>\s+(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?=([*_]{2})\p{L}[\p{L} ]{0,24}:?\1\s)/u, '')
    // "**Source:** Outlet", "**By** A and B": a label set in bold before its value, as a document's export writes it.
    .replace(/^([*_]{2})(\p{L}[\p{L} ]{0,24}:?)\1\s+(?=\S)/u, '$2 ')
    // "16 April 2025\)", "1\.": a Markdown export's escapes before punctuation are not the text's.
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/^([*_]{1,3})(\S(?:.*\S)?)\1$/, '$2')
    // "[![Harbour Gazette](…/logo.svg)](https://harbour.example/ "Harbour Gazette")": a linked logo reads as its alt text, as a browser's copy does.
    .replace(/^\[!\[([^\]\n]{2,60})\]\([^()\s]+\)\]\([^()\s]+(?:\s+"[^"]*")?\)$/, '$1');
export const isCjk = (t: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(t);
/**
 * Whether `short` abbreviates `long`: word by word, each the same or, in capitals, the initials of
 * the next words ("HG Weekly" / "Harbour Gazette Weekly") or letters of one word in order ("CX Global" / "Caixin Global").
 */
export function abbreviates(short: string, long: string): boolean {
  const a = short.split(/\s+/);
  const b = long.split(/\s+/);
  if (short === long || a.length > b.length) return false;
  const inWord = (w: string, full: string) => {
    if (w.length >= full.length || w[0] !== full[0]) return false;
    let at = 0;
    for (const c of w.toLowerCase()) {
      at = full.toLowerCase().indexOf(c, at) + 1;
      if (at === 0) return false;
    }
    return true;
  };
  const match = (i: number, j: number): boolean => {
    if (i === a.length) return j === b.length;
    const w = a[i]!;
    if (w === b[j]) return match(i + 1, j + 1);
    if (!/^\p{Lu}{2,5}$/u.test(w) || j >= b.length) return false;
    const initials = b.slice(j, j + w.length);
    if (initials.length === w.length && initials.every((x, k) => x[0] === w[k]) && match(i + 1, j + w.length)) return true;
    return inWord(w, b[j]!) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** A menu is a run of labels: one navigation line (a share row) is not one. */
const MENU_ITEMS = 3;
/** Words of a publication's rhythm, as its tagline states it. */
const PERIODIC = /^(?:(?:a|an|the|your|our)\s+(?:\S+\s+)?(?:daily|weekly|fortnightly|monthly)\b|every (?:morning|evening|day|weekday|week|month)\b)/i;

/** A picture agency's name alone: a credit left without its caption. */
/** A picture agency's name alone: the credit of a photo in the header. */
export const PICTURE_AGENCY = /^(?:getty images|shutterstock|alamy|reuters|afp|ap|epa|bloomberg|xinhua|unsplash|pexels)$/i;

/** Separators of a breadcrumb or a row of labels: "Tech / Big Tech", "News › World". */
export const CRUMB = /\s[/›»>]\s/;

/**
 * The headline among the header's candidate lines, by a score: a Markdown level-one heading
 * outranks everything; a line of four words or more (not counting separators) outranks a shorter
 * one; a site's name, a section label, a breadcrumb or a line set in columns ("Sector      Note")
 * is never the headline while another line is there; a long line right above the date, byline or
 * text outranks one further up (a menu or banner line). Ties go to the earlier line.
 */
/** "Skip to main content", "Jump to navigation", "Skip to site index", "Go to accessibility shortcuts": a page's skip link, printed first (never a headline or a name). */
export const SKIP_LINK = /^(?:(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|article|main|site index|footer)|(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:accessibility\s+)?(?:shortcuts|content|navigation|menu|search)(?:\s+bar)?)$/i;
/** Emoji before a headline's first word (not "©", "®" or "™", which open a notice). */
const LEADING_EMOJI = /^(?:(?![©®™])\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}]*\s+)+(?=\S)/u;
/** Words that title case leaves in lower case: articles, conjunctions, short prepositions. */
const MINOR_WORD = /^(?:a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|on|to|up|via|vs\.?|with|from|into|over)$/i;
/**
 * Whether every word of a line but the minor ones opens with a capital or a digit ("I Ran a Model for a Week. Here's the Bill."),
 * as a short headline in title case is written: a sentence of the text capitalises only its first word and its names.
 */
export const everyWordCapitalised = (t: string) => {
  const major = (t.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).filter((w) => !MINOR_WORD.test(w));
  return major.length >= 5 && major.every((w) => /^[\p{Lu}\d]/u.test(w));
};
/** Whether most of a line's longer words are capitalised, as headlines in title case are written (banners are in sentence case). */
export const titleCased = (t: string) => {
  const long = t.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 6 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8;
};

export function chooseHeadline(candidates: readonly number[], us: readonly Unit[], ts: readonly string[], isOutletLine: (t: string) => boolean, anchored: (i: number) => boolean = () => false, isMenu: (i: number) => boolean = () => false, isFact: (i: number) => boolean = () => false): number {
  // Items of a menu: a breadcrumb is a whole menu; a navigation line or a label on its own line, one item.
  // Asked of the same lines for every candidate above them: each line is judged once (a name is asked of compromise).
  const items = new Map<number, number>();
  const menuItems = (k: number) => items.get(k) ?? items.set(k, menuItemsOf(k)).get(k)!;
  const menuItemsOf = (k: number) => {
    const t = ts[k]!;
    if (isMenu(k)) return CRUMB.test(t) ? MENU_ITEMS : 1;
    // A name, a job title or a picture agency under a byline is not a menu's label ("Jane Doe" / "Technology reporter" / "Getty Images").
    return candidates.includes(k) && words(t) <= MAX_SECTION_WORDS && !/[.!?]$/.test(t) && !JOB_WORD.test(t) && !PICTURE_AGENCY.test(t) && !parseNameLine(t) ? 1 : 0;
  };
  const score = (i: number) => {
    const t = ts[i]!;
    const bare = t.replace(/\s[/›»>|·•]\s/g, ' ');
    // A compound's parts count as words: "The Half-Trillion-Dollar Wager" is a headline's length, "The Harbour Monthly" a name's.
    const long = isCjk(t) ? t.length >= 6 : words(bare.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')) >= 4;
    // A row of three or more short parts ("Analyst | ex-engineer | Writer") is a profile tagline or a menu.
    const parts = t.split(/\s+[|·•]\s+/);
    const row = parts.length >= 3 && parts.every((p) => words(p) <= 4);
    // "Ferries win orders (4 minute read)": an item of a newsletter's or a page's list carries its reading time; the page's headline does not.
    const listItem = /\(\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read\)$/i.test(t);
    const notHeadline = SKIP_LINK.test(t) || MENU_LABEL.test(t) || isOutletLine(t) || isSectionLine(bare) || CRUMB.test(t) || /\S\s{3,}\S/.test(us[i]!.text) || row || listItem;
    // A name set in capitals above a long line in mixed case is a masthead or a series name ("CENTER FOR X" over a paper's title);
    // a headline set in capitals ("SHIPYARD DELIVERS FERRY") names no outlet or body.
    // A line above the site's navigation menu (a run of labels) is its masthead, when a long line stands below the menu.
    // Only the labels above the story's date or byline count: the row below those is a share bar ("X.com", "Link kopieren").
    const fact = us.findIndex((_, k) => k > i && isFact(k));
    const menuEnd = (k: number) => (fact > 0 ? Math.min(k, fact) : k);
    const aboveMenu = candidates.some((k) => k > i && words(ts[k]!) >= 4 && us.slice(i + 1, menuEnd(k)).reduce((n, _, j) => n + menuItems(i + 1 + j), 0) >= MENU_ITEMS);
    // "A daily look at …", "Your weekly guide to …": a line describing how often a publication appears is its tagline, over the headline.
    const tagline = PERIODIC.test(t) && candidates.some((k) => k > i && words(ts[k]!) >= 4);
    // "We thank our members and readers for their support. Donate": a long banner of sentences, where a headline is one.
    // A headline of two short sentences over its byline ("Stocks get a reality check. Here's what it means") is one all the same:
    // a banner ends a sentence, a headline does not.
    // A headline set in title case ("Start-Up Wiped $589 Billion Off Nvidia. Wall Street Wants to Know Why.") is no banner either.
    const sentences = words(t) > 12 && /\p{Ll}{2}\.\s+\p{Lu}/u.test(t) && (/[.!]$/.test(t) || words(t) > 20 || !anchored(i)) && !titleCased(t) && !everyWordCapitalised(t);
    const capsAbove = !/\p{Ll}/u.test(t) && (OUTLET_WORD.test(t) || BODY_NAME.test(t)) && candidates.some((k) => k > i && /\p{Ll}/u.test(ts[k]!) && words(ts[k]!) >= 4);
    return (/^#\s/.test(us[i]!.text) ? 8 : 0) + (long ? 2 : 0) + (long && anchored(i) ? 1 : 0) - (notHeadline ? 4 : 0) - (capsAbove || aboveMenu || tagline || sentences ? 1 : 0);
  };
  let best = candidates[0]!;
  let top = -Infinity;
  for (const i of candidates) {
    const s = score(i);
    if (s > top) [best, top] = [i, s];
  }
  return best;
}

/** A forum's thread header under its title: "Thread starter jdoe", "Started by jdoe". */
const THREAD_STARTER = /^(?:thread starter|started by|original poster|op)\b/i;
/** The prefix labels forums glue before a thread's title (XenForo, vBulletin, Discourse tags shown as a prefix). */
const THREAD_PREFIX = /^(?:Discussion|Question|News|Rumou?r|Leak|Review|Guide|Help|Solved|Resolved|Info|Opinion|Poll|Official|Announcement|Tutorial|Article|Video)\s+(?=\p{Lu}|\d|["“'‘])/u;
/**
 * A thread's title with its prefix label glued before it ("Discussion Battery ferries…"): the label files the thread,
 * the title is what follows. Only under a thread's own header line, where a forum sets one.
 */
export function withoutThreadPrefix(title: string, below: readonly string[]): string {
  if (!below.some((t) => THREAD_STARTER.test(t.trim()))) return title;
  const m = THREAD_PREFIX.exec(title);
  return m && title.length - m[0].length >= 15 ? title.slice(m[0].length) : title;
}
