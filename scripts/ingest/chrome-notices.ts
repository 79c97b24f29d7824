import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Chrome of filings, releases and market pages: legal notices (a release's forward-looking-statements
 * paragraph, an exchange's disclaimer, an analyst's disclosure), a filing's furniture (document codes,
 * billing codes, stock codes), market-data widgets, channel and referral prompts, wire page furniture.
 * Each rule names the notice by a phrase only the notice uses, so a sentence of the story that merely
 * mentions such a thing ("the company warned of risks") is never taken.
 */

/** Most words of a legal notice judged by {@link longNotice}: a whole safe-harbour paragraph. */
const MAX_NOTICE_WORDS = 220;

/** The document a notice speaks of: "this press release", "this announcement". */
const THIS_DOCUMENT = /\b(?:in|of|to|from) this (?:press release|news release|release|announcement|document|report|presentation|communication|circular|filing)\b/i;

/** A word every long notice has; tested first, as every paragraph comes through {@link longNotice} (a newsletter box's "Privacy Notice: …" runs long too). */
const NOTICE_CUE = /^(?:As|AS|as) |isclos|isclaim|ISCLOS|ISCLAIM|orward-looking|ORWARD-LOOKING|o responsibility|tatement:|^This \w+ (?:was|has been|is) (?:prepared|produced|issued)|^(?:All |Readers'? )?[Cc]omments? |xpressed (?:in|here)|ithout warrant|^Privacy (?:Notice|Policy|Statement):|ffer to sell/;

/** Words of a comment section's rules. */
const MODERATION = /\b(?:moderated|moderation|moderators?|abusive|obscene|offensive|guidelines|off-topic|civil|respectful|removed|deleted|banned|discretion)\b/g;

/**
 * Notices that may run long (above the single-line limit of lineChrome):
 * - "Analyst's Disclosure: I/we have a beneficial long position …", "Acme's Disclosure: Past performance …";
 * - a forward-looking-statements paragraph, which names itself and the document it is in;
 * - an exchange's or a regulator's disclaimer of "the contents of this announcement";
 * - a filing's board-composition line ("As at the date of this announcement, the Board comprises …");
 * - a comment section's rules, and an institute's disclaimer of its authors' views.
 */
export function longNotice(t: string, n: number): BoilerplateReason | undefined {
  if (n > MAX_NOTICE_WORDS) return undefined;
  // Every paragraph comes through here: a plain substring test first, the patterns only on a hit.
  if (!NOTICE_CUE.test(t)) return undefined;
  if (/^(?:\p{Lu}[\p{L}\d&.'’-]*\s+){0,4}(?:[Dd]isclosures?|[Dd]isclaimers?|DISCLOSURES?|DISCLAIMERS?)\s*:\s*\S/u.test(t)) return 'production note';
  if (/\bforward-looking statements?\b/i.test(t) && THIS_DOCUMENT.test(t) && /\b(?:risks?|uncertaint(?:y|ies)|materially)\b/i.test(t)) return 'production note';
  if (/\b(?:takes?|accepts?) no responsibility for the contents of this\b/i.test(t) && /\b(?:accuracy|completeness|liability)\b/i.test(t)) return 'production note';
  // A securities disclaimer: the document is "not an offer to sell or a solicitation of an offer to buy" (the regulators' own wording),
  // said of this document ("This letter is provided for information only and is not an offer to sell …").
  if (/\bnot (?:an|intended as an|to be construed as an) offer to sell\b[^.]{0,20}\bsolicitation of an offer to buy\b/i.test(t) && /\bthis (?:letter|document|report|presentation|communication|material|update|newsletter|release|announcement|website)\b/i.test(t)) return 'production note';
  // A notice about the site's own links or adverts under its label: "Advertising statement: The external jump links … contained in the article …".
  if (/^(?:advertising|advertisement|ad|affiliate|sponsorship|copyright|reprint|editorial|legal|privacy) (?:statement|disclaimer|notice|note)\s*:\s*\S/i.test(t)) return 'production note';
  // A report's statement of who prepared it, at any length: "This document was prepared by the Congressional Research Service (CRS). CRS serves …".
  if (/^this (?:report|research|note|brief|paper|study|document|publication|analysis|commentary|letter|memo) (?:has been|was|is) (?:prepared|produced|issued) by\b/i.test(t)) return 'production note';
  // A comment section's rules: "Comments will be moderated. … abusive … removed …" (two words of moderation: a story about a consultation's comments has none).
  if (/^(?:all |readers'? )?comments? (?:will|may|must|should|have to|are|is)\b/i.test(t) && new Set(t.toLowerCase().match(MODERATION) ?? []).size >= 2) return 'comment form';
  // An institute's disclaimer, at the end of its paragraph: "… all views … expressed in this publication should be understood to be solely those of the author(s)."
  if (/\b(?:views?|opinions?)\b[^.]{0,80}\bexpressed (?:in this|here(?:in)?)\b[^.]{0,80}\b(?:solely|only|entirely|exclusively) (?:those|the (?:views?|opinions?)) of the (?:authors?|writers?|contributors?)\b/i.test(t)) return 'production note';
  if (/^as (?:at|of) the date of this (?:announcement|document|circular|notice),? the (?:[\w-]+ ){0,3}(?:board|directors)\b/i.test(t)) return 'production note';
  // A distributor's disclaimer of what it carries: "X provides this news content "as is" without warranty of any kind. …".
  if (/["“]?as is["”]?,? without (?:any )?warrant(?:y|ies)\b/i.test(t) && /\bthis (?:news |press )?(?:content|information|article|release|material)\b/i.test(t)) return 'production note';
  return undefined;
}

/** Market data: an index or asset with its level and change ("S&P 500 6,012.28 -1.46%"), a price alone on a line ("19,341.83", "$102,090.15"). */
// The level has a thousands comma or decimals, the change a sign or an arrow, maybe a point change before it: "Dow 44,713.58 ▲ 0.65%", "S&P 500 6,012.28 -88.18 (-1.46%)".
const QUOTE_LINE = /^[\p{L}&][\p{L}&.' ]{0,24}(?:\s\d{2,4})?\s+[$€£¥]?\d{1,3}(?:(?:,\d{3})+(?:\.\d{1,4})?|(?:,\d{3})*\.\d{1,4})(?:\s+[+\-−]\d[\d,]*(?:\.\d+)?)?\s+(?:[▲▼△▽↑↓]\s*\(?[+\-−]?|\(?[+\-−])\d+(?:\.\d+)?%\)?$/u;
const PRICE_ALONE = /^[$€£¥]?\d{1,3}(?:,\d{3})*\.\d{2,4}$/;

const RULES: [RegExp, BoilerplateReason][] = [
  [QUOTE_LINE, 'widget'],
  // A release's furniture: its kind and its embargo line ("Press Release", "For Immediate Release", "Embargoed until 9:00 ET").
  [/^(?:(?:press|news|media) release|media advisory|for immediate (?:release|distribution)|embargoed (?:until|till)\b.{0,40})$/i, 'page chrome'],
  // A code row of a document's kind and version in capitals: "IN12503 · VERSION 1 · NEW".
  [/^(?=.*[A-Z]{1,4}-?\d{3,})[A-Z\d][A-Z\d.-]*(?: [A-Z\d][A-Z\d.-]*){0,2}(?:\s[·•|]\s[A-Z\d][A-Z\d.-]*(?: [A-Z\d][A-Z\d.-]*){0,2}){2,}$/, 'page chrome'],
  // An embed's placeholder: "External Content", "Embedded media".
  [/^(?:external|embedded|third[- ]party) (?:content|media|video|post|embed)$/i, 'widget'],
  // A tip-off's thanks: "Thanks to reader Jane for the tip!", "Thanks to netizen "X" for the clue delivery!", "H/t to X for the link".
  [/^(?:thanks|thank you|h\/t|hat tip)\b.{0,60}\bfor (?:the |this )?(?:[\w-]+ ){0,2}?(?:tip|tips|clue|clues|heads[- ]up|lead|link|pointer)s?\b[^.]{0,20}[.!]?$/i, 'production note'],

  [PRICE_ALONE, 'widget'],
  // A widget's footnote: "*Stock data as of market close, 4:00pm ET.", "Quotes delayed at least 15 minutes."
  [/^\*?(?:stock|market|price|quote)s? (?:data|prices|quotes)? ?(?:as of|delayed)\b|^(?:quotes|prices|data) (?:are )?delayed\b/i, 'widget'],
  // A filing's furniture: "[FR Doc. 2025-00636 Filed 1-13-25; 8:45 am]", "BILLING CODE 3510-33-P", "EX-99.1 2 pr.htm EX-99.1".
  [/^\[?FR Doc\.?\s[^\]]{1,60}\]?$|^BILLING CODE\s+[\d-]+[A-Z-]*$|^EX-\d{1,3}(?:\.\d{1,3})?\s+\d+\s+\S+\.(?:htm|html|txt)\b.{0,30}$/, 'page chrome'],
  // A listed company's filing heading: "(Incorporated in the Cayman Islands with limited liability)", "(Stock Code: 9988)".
  [/^\(?incorporated in [^()]{1,60} with limited liability\)?$|^\(?stock codes?\s*:\s*[^.]{1,80}\)?$|^(?:voluntary|discloseable|inside information|overseas regulatory) announcement$|^(?:joint )?company secretary$/i, 'page chrome'],
  // An exhibit's label in a filing: "EX-99.1", "Exhibit 99.1".
  [/^(?:EX|Exhibit)[- ]\d{1,3}(?:\.\d{1,3})?$/, 'page chrome'],
  // A citation line to copy: "Cite as: …", "To cite this article: …".
  [/^(?:to )?cite (?:this (?:article|post|page|paper|report|story)|as)\s*:/i, 'page chrome'],
  // Breaks in the text for an advert: "Continue reading the main story", "Article continues below this ad".
  [/^continue reading the main story$|^(?:story|article) continues (?:below|after)\b.{0,30}$/i, 'advertisement'],
  [/^(?:join|follow|find) us on (?:telegram|whatsapp|signal|discord|viber|wechat|line)$/i, 'share or subscribe prompt'],
  // A reader-funding appeal: "… we have a small favour to ask.", "Make a contribution today", "You can support us from just $1."
  [/\bwe have a (?:small |quick )?favou?r to ask\b|^(?:please )?(?:make|give) a (?:one-off |one-time |monthly |annual )?(?:contribution|donation|gift)\b.{0,40}$|\bsupport us (?:from|for) (?:just |as little as )?[$€£]\d/i, 'share or subscribe prompt'],
  // A printed or saved page's stamp: "Printed from example.com on 5/7/2026", "Retrieved from https://… on May 7, 2026".
  [/^(?:printed|retrieved|downloaded|saved|archived) (?:from|at) \S+ on\b.{1,40}$/i, 'page chrome'],
  // More reading rewards and referral prompts: "Earn rewards by reading …", "Invite friends and earn rewards", "Refer a friend".
  [/^(?:earn|win|get) (?:rewards|points|prizes)\b.{0,40}\b(?:reading|articles|stories|friends)\b|^(?:invite|refer) (?:a friend|friends|your friends)\b.{0,40}$/i, 'share or subscribe prompt'],
  // A paid post's label: "This content was paid for by X", "Paid partnership with X".
  [/^this (?:content|article|post|story) (?:was|is) (?:paid for|sponsored|produced|funded) by\b.{0,60}$|^paid (?:partnership|promotion) (?:with|by)\b.{0,40}$/i, 'advertisement'],
  // A box's toggle alone on its line: "Show", "Hide", "Expand".
  [/^(?:show|hide|expand|collapse)$/i, 'navigation'],
  // A wire page's break in the text: "Story continues", "Story continues below".
  [/^story continues(?: below| after (?:this|the) (?:ad|advertisement))?$/i, 'advertisement'],
  // Chat-channel prompts: "Join our Telegram channel and get the latest news", "Follow X's WhatsApp channel".
  [/^(?:join|follow|subscribe to)\b.{0,40}\b(?:telegram|whatsapp|signal|discord|viber|wechat|line|slack) (?:channel|group|community)\b.{0,80}$/i, 'share or subscribe prompt'],
  // Reading rewards: "Read 3 articles and stand to win rewards".
  [/^read \d+ (?:articles|stories)\b.{0,60}\b(?:win|rewards?|points|badge)\b/i, 'share or subscribe prompt'],
  // Referral programmes: "You currently have 0 referrals …", "copy and paste your referral link", "Share X with your friends, and get rewarded."
  [/^you (?:currently )?have \d+ referrals?\b|\breferral (?:link|code|programme|program)\b|^share\b.{0,50}\bwith (?:your )?(?:friends|colleagues|a friend)\b.{0,40}\b(?:rewards?|rewarded|earn|get)\b/i, 'share or subscribe prompt'],
  // A share box's heading: "Share the Drip", "SHARE THIS NEWSLETTER".
  [/^share (?:the|this|our) (?:\p{L}+ ){0,1}\p{L}+$/iu, 'share or subscribe prompt'],
  // A citation box's heading: "Cite this post", "How to cite this article".
  [/^(?:cite this (?:post|article|page|paper|report|story|essay)|how to cite(?: this)?(?: post| article| page| paper| report)?)$/i, 'page chrome'],
  // Markup an export leaves on a line of its own: a lone HTML tag ("</aside>", "<details>"), a table-of-contents marker ("[TOC]").
  [/^<\/?[a-z][\w-]*(?:\s[^<>]{0,80})?\/?>$|^TOC$|^\[\[_TOC_\]\]$|^\{:?\s?toc\}$/, 'page chrome'],
  // An aggregator's lead-in to a quoted report: "An anonymous reader quotes a report from X:", "A reader shares this story:".
  [/^an? (?:anonymous )?reader (?:quotes|shares|writes|sends|points to)\b.{0,80}:$/i, 'page chrome'],
  // A free-article notice: "This article is one of the free weekly articles. Subscribers receive …".
  [/^this (?:article|post|issue|essay|update) is (?:one of )?(?:the |our |a )?free\b.{0,80}\bsubscribers?\b/i, 'share or subscribe prompt'],
  // An author's contact line: "Drop me a line at x@y.z or follow along @handle."
  [/^(?:drop|send|shoot) (?:me|us) a (?:line|note|message|tip)\b.{0,80}(?:@[\w.]+|\S+@\S+\.\w+)/i, 'share or subscribe prompt'],
  // A ticker chip row: "Acme Corporation (ACME) Stock, TSM, AVGO".
  [/^[^.!?]{1,60}\([A-Z]{1,5}\)\s+Stock(?:\s*,\s*[A-Z]{1,5})*$/, 'widget'],
  // Captions: "FILE PHOTO: …", "Photo shows …" (a photo viewer's text version of a caption).
  [/^FILE (?:PHOTO|PICTURE|IMAGE)\s*:|^(?:photo|image|picture|video) shows\s/i, 'image'],
  // An AI-summary prompt: "Get a quick summary of this article on X.", "Summarize this article with AI".
  [/^(?:get|read|see|view|listen to|try) (?:an? |the )?(?:quick |short |brief |ai[- ](?:generated )?)?(?:summary|recap|overview|tl;?dr|key points) of this (?:article|story|piece)\b[^.!?]{0,40}[.!]?$|^summari[sz]e (?:this (?:article|story)|with ai)\b[^.!?]{0,30}[.!]?$/i, 'share or subscribe prompt'],
  // A notice that the page's audio or summary is machine-made: "This audio is generated by an AI tool.", "Summary is AI-generated, newsroom-reviewed."
  [/^(?:this |the )?(?:audio|summary|narration|voice-?over|audio version|article summary|recap)(?: (?:of|for) this (?:article|story))? (?:is|was|has been) (?:\w+ )?(?:generated|produced|created|narrated|read|written|made)\b[^.!?]{0,40}\b(?:ai|artificial intelligence|automated|automatically|machine|text-to-speech|synthetic)\b[^.!?]{0,40}[.!]?$|^(?:this |the )?(?:audio|summary|narration|translation) (?:is|was) ai[- ]generated\b[^.!?]{0,60}[.!]?$/i, 'widget'],
  // A copyright line's reuse clause: "No reproduction or republication without written permission."
  [/^no (?:part of this \w+ may be|reproduction|republication|redistribution|reprinting|copying)\b[^.!?]{0,80}\bwithout (?:the )?(?:prior |express )*(?:written )?(?:permission|consent)\b[^.!?]{0,40}[.!]?$/i, 'site footer'],
  // A licensing prompt: "If you are interested in licensing this content, please contact …", "For reprints and permissions, contact …".
  [/^if you (?:are|['’]re) interested in (?:licensing|reprinting|republishing|syndicating) (?:this|our) (?:content|article|story|journalism)\b.{0,80}$|^for (?:reprints?|licensing|permissions?)(?:,? (?:and|&) (?:reprints?|permissions?|licensing))?\s*[,:]?\s*(?:please )?(?:contact|e-?mail|write to|visit|see)\b.{0,80}$/i, 'site footer'],
  // A social-media prompt with its label's colon: "Visit us on social media:", "Connect with us on LinkedIn".
  [/^(?:visit|find|join|like|connect with) us on (?:social media|social|the web|facebook|x|twitter|linkedin|instagram|youtube|tiktok)\s*:?$/i, 'share or subscribe prompt'],
  // A sponsor's offer with its promo code: "… Use code BRIEF25 for 25% off your first month."
  [/\b(?:[Uu]se|[Ee]nter|[Aa]pply) (?:the )?(?:promo |discount |coupon )?code\s+(?=[A-Z\d]*\d)[A-Z][A-Z\d]{3,}\b.{0,40}\b(?:off|discount|free)\b/, 'advertisement'],
  // An ad slot's own controls: "Report this ad", "Remove ads", "Ads by Adnet".
  [/^(?:report (?:this )?ad|remove ads|hide ads|ads? by \p{Lu}[\p{L}]+|why (?:this|am i seeing this) ad\??)$/iu, 'advertisement'],
  // A release's pointer to its issuer: "For more information, please contact: …", "For further details, visit www.…".
  [/^for (?:more|further) (?:information|details|info)\s*[,:]?\s*(?:please )?(?:contact|visit|e-?mail|call|go to|write to)\b.{0,100}$/i, 'site footer'],
  // A newsletter's sign-off to its reader: "That's it for this week. Hit reply and tell me what you're reading."
  [/^that['’]?s (?:it|all) for (?:this (?:week|issue|edition)|today|now|the week)\b.{0,120}$|^(?:hit|just) reply\b.{0,80}$/i, 'share or subscribe prompt'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** Chrome of filings, releases, market pages and chat-channel prompts; undefined for anything else. */
export function noticeChrome(t: string, n: number): BoilerplateReason | undefined {
  if (n > 40) return undefined;
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
