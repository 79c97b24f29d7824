import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Chrome of the page's own small print: postal addresses, registration numbers, reprint and
 * personal-use notices, contact lines, label rows of a record ("JEL codes: …", "Issues: a | b | c",
 * "Comments:<tab>68 pages"), series numbers and file sizes. Each rule is one anchored pattern over a
 * short line (the caller passes only lines of up to 40 words).
 */

/** A street address: a house number, one to three capitalised words and a street type. */
const STREET = /\b\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Plaza|Square|Sq|Court|Ct|Parkway|Pkwy|Highway|Hwy)\b\.?/u;
/** A US state and ZIP code closing a line: "Oakland, CA 94607". */
const STATE_ZIP = /,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/;

/** An address line (the caller tests first that it holds a digit): "The Compute Brief, 220 Harbor Street, Suite 4, Oakland, CA 94607", "Address: No.2 … Avenue, Beijing 100731". */
export function isAddress(t: string, n: number): boolean {
  if (n > 20 || /[!?]$/.test(t) || (/\.$/.test(t) && !/\b(?:St|Ave|Rd|Blvd|Ln|Dr|Pl|Sq|Ct)\.$/.test(t))) return false;
  if (/^(?:postal |mailing |office )?address\s*:\s*\S/i.test(t)) return true;
  return t.includes(',') && (STREET.test(t) || STATE_ZIP.test(t));
}

/** Money and shares: a line stating them holds the story's figures. */
const MONEY = /[$€£¥%]|\b(?:million|billion|trillion|yuan|bn)\b/i;

/** "Label: a | b | c": a record's labelled list of short items ("Issues: Export Controls | Artificial Intelligence | China"). */
function isLabelledList(t: string): boolean {
  const m = /^[\p{L}][\p{L} ]{1,20}:\s*(\S.*)$/u.exec(t);
  if (!m || /[.!?]$/.test(t)) return false;
  const items = m[1]!.split(/\s+\|\s+/);
  return items.length >= 3 && items.every((p) => p.split(/\s+/).length <= 3);
}

/** Each rule with an optional cheap test that must pass first (most lines fail it, and skip the pattern). */
const RULES: [RegExp, BoilerplateReason, ((t: string) => boolean)?][] = [
  // A Chinese site's registration numbers: "ICP Registration No. 05004093", "京ICP备05004093号".
  [/\bICP\b[^.!?]{0,20}(?:no\.?|number|registration|license|licence|备)|ICP备|公网安备/i, 'site footer', (t) => t.includes('ICP') || t.includes('公网安备')],
  // Reprint and personal-use notices: "This copy is for your personal, non-commercial use only. …".
  [/\bpersonal,? non-?commercial use\b|\border (?:presentation-ready copies|reprints)\b/i, 'site footer', (t) => t.includes('ommercial') || t.includes('order ')],
  // A contact line with its details: "Press Contact: Meg Ostrander (202) 225-0198", "Contact Person: Ms. Lin" (a title's full stop inside).
  [/^(?:(?:media|press|investor|public) )?(?:contacts?(?: persons?| names?| details)?|inquiries|enquiries|spokes(?:person|man|woman))\s*:\s*(?:[^.!?]|\b(?:Mr|Ms|Mrs|Dr|Prof)\.){1,80}$/i, 'site footer'],
  // A phone number and the mail link beside it, run together: "+91 40 4851 2200 email us here", "Tel: 555 0142 | Email us".
  [/^(?:(?:tel(?:ephone)?|phone|mobile)\s*:?\s*)?\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{1,4}\)?){2,5}\s*[|·•,]?\s*(?:e-?mail|write to|contact) us(?: here)?\.?$/i, 'site footer'],
  // A record's label fields: "JEL codes: L63, O33", "Subjects: …", "MSC classes: …".
  [/^(?:jel (?:codes?|classifications?)|msc classes|acm classes|subjects?|issues)\s*:\s*\S[^.!?]{0,120}$/i, 'tag list'],
  // A row of a copied metadata table, label and value split by a tab: "Comments:\t68 pages, 21 figures".
  // A row that states money or a share is a table of the story's figures, not metadata.
  [/^[\p{L}][\p{L} ]{1,24}:\t/u, 'page chrome', (t) => t.includes(':\t') && !MONEY.test(t)],
  // A series number: "Working Paper No. 25-03", "Discussion Paper Series No. 117".
  [/^(?:working|discussion|policy|research|occasional|technical|staff) (?:paper|note|report|brief)s?(?: series)?,? (?:no\.?|number|#)\s*[\w.-]+$/i, 'production note'],
  // A file with its size: "[v1] Tue, 14 Jan 2025 17:02:11 UTC (4,812 KB)", "Download PDF (2.3 MB)".
  [/\(\s*\d[\d,.]*\s?(?:KB|MB|GB|kB|bytes)\s*\)$/, 'page chrome', (t) => t.endsWith(')')],
  // A host's reprint disclaimer: "Sina statement: This message is reprinted from a … media. … does not mean that it agrees with its views".
  [/^(?:[\p{L}.]+ )?(?:statement|disclaimer|notice)\s*:.{0,60}\b(?:reprinted|republished|reproduced)\b|\b(?:is|was) (?:reprinted|republished|reproduced) from\b.{0,200}\bdoes not (?:mean|represent|imply|reflect)\b/iu, 'production note', (t) => /reprint|republish|reproduc/i.test(t)],
  // Production credits of a feature other than its writer: "Typesetting | Lin Xiao", "Proofreading: …".
  [/^(?:typesetting|layout|proofreading|art direction|design|planning|visuals?|coordination)\s*[|｜:：]\s*\S[^.!?]{0,40}$/i, 'wire credits'],
  // A company's registration or a publishing licence closing the page: "Example Media Ltd. Co. Regn. No. 198402868E", "License for publishing multimedia online 0108263".
  // (A number of five or more characters ends the line: "the licence for 2025" in a sentence has neither.)
  [/\b(?:co(?:mpany)?\.?\s+)?(?:regn|reg|registration|registered)\.?\s*(?:no|number|#)\.?\s*:?\s*[A-Z]{0,3}\d[\dA-Z-]{4,}$|^[\p{L} ]{0,30}\blicen[cs]e\b[\p{L} :.]{0,50}\s[A-Z]{0,3}\d[\d-]{4,}$/iu, 'site footer', (t) => /\d{4}/.test(t)],
  // A footer's help and data-protection links: "Data Protection Policy", "Need help? Reach us here.", "Need help? Contact us".
  [/^(?:(?:personal )?data (?:protection|privacy) (?:policy|notice|statement)|need (?:help|assistance)\?\s*(?:reach|contact|write to|email|call) us\b[^.!?]{0,20}[.!]?)$/i, 'site footer'],
  // A magazine's print-edition line: "From the June 28th 2025 edition", "This article appeared in the Business section of the print edition".
  [/^(?:from|in) the (?:[\p{L}\d,]+ ){1,4}(?:print )?(?:edition|issue)$|^this (?:article|story) appeared in the\b[^.!?]{0,60}\b(?:print )?(?:edition|issue)\b[^.!?]{0,40}\.?$/iu, 'production note'],
  // A blog's post footer: "This entry was posted in AI, Economics and tagged DeepSeek, GPUs." (WordPress's, with or without its permalink).
  [/^this (?:entry|post) was posted in\b[^.!?]{1,120}(?:\band tagged\b[^.!?]{1,120}|\.?\s*bookmark the permalink\b[^!?]{0,20})\.?$/i, 'tag list'],
  // A mail client's banner over a message: "Some content in this message has been blocked because the sender isn't in your Safe senders list."
  [/^some (?:content|pictures|images) in this (?:message|e-?mail) (?:has|have) been blocked\b|\bsafe senders list\b/i, 'page chrome', (t) => /blocked|safe senders/i.test(t)],
  // A translation notice with the original's precedence: "Statement: This article is a translation. In case of any discrepancy, the Chinese version shall prevail."
  [/^(?:[\p{L}]+ )?(?:statement|note|notice|disclaimer)\s*:\s*this (?:article|story|text|report) is a (?:machine )?translation\b|\bin (?:case|the event) of (?:any )?(?:discrepanc(?:y|ies)|inconsistenc(?:y|ies))\b[^.]{0,60}\bversion shall prevail\b/iu, 'production note', (t) => /translation|prevail/i.test(t)],
  // A footer's feedback links: "Report an editorial error", "Report a technical issue", "Report a typo".
  [/^report (?:an?|the)\s+(?:(?:editorial|technical|factual|accessibility|broken)\s+)?(?:error|issue|problem|typo|correction|mistake|bug|link)s?$/i, 'site footer'],
  // A newsroom's policy pages by name: "Editorial code of conduct", "Editorial guidelines", "Code of ethics".
  [/^(?:(?:editorial|journalistic|newsroom) )?(?:code of (?:conduct|ethics|practice)|guidelines|values|principles)$|^(?:editorial|journalistic|newsroom) (?:code|guidelines|policy|policies|values|principles|independence)$/i, 'site footer'],
  // An acknowledgement of country in an Australian, New Zealand or Canadian page's footer.
  [/^we (?:respectfully )?acknowledge\b[^.]{0,60}\b(?:aboriginal|traditional (?:owners|custodians)|first (?:nations|peoples|australians)|indigenous|t(?:a|ā)ngata whenua|unceded|elders past)/i, 'site footer'],
  // An outlet's line about itself, with its founding: "The Allied Press is an independent global news organization … Founded in 1846."
  [/^(?:the )?\p{Lu}[\p{L}&'’. -]{1,40} is an? (?:[\p{L}-]+,? ){0,4}(?:news|media|publishing|broadcasting) (?:organi[sz]ation|agency|company|outlet|service|network|group|publisher)\b[^]{0,160}\b(?:founded|established|since) (?:in )?\d{4}\.?$/iu, 'site footer'],
  // A market-data widget's small print: "Data is a real-time snapshot *Data is delayed at least 15 minutes."
  [/\b(?:data|quotes|prices) (?:is |are )?delayed (?:by )?(?:at least |a minimum of |up to )?\d{1,2} (?:minutes|mins)\b/i, 'widget', (t) => /delayed/i.test(t)],
  // A document's reference number (after the kinds above): "Press Release Number: 25-812", "Release No. 2025-14", "Document ID: IN12503".
  [/^[\p{L} ]{2,30}\b(?:number|no\.|#|id)\s*:?\s*[A-Z]{0,4}-?\d[\w./-]*$/iu, 'page chrome'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** The reason a footer or small-print line is chrome, or undefined. */
export function footerChrome(t: string, n: number): BoilerplateReason | undefined {
  // The first rule whose gate passes and whose pattern matches (rule-list.ts finds it in a few passes).
  const k = RULE_LIST.next(t, 0, (j) => {
    const gate = RULES[j]![2];
    return !gate || gate(t);
  });
  if (k >= 0) return RULES[k]![1];
  if (t.includes(' | ') && !MONEY.test(t) && isLabelledList(t)) return 'tag list';
  if (/\d/.test(t) && isAddress(t, n)) return 'site footer';
  return undefined;
}
