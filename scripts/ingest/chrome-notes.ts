import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Chrome a page says about itself in whole sentences or in a writing tool's markup: opinion
 * disclaimers ("Views expressed by … contributors are theirs alone."), age warnings ("This article
 * is more than 1 year old."), paywall and sign-up-form messages, newsletter pitches, and the
 * markers of Markdown dialects (MkDocs admonitions, buttons with attribute lists, Pandoc table
 * captions), a reporters' "Reporting from …" line and an author note linking to its author's page. Each rule is one anchored pattern over a short line (the caller passes lines of up to
 * 40 words); a sentence of the story never opens this way.
 */
const RULES: [RegExp, BoilerplateReason][] = [
  // A note app's metadata table, row by row: a bold key, and a timestamp or a lower-case tag list ("| **Created at** | 2025-02-27 08:41 |",
  // "| **Tagged** | chips, china |"). A figure of the story in a table ("| **Revenue** | $39.1 billion |") has neither value.
  [/^\|\s*\*\*[\p{L} ]{2,24}\*\*\s*\|\s*(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|[\p{Ll}][\p{Ll}\d-]*(?:\s*,\s*[\p{Ll}][\p{Ll}\d-]*)+)\s*\|$/u, 'page chrome'],
  // Where each named reporter filed from, as one line: "A reported from New York, B from Beijing and C from Seoul."
  // (Only names and places: a sentence saying what someone reported has more words.)
  [/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} reported from \p{Lu}[\p{L}'’.-]*(?:,? (?:the |de |del )?\p{Lu}[\p{L}'’.-]*){0,3}(?:(?:,| and|, and) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} from \p{Lu}[\p{L}'’.-]*(?:,? (?:the |de |del )?\p{Lu}[\p{L}'’.-]*){0,3})*\.?$/u, 'wire credits'],
  // A contributors' credit after the text, with or without "by" or a dash: "– Additional reporting: AFN, Dow Wire", "Contributing reporting by Jane Roe".
  [/^[-–—]?\s*(?:[Aa]dditional|[Cc]ontributing|[Ee]xtra) reporting(?: by)?\s*[:-]?\s*\p{Lu}[^.!?]{0,100}\.?$/u, 'wire credits'],
  // The column disowning its own views: "This column reflects the personal views of the author …", "This post represents the opinions of its author alone."
  [/^this (?:column|article|post|piece|essay|op-ed|commentary|blog(?: post)?|newsletter|analysis)\b(?: (?:only|solely|merely))? (?:reflects?|represents?|expresses) (?:only |solely )?(?:the )?(?:personal |own |private )?(?:views|opinions?)\b/i, 'production note'],
  // An author's thanks for help with the piece: "Thanks to Ana Roe for comments on a draft. Errors are mine." (italics kept by a Markdown copy).
  [/^[*_]?(?:(?:many |special )?thanks|thank you|i(?:['’]m| am) grateful) to [^.!?]{1,80}? for (?:\w+ ){0,3}(?:comments?|feedback|reading|review(?:ing)?|help|suggestions|edits|discussions?|conversations?)\b[^!?]{0,80}[*_]?$/i, 'production note'],
  // A highlighter's export: its link back to each highlight ("View in context", "View highlight"), to the page ("Original", "Read original"),
  // and its summary row's parts ("Exported from Marker", "7 highlights", "2 notes").
  [/^(?:view|see|show|open|jump to) (?:in context|(?:the )?highlight|(?:the )?original(?: article| page| source)?)$|^(?:read (?:the )?)?original(?: article| page| source)?$|^(?:exported|synced|clipped) (?:from|with|by|via) \p{Lu}[\w.-]*(?: \p{Lu}[\w.-]*){0,2}$|^\d{1,4} (?:highlights?|annotations?|notes?)$/iu, 'page chrome'],
  // A clipping tool's own note by its user, below the clipped page: "My note: check the Q3 figure.", "Note to self: …".
  [/^(?:my notes?|note to self|my comments?)\s*:\s*\S/i, 'production note'],
  // A blog engine's shortcode left by an export, with its attributes or as a closing tag: "[gallery ids="1,2" columns="3"]", "[/caption]".
  // (Tested on the raw line: the caller's bare text has lost the brackets.)
  [/^\[(?:[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]"']+))+\s*\/?|\/[a-z][\w-]*)\]$/, 'page chrome'],
  // An HTML entity alone on a line ("&nbsp;"): an empty paragraph of the export.
  [/^(?:&(?:nbsp|#160|#xa0|ensp|emsp|thinsp|zwnj|zwj|shy);\s*)+$/i, 'page chrome'],
  // The publication disowning its contributors' opinions: "Views expressed by X contributors are their own.",
  // "Commentary pieces on X reflect only their authors' views", "Opinions expressed are solely those of the author."
  [/^(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:own|alone|solely|those of (?:the |its |their |our )?(?:authors?|writers?|contributors?|columnists?|guests?))\b|^(?:commentary|opinion|op-ed|guest|contributed)(?: pieces?| articles?| posts?| columns?| essays?)?\b[^!?]{0,60}?\b(?:reflect only|do(?:es)? not (?:necessarily )?reflect|(?:are|is) (?:solely )?(?:the|their|its) (?:authors?|writers?)['’]?s?['’]? own)\b/i, 'production note'],
  // The disclaimer closing a longer note: "Commentary is produced by X, an independent … The views expressed are the authors' own."
  [/[.!?]\s+(?:the )?(?:views|opinions) expressed (?:here |in this [\w-]+ )?are (?:solely )?(?:(?:the|those of the|its|their) )?(?:authors?|writers?)['’]?s?['’]?(?: own| alone)?\.?$/i, 'production note'],
  // A figure's or table's caption: "Figure 1: Performance of instruct models.", "Table 2 – Prices per million tokens".
  [/^(?:figure|fig\.|table|chart|exhibit|graphic)\s+\d{1,2}[a-z]?\s*[:.|–—-]\s+[^.!?]{2,120}[.]?$/i, 'image'],
  [/^this (?:article|story|post|page|piece) is (?:more than|over|older than) (?:\d+|an?|one|two|three) (?:years?|months?)(?: old)?\.?$/i, 'relative time'],
  // A transcript's own caveat: "This transcript was produced quickly by an outside service …".
  [/^this transcript (?:was|is|has been|may have been) (?:produced|generated|created|edited|prepared)\b/i, 'production note'],
  // Paywalls: "This story is available exclusively to X subscribers.", "Keep reading with a 7-day free trial", "Subscribe to X to keep reading this post …".
  [/^this (?:article|story|post|content|piece) is (?:only |exclusively )?available (?:only |exclusively )?to\b[^.]{0,40}\b(?:subscribers|members)\b/i, 'share or subscribe prompt'],
  [/^keep reading with a\b[^.]{0,30}\btrial\.?$|^subscribe to\b[^.]{1,60}\bto (?:keep|continue) reading\b/i, 'share or subscribe prompt'],
  // A sign-up form's answers: "Thank you for submitting your email!", "It looks like something went wrong."
  [/^(?:thanks|thank you) for (?:submitting|signing up|registering|your (?:submission|interest))\b[^.]{0,40}[.!]?$|^(?:oops[,!.]?\s*)?(?:it (?:looks|seems) like )?something went wrong\b[^.]{0,30}[.!]?$/i, 'share or subscribe prompt'],
  // A newsletter's pitch as a heading: "Get the Chipwire morning brief", "Sign up for our daily digest".
  [/^(?:get|receive|sign up for|subscribe to) (?:the|our) [^.!?]{0,40}\b(?:newsletter|brief|briefing|digest|bulletin|roundup)$/i, 'share or subscribe prompt'],
  [/^stay (?:connected|in touch|informed|up to date)$|^click here to (?:share|subscribe|follow|sign up)\b/i, 'share or subscribe prompt'],
  // A broadcaster's programme label over a story: "Heard on Morning Report", "As heard on All Things Tech".
  [/^(?:[Aa]s )?(?:[Hh]eard|[Ss]een) on \p{Lu}[^.!?]{1,40}$/u, 'page chrome'],
  // MkDocs admonitions: '!!! info "Disclosure"', '??? note "How we tested"', '???+ tip'.
  [/^(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*(?:\s+"[^"]*")?$/, 'page chrome'],
  // A Markdown link with an attribute list is a button: "[Previous: Notes](notes.md){ .md-button }".
  [/^\[[^\]]+\]\([^)]*\)\s*\{\s*[.:#][^}]*\}$/, 'navigation'],
  // A Pandoc table caption: ": Total and active parameters {#tbl-moe}".
  [/^:\s+\S.*\{#(?:tbl|fig|lst)-[\w-]+\}$/, 'image'],
  // Where the byline's reporters filed from, on a line of its own: "Reporting from San Francisco and Washington" (no full stop: not a sentence).
  [/^(?:[Rr]eporting|[Rr]eported|[Ff]iled|[Ww]riting) from (?:the )?\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:and|&|the|of|de|del)\s+)*\p{Lu}[\p{L}'’.-]*){0,7}$/u, 'wire credits'],
  // An author's note ending in a link to the author's page by the same name: "Jane Roe covers … from Oslo. More about Jane Roe".
  [/^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\s.{10,300}?[.!?]\s+(?:More (?:about|from|by)|(?:See|Read) more (?:from|by)|More stories (?:from|by)|View all posts by|Follow) \1$/u, 'author bio'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** The reason a short line is such a note or marker, if it is one. */
export function noteChrome(t: string): BoilerplateReason | undefined {
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
