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
/** An e-mail field of a sign-up form, as a page copy shows it: "Enter your email", "Email address*" (chrome-late.ts reads a pitch above one). */
export const EMAIL_FIELD = /^(?:(?:type|enter) your e-?mail(?: address)?|(?:your )?e-?mail(?: address)?\s*\*?)$/i;
/** The longest line (in words) any single-line rule looks at. */
const MAX_CHROME_WORDS = 40;


/** An author card's picture, as its alt text is copied: "Avatar: Jane Doe", "Headshot of Jane Doe". */
export const AVATAR = /^(?:avatar|headshot|profile (?:photo|picture|image)|author (?:photo|picture|image))(?:\s+of)?\s*:?\s+\p{Lu}[^.!?]{1,60}$/iu;
// "Follow topic", "Follow these topics": a topic list with follow buttons.
const TAG_LABEL_RULE = /^(?:tags?|topics?|keywords|filed under|categories|(?:related|suggested|more|popular|explore) topics|follow (?:(?:this|these) )?topics?)$/i;
const RULES: [RegExp, BoilerplateReason][] = [
  // Markup an export leaves on a line of its own: an HTML comment ("<!--more-->"), a template tag ("{% include … %}", "{{ … }}").
  // And MDX's: an import line ("import Tabs from '@theme/Tabs';"), an admonition fence (":::note", ":::tip Title", ":::").
  [/^(?:<!--[\s\S]*-->|\{%[^%]*%\}|\{\{[^}]*\}\})$|^import\s+(?:[\w*{},\s]+\s+from\s+)?['"][^'"\s]+['"];?$|^:::[\w-]*(?:\s[^:]{1,60})?$/, 'page chrome'],
  // An author card's picture, as its alt text is copied: "Avatar: Jane Doe", "Headshot of Jane Doe".
  [AVATAR, 'image'],
  // A slide counter in a gallery: "2 of 6", "1 of 3 |" (the bar before its caption).
  [/^\d{1,3} of \d{1,3}(?:\s*[|·•])?$/, 'widget'],
  // A page's own furniture stamp: "Page last updated: 3/26/2025", "Page last reviewed: …".
  [/^(?:page|site|content) (?:last )?(?:updated|modified|reviewed)\s*:/i, 'page chrome'],
  // A subscription discount: "Get 25% off your first year".
  [/^(?:get|save|take) \d{1,2}% off\b[^.]{0,40}$/i, 'share or subscribe prompt'],
  // "Enlarge / caption": a photo viewer's caption.
  [/^enlarge\s*\/\s*\S/i, 'image'],
  // "SKIP ADVERTISEMENT", "Close ad": the control beside an ad slot.
  [/^[-–—•*\s]*(?:(?:skip|close|hide) (?:this )?)?(?:advertisement|advertisements|sponsored(?: content)?|promoted|ad)[-–—•*\s]*$/i, 'advertisement'],
  // "Presented by Acme — the database that …": a sponsor's name and its pitch after a dash.
  [/^(?:sponsored|presented|brought to you|powered) by\b\s*:?[^.,;:]{0,60}(?:(?:\s[—–-]|:)\s.{0,200})?$|^(?:partner content|paid (?:post|content)|promoted content|advertorial|sponsored post)$/i, 'advertisement'],
  [/^(?:story continues below(?: the)? advertisement|scroll to continue(?: with content)?|continue reading below|article continues (?:below|after (?:the )?advertisement))$/i, 'advertisement'],
  [/^(?:accept|accept all|reject all|agree|i agree|i accept|got it|manage (?:settings|preferences|options|cookies)|(?:cookie|privacy|consent) (?:settings|preferences|options)|accept (?:all )?cookies|(?:accept|agree) and (?:close|continue|proceed)|reject (?:all )?cookies|do not (?:consent|accept)|allow all(?: cookies)?|(?:use )?necessary (?:cookies )?only|only necessary(?: cookies)?|more options)$/i, 'cookie notice'],
  [/^(?:continue reading|read (?:the )?full (?:story|article|transcript|report|interview)|(?:table of )?contents:?|show more|load more|see all|view all|click to expand|home|top|back|close|top of page|just now|previous|next|prev|older posts|newer posts)$/i, 'navigation'],
  [/\((?:opens|open) in (?:a )?new (?:window|tab)\)$|,? opens new tab$|^click to (?:share|print|email|tweet)\b/i, 'share or subscribe prompt'],
  [/^(?:create a free account|start (?:your )?free trial|try (?:it )?(?:for )?free|get unlimited access|subscribe (?:now )?for (?:unlimited|full) access|you(?:'ve| have) (?:reached|\d+ free)|log ?in or (?:sign up|register))\b/i, 'share or subscribe prompt'],
  [/^(?:follow|add) (?:us|\S+) on google news|^(?:download|get|install) (?:our|the) (?:[\w+]+ ){0,2}?(?:free )?app\b(?! store)|^(?:got|have) a (?:confidential |news |story )?tip\b|^send (?:us )?(?:your )?(?:news )?tips\b|^(?:contact|e-?mail|write to) (?:the )?(?:author|reporter|writer)\b/i, 'share or subscribe prompt'],
  [/^(?:save(?: this)? (?:story|article)|print this page|\+\s*follow|forwarded this (?:e-?mail|newsletter)\b.*|(?:read|open|continue) in (?:the )?app|listen(?: to article)?(?:\s*[·•|-]\s*[\d:]+)?)$/i, 'share or subscribe prompt'],
  [/^why you can trust\b/i, 'site footer'],
  [/^(?:sitemap|rss|accessibility|do not sell my (?:personal )?information|your privacy choices|manage cookies|terms (?:&|and) conditions|privacy (?:&|and) cookies)$/i, 'site footer'],
  [/^(?:join the (?:conversation|discussion)|(?:view|show|load|hide) comments|(?:jump|skip|go|scroll) to (?:the )?comments?(?: section)?|log ?in to comment|sort by|newest|oldest|most liked)$/i, 'comment form'],
  // A comment section's heading with the story's quoted title, even with no comment copied under it: "3 thoughts on “Headline”".
  [/^\d{1,4}\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+["“‘'].{1,150}["”’']$/i, 'comment form'],
  // An audio player's label: a control, not a picture, so the story's first paragraph under it is never read as its caption.
  [/^listen to (?:this|the)(?: full| whole| audio)? (?:article|story|episode|version|audio(?: version)?|report|piece)\b.{0,90}$/i, 'widget'],
  // A media label alone, or two of them ("Photo/Illustration", "Photo & Video").
  [/^purchase licensing rights\b|^(?:toggle|hide|show) caption$|^enlarge (?:this )?image$|^(?:image|photo|video|audio|gallery|illustration)(?:\s*[/&|]\s*(?:image|photo|video|audio|gallery|illustration))?$|^(?:thumbnail|placeholder(?: image)?|image placeholder)$/i, 'image'],
  [/^[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s*[+\-−]\s*\d+(?:\.\d+)?%$/, 'widget'],
  // A price change alone on a line ("-2.5%", "+1.1%"): a quote widget; prose never writes a bare signed percentage.
  [/^[+\-−]\d+(?:\.\d+)?%$/, 'widget'],
  // A sign-in gate: "To view or add a comment, sign in".
  [/^(?:to|please) [^.!?]{0,60}\b(?:sign|log) ?in\.?$|^(?:please )?(?:sign|log) ?in (?:or register )?to (?:comment|reply|continue|read|view|access|see)\b[^.!?]{0,30}[.!]?$/i, 'share or subscribe prompt'],
  [/^about the (?:author|writer|reporter)s?\s*:\s*\S/i, 'author bio'],
  // A wire desk's sign-off of editors' initials: "bur-ah/jm".
  // Initials mostly lack vowels, so "and/or" is not one.
  [/^(?=.*(?:^|[-/])[b-df-hj-np-tv-xz]{2,5}(?:$|[-/]))[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5})+$/, 'wire credits'],
  [/^(?:skip to (?:main )?(?:content|navigation)|(?:back|return) to (?:top|the top|the homepage|homepage)|to the homepage|open menu|close menu|main menu|toggle navigation|log ?in|sign ?in|accessibility (?:help|statement|options))$/i, 'navigation'],
  // A reader's own menu ("My News", "My Account"): the possessive names a page of the site, not of the story.
  [/^my (?:account|news|feed|profile|saved|library)$/i, 'navigation'],
  // "Read previous post: <title>" too.
  [/^(?:read )?(?:previous|next|prev|older|newer)(?: post| article| story)?\s*[:»›>]\s*\S/i, 'navigation'],
  [/^(?:live|live updates|live blog|watch live|key points|key takeaways|transcript|(?:news )?provided by)$/i, 'page chrome'],
  [/^(?:share|tweet|email|e-mail|print|copy|like|comment|repost|restack|copy link|link copied|follow|listen|save|bookmark|gift (?:this )?article|facebook|twitter|x|linkedin|whatsapp|reddit|wechat|weibo|telegram|threads|bluesky|flipboard|mail)$/i, 'share or subscribe prompt'],
  // "Share Article via Facebook", "Share story by email": the network after via, on, to or by.
  [/^share(?: this| the| our)?(?: full| entire| whole)?(?: post| article| story| page| episode| video| podcast| thread| report| link| live blog)?(?: (?:on|via|to|by|with) [\p{L}]+| on)?(?:\s*:.{0,60})?$/iu, 'share or subscribe prompt'],
  [/^@[\w.]{2,30}$/, 'share or subscribe prompt'],
  [EMAIL_FIELD, 'share or subscribe prompt'],
  [/^(?:type|enter) your e-?mail|^already (?:an? )?(?:paid )?(?:subscriber|member|have an account)|^(?:thanks|thank you) for (?:reading|subscribing|signing up)/i, 'share or subscribe prompt'],
  [/^(?:view|read) (?:this (?:e-?mail|newsletter|post) )?(?:in|on) (?:your |a |the )?(?:browser|web|app)\b|^you(?:'re| are)? receiv(?:ed|ing) this\b|^unsubscribe\b|\breply to this e-?mail\b/i, 'share or subscribe prompt'],
  [/^follow\s+(?:us|me|@[\w.]+)\b|^(?:thread|posted|tweet|post) by @[\w.]+|^(?:listen|watch|subscribe|follow us|available) on\b|^scan (?:the |this |our )?(?:qr code|to)\b|^(?:liked|enjoyed|enjoying|like|love) (?:this|the) (?:story|article|post|piece|newsletter|thread)\?/i, 'share or subscribe prompt'],
  // ("Follow" as the ask, not "hard to follow".)
  [/^if you (?:enjoyed|liked|found|like)\b.*\b(?:follow(?=\s+(?:me|us|@|along|for|on|the (?:blog|author|newsletter|page)))|subscribe|share|clap|sign up)\b/i, 'share or subscribe prompt'],
  [/^(?:this )?(?:post|article|story|content) (?:is )?(?:only )?(?:for|available to|reserved for) (?:our )?(?:paid )?(?:subscribers|members)$|^this (?:post|article|story|content) is (?:only )?(?:for|available to) (?:paid )?(?:subscribers|members)|^full access\b.*\bsubscribers\b|^to continue reading\b|^subscribe (?:to|and) (?:continue|read|unlock)\b|^[∙·•]?\s*(?:paid|premium|members? only|subscribers? only)$/i, 'share or subscribe prompt'],
  // A capitalised name follows (case-sensitive): "Reporting by the Financial Times suggested…" is a sentence.
  [/^[—–-]{0,2}\s*(?:[Ww]ith )?(?:[Aa]dditional )?[Aa]ssistance (?:from|by) \p{Lu}|^[—–-]{0,2}\s*(?:[Ww]ire )?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]esearch) by \p{Lu}/u, 'wire credits'],
  [/\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i, 'wire credits'],
  [/^(?:editor'?s|editors'?|translator'?s|translators'?) note\s*:|^this (?:article|story|post|piece) (?:was|has been|is) (?:machine[- ])?translated\b|^(?:correction|clarification)\s*:\s*(?:an earlier|a previous|this (?:article|story))|^this (?:article|post|page|document) is a transcript\b|^(?:originally|first) published (?:in|on|at|by)\b[^.,;]{0,60}\.?$|^(?:originally|first) published (?:at|on|in) (?:<)?https?:\/\/\S+?(?:>)?(?: on [^.;]{3,30})?\.?$|^republished with permission\b|^a version of this (?:article|story)\b|^(?:translated|adapted) by\b|^original (?:title|headline|article)\s*:|^this (?:article|story|post|piece) (?:was |is |first |originally )+(?:published|appeared|republished)\b/i, 'production note'],
  [/^this (?:report|research|note|brief|paper|study|document|publication|analysis|commentary) (?:has been|was|is) (?:prepared|produced|issued|published) by\b|^(?:important |legal )?(?:disclosures?|disclaimers?)$|^analyst certification$/i, 'production note'],
  // A disclaimer of views says whose they are or are not ("The views expressed at the hearing were …" reports a hearing).
  [/^(?:updated|corrected|clarified) (?:at|on)\b.{0,80}$|^the (?:views|opinions)(?: and opinions)? expressed (?:in|on|here|herein|by)\b[^.]{0,80}\b(?:are|is|do not|does not|don't|belong|reflect)\b|^(?:disclosure|disclaimer)\s*:|^transcripts? (?:was |is )?(?:generated|produced|edited)\b/i, 'production note'],
  [/^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more about)\s*:\s*\S|^(?:posted|filed) (?:in|under) .{1,80}\|/i, 'tag list'],
  [/^(?:editors?|edited by|responsible editor|责任编辑|编辑)\s*[:：]\s*\S.{0,40}$/i, 'wire credits'],
  [/^(?:#[\p{L}\p{N}_]+\s*)+$/u, 'tag list'],
  [TAG_LABEL_RULE, 'tag list'],
  [/^[\p{L} .'’:-]{0,30}-?\d{1,3}\s*°\s*[CF]?(?:\s+\S{1,12}){0,2}$/u, 'widget'],
  // A symbol before a bare count ("👁 12,408", "♥ 1.2K"): a view or like counter.
  [/^\p{So}\uFE0F?\s*[\d,.]+\s*[KkMm]?$/u, 'widget'],
  // "Enjoyed this? Share it with a friend.": a question to the reader, then a prompt.
  [/^(?:liked|enjoyed|enjoying|like|love|found)(?: (?:this|it|the \w+))?(?: useful| helpful)?\?\s.{0,80}\b(?:share|subscribe|forward|follow|sign up|pass it on)\b/i, 'share or subscribe prompt'],
  [/^(?:\p{So}\S*\s*)?(?:over |about |more than )?[\d,.]+\s*[KkMm]?\s*(?:views|reads|likes|shares|claps|followers|subscribers|listens|plays|tweets|posts|reposts|reactions|upvotes|downvotes|votes|points|comments|replies)$/iu, 'widget'],
  // A count abbreviated with K or M alone on a line ("1.2K"): a like or follower counter.
  [/^\d{1,3}(?:\.\d)?[KkMm]\+?$/, 'widget'],
  // The end mark of a wire story: "(END)", "-30-", "###", "Enditem".
  [/^(?:\((?:END|ENDS|MORE)\)|ENDS?|-\s?30\s?-|#{3}|[Ee]nditem)$/, 'wire credits'],
  // A compact age stamp: "5h", "3d", "1w • Edited".
  [/^(?:[·•]\s*)?\d{1,2}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)(?:\s*[•·]\s*edited)?$/i, 'relative time'],
  // "Page 2 of 3", "Page generated in 0.04 seconds": a printed page's or a server's furniture.
  [/^page \d+(?: of \d+)?$|^page generated in\b/i, 'page chrome'],
  // Reaction counters: "112 · 18 Comments", "45 likes | 3 reposts".
  [/^[\d,.]+[KkMm]?(?:\s*[a-z]*)?(?:\s*[·•|]\s*[\d,.]+[KkMm]?\s*(?:comments?|reposts?|shares?|likes?|reactions?|replies))+$/iu, 'widget'],
  // A number alone on a line is a like or comment counter.
  [/^\d{1,3}(?:,\d{3})*$/, 'widget'],
  [/^(?:please )?(?:enable|turn on|activate) javascript\b|^(?:show|hide) (?:key events|all|more|less)\b.{0,30}$|^was this (?:article|page|story|post) (?:helpful|useful)|\bforce a refresh\b/i, 'widget'],
  // "Copyright 2031 …", "Copyright © …", "Copyright Harbour Media": a notice names its year or holder ("Copyright lawyers said …" is a sentence).
  [/^(?:[©ⓒ]|\([Cc]\)\s|[Cc]opyright\s*(?:[©ⓒ]|\([Cc]\)|\d{4}|by\s|\p{Lu})|COPYRIGHT\b)|^(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?$/u, 'site footer'],
  // "Example Ltd. Copyright © 2031. All rights reserved.": the holder's name first.
  [/^[^.!?]{2,60}(?:\.\s*)?(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}(?:[-–]\d{2,4})?\.?\s*all rights reserved\.?$/i, 'site footer'],
  [/^(?:our standards|editorial standards|ethics policy|corrections policy|terms of (?:use|service)|privacy(?: policy| notice)?|cookie policy|contact us|contact the (?:newsroom|editors?|desk)|about us|advertise with us)\b.{0,80}$/i, 'site footer'],
  [/^(?:(?:media|press|investor) )?(?:contacts?|inquiries|enquiries)\s*:?$|^(?:media|press|investors?)\s*:$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i, 'site footer'],
  // A telephone number alone on a line: "+60 7 555 0142", "(202) 555-0142".
  // It opens with "+" or "(" (or a label), so an ISO date ("2031-03-12") is never one.
  [/^(?:(?:tel(?:ephone)?|phone|fax|mobile|cell|hotline)\s*:?\s*|(?=[+(]))\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{1,4}\)?){2,5}$/i, 'site footer'],
  // The banner of US government sites (one template for all of them).
  [/^(?:an official website of the\b.{0,60}|here'?s how you know|official websites use \.gov|secure \.gov websites use https)$|^an? (?:\.gov|lock\b.{0,20}or https:\/\/)\s.{0,60}\b(?:official government organization|safely connected to the \.gov website)\b/i, 'navigation'],
  [/^SOURCE\s+\p{Lu}/u, 'site footer'],
  [/^[·•-]?\s*(?:(?:last updated|updated|posted|published|edited)\s+)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago$/i, 'relative time'],
  [/^!\[[^\]]*\]\([^)]*\)$/, 'image'],
  // A video link with its running time: "Inside the campus (2:14)".
  [/^[^.!?]{3,100}\(\d{1,2}:\d{2}(?::\d{2})?\)$/, 'related links'],
];

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
  // "More: <title>" too: the bare word opens a link only with its title after it.
  if (LINK_LIST_OPENER.test(label) || isListOpener(t, n) || (opener !== undefined && (LINK_LIST_OPENER.test(opener) || isListOpener(opener) || /^more$/i.test(opener)))) {
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
  for (const p of parts) {
    const v = lineChrome(p);
    if (!v || !('reason' in v)) return undefined;
    first ??= v.reason;
  }
  return first && { reason: first };
}
