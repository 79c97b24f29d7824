import nlp from 'compromise';
import { isKnownPerson } from './byline.ts';
import { memoize } from './memo.ts';
import { isCaptionWithCredit } from './chrome-reader.ts';
import { BARE_URL } from './units.ts';

/**
 * Photo credits and captions, for lineChrome (chrome.ts): credit lines and captions ending in their credit
 * ({@link creditLine}), and captions in the forms those rules do not read ({@link captionKind}, asked last):
 * each is told by a mark only a caption carries (a bracketed "(pictured)", a credit after a bar or a
 * photographer's label, a "Photo taken … shows" opening, a figure number), never by its words alone.
 */

/** Most words of a caption with its credit. */
const MAX_CAPTION_WORDS = 45;

/** A caption's pointer to the picture at its end: "… on Monday (pictured)", "… (pictured left)", "… (centre)". */
// Or its kind: "(Representative image)", "(File photo)", "(Image for representation)".
const POINTER = /\((?:pictured|left|right|cent(?:re|er)|above|below|top|bottom)\b[^()]{0,40}\)$|\((?:(?:representative|representational|file|stock|archive|archival)\s+(?:image|photo|picture|pic)|(?:image|photo) (?:for|used for) (?:representation|representational purposes?|illustration))\)$/i;

/** The credit after a caption, past a bar or a sentence: "… on Wednesday. | Photo Credit: PTI", "… Wenfeng. Photographer: Jane Roe/Agency". */
const LABELLED_CREDIT = /(?:\s\|\s*|[.!?]\s+)(?:(?:photo|image|picture|video)s?\s*(?:credit|courtesy)s?|photographer|photography)\s*:\s*[^|.:]{1,60}$/i;
/** A photographer's credit for an outlet in brackets: "… in September. (Jane Roe for The Courier)". */
const FOR_OUTLET = /\(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3} for (?:[Tt]he )?\p{Lu}[^()]{1,50}\)$/u;
/** An agency's picture service named after the caption: "… in Shanghai, July 2024. From IC Photo", "… Via Picture Desk". */
const FROM_AGENCY = /[.!?]\s+(?:From|Via|Courtesy of)\s+\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2}\s(?:Photos?|Images|Pictures|Photography)$/u;
/** A credit glued to its caption's full stop, in capitals, with the agency after it: "… in Paris on Tuesday.JANE ROE (AFP)". */
const GLUED_CREDIT = /[\p{Ll}\d)][.!?]\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){1,3}(?:\s*\([^()]{2,30}\))?$/u;
/** A photographer and outlet glued to the caption's full stop: "… raised $1 billion to date.Jane Roe/The Daily Courier" (a sentence never runs on into "Name/Outlet"). */
const GLUED_NAME_OUTLET = /[\p{Ll}\d)][.!?]\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\/(?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** A photographer's credit in capitals for the outlet, after the caption's full stop: "… in Paris, January 2025. JANE ROE FOR LE COURIER". */
const CAPS_FOR_OUTLET = /[\p{Ll}\d)][.!?]\s+\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’-]*){1,3}\s+FOR\s+\p{Lu}[\p{Lu}'’ -]{2,40}$/u;
/** A caption's own pointer as its only mark, on a line that is no sentence: "Jane Roe, left, and John Doe at the summit". */
const POINTER_CAPTION = /,\s(?:left|right|cent(?:re|er)|second (?:from )?(?:left|right)|far (?:left|right)),\s/;
/** A photographer's name alone in brackets after the caption's full stop: "… in Tokyo on Feb. 3. (Jane Roe)". */
const PHOTOGRAPHER = /[.!?]\s+\((\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\)$/u;
/** Fewest words of a caption with its photographer in brackets: a scene described, not a short remark signed. */
const MIN_PHOTOGRAPHER_CAPTION = 10;
/** Names in brackets that are an organisation, not a photographer: "(Associated Press)", "(Getty Images)". */
const ORGANISATION = /\b(?:Press|News|Agency|Images|Photos?|Service|Group|Times|Post|Network|Media|Wire|Corp|Inc|Ltd|Ministry|Office|Bureau|Commission|Council|Daily|Herald|Journal|Television|Radio|TV)\b/;
/** A caption's own pointers to the picture: ", right,", "from left", "pictured". */
const POINTS_AT_PICTURE = /,\s(?:right|left|cent(?:re|er)|second from (?:left|right))\b|\bfrom left\b|\b(?:pictured|photographed)\b/i;
/** A caption labelled as the page's lead picture: "(Header image: … VCG)", "Cover photo: …". */
const LEAD_LABEL = /^\(?(?:header|cover|lead|top|main|featured|hero|title) (?:image|photo|picture|illustration)\s*:\s*\S/i;
/** A wire photo's caption: "Photo taken Jan. 28, 2025, shows …", "File photo shows …" (capitalised, no article: "A photo taken in 2019 shows" is a sentence about a photo). */
const PHOTO_SHOWS = /^(?:File |Undated |Handout )?(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? (?:(?:taken|dated|shot)\b[^.!?]{0,60}(?:\.\s?\d{1,2}, \d{4}|[^.!?])?,? shows?|shows?)\b/;
/** A file photo's caption as the wires write it: "FILE - The Nvidia logo at …", "FILE PHOTO: Jane Roe speaks …" (the capitals and the dash or colon are the wire's mark). */
const FILE_PHOTO = /^FILE(?: PHOTO)?\s?[-–—:]\s+\p{Lu}/u;
/**
 * A picture agency alone in brackets after the line's full stop: "… at the White House. (AP)", "… in Beijing. (Reuters)", and any
 * agency by its initials ("… in Riyadh on May 13. (QNA)"): the scene before it must still read as a caption (isSceneCaption).
 */
const AGENCY_CLOSE = /[.!?]["”’]?\s+\((?:[A-Z]{2,6}(?:-[A-Z]{2,6})?|Reuters|Getty Images|Xinhua|Bloomberg|Kyodo|Yonhap|Imaginechina)(?: Photo)?\)$/;
/** A credit of capitals apart by bars after the caption's full stop: "… in the market. PHOTO | FILE | AGENCY", "… IMAGE | JANE ROE". */
const BAR_CREDIT = /[.!?]\s+(?:PHOTO|FOTO|IMAGE|PICTURE|FILE)(?:\s*\|\s*[\p{Lu}\d][\p{Lu}\d .&'’-]{0,30}){1,3}$/u;
/** Verbs of reporting: a paragraph of a wire story may close on its agency ("… the ministry says. (Yonhap)"); a caption shows, it does not report. */
const REPORTS = /\b(?:says|said|tells|told|adds|added|according|expects?|plans?|will)\b/i;
/**
 * A scene described as a picture's caption describes it: one sentence whose first verb is a singular present ("Jane Roe speaks
 * alongside …", "A worker inspects …"), with no past tense and no quotation; the story's sentences report in the past.
 */
const isSceneCaption = memoize((t: string) => {
  if (/["“”]/.test(t) || REPORTS.test(t)) return false;
  const ss = nlp(t).json() as { terms: { text: string; tags: string[] }[] }[];
  if (ss.length !== 1) return false;
  const verbs = ss[0]!.terms.filter((x) => x.tags.includes('Verb'));
  const first = verbs[0];
  return !!first && first.tags.includes('PresentTense') && !first.tags.includes('Infinitive') && /s$/i.test(first.text) && !verbs.some((x) => x.tags.includes('PastTense'));
});
/** A figure's caption with its number: "Figure 1: GPU-hours by stage. Source: …", "Fig. 3. …", "Chart 2: …". */
const FIGURE = /^(?:[Ff]igure|FIGURE|[Ff]ig\.|[Cc]hart|[Ee]xhibit|[Gg]raphic)\s*\d{1,3}[a-z]?\s*[:.]\s+\p{Lu}/u;
/** A chart's caption: a short label, not a sentence, then its source ("Output price per million tokens, USD. Source: company price lists."). */
const CHART_SOURCE = /^\p{Lu}[^.!?]{2,90}\.\s+Sources?\s*:\s*[^.!?]{2,120}\.?$/u;
/** Words of a sentence, which a chart's label has none of. */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says|did|does|do|shows?|showed|rose|fell|grew)\b/i;
/** A source or credit inside such a caption. */
const HAS_SOURCE = /(?:^|[.!?(]\s*)(?:source|credit)s?\s*:|\([^()]{1,40}\)$/i;

/**
 * What a caption line is: 'credit' when it names who took or owns the picture, 'image' when it is a
 * caption without one; undefined for any other line (`n`: its words).
 */
export function captionKind(t: string, n: number): 'credit' | 'image' | undefined {
  if (n > MAX_CAPTION_WORDS) return undefined;
  const last = t[t.length - 1];
  if (last === ')') {
    if (FOR_OUTLET.test(t)) return 'credit';
    if (POINTER.test(t)) return 'image';
  }
  if (LEAD_LABEL.test(t)) return 'credit';
  if (GLUED_CREDIT.test(t) || CAPS_FOR_OUTLET.test(t) || BAR_CREDIT.test(t) || (t.includes('/') && GLUED_NAME_OUTLET.test(t))) return 'credit';
  // A body sentence ends in a full stop (or a quote); a caption may not (it ends on a word).
  if (n >= 6 && POINTER_CAPTION.test(t) && /[\p{L}\d]$/u.test(t)) return 'image';
  // The photographer in brackets: a person's name, or any name when the caption points at the picture; never from a quotation.
  const photographer = last === ')' && !/^["“‘]/.test(t) ? PHOTOGRAPHER.exec(t)?.[1] : undefined;
  if (photographer && n >= MIN_PHOTOGRAPHER_CAPTION && !ORGANISATION.test(photographer) && (isKnownPerson(photographer) || POINTS_AT_PICTURE.test(t))) return 'credit';
  if (last === ')' && AGENCY_CLOSE.test(t) && isSceneCaption(t.replace(/\s*\([^()]*\)$/, ''))) return 'credit';
  if (FILE_PHOTO.test(t)) return /\([^()]{2,60}\)$/.test(t) ? 'credit' : 'image';
  if (PHOTO_SHOWS.test(t)) return /\([^()]{2,40}\)$/.test(t) ? 'credit' : 'image';
  if (FIGURE.test(t)) return HAS_SOURCE.test(t) ? 'credit' : 'image';
  if (CHART_SOURCE.test(t) && !CLAUSE_VERB.test(t)) return 'credit';
  if (last !== '.' && (LABELLED_CREDIT.test(t) || FROM_AGENCY.test(t))) return 'credit';
  return undefined;
}

/** "Photo by X from Pexels: https://…", "Image: Reuters", "Credit: …", "Photo: X/Getty Images". */
const PHOTO_CREDIT =
  /^(?:(?:photo|image|picture|illustration|graphic|video)s?(?: credit)?\s*(?:by|from|via|courtesy(?: of)?|source|credit)\b|(?:photo |image )?(?:credit|source)s?\s*:|(?:photo|photograph|image|picture|illustration|graphic|composite|photo-illustration|artwork)s?\s*:)|^(?:[Aa]rt(?:work)?|[Pp]hotography|[Pp]hoto-[Ii]llustration) by \p{Lu}[^.!?,;]{0,60}$/iu;
/** A caption ending in its credit: "… chart for Qwen. (Image credit: Alibaba Cloud)". */
const CREDIT_TAIL = /\((?:(?:(?:image|photo|picture|video|illustration)s?\s*)?(?:credit|courtesy|source)s?\s*:?|(?:image|photo|picture|video|illustration)s?\s+(?:by|via|from)\s)[^()]{1,80}\)$/i;
/** "Agency | Getty Images", "Name/AFP via Getty Images": a short line naming a picture agency last. */
const AGENCY_TAIL =
  /(?:[|/—–]|\bvia\b)\s*[^|/]{0,40}\b(?:getty images(?: news| sport| entertainment)?|shutterstock|alamy|imaginechina|afp|reuters|ap photo|ap|epa(?:-efe)?|xinhua|bloomberg|visual china group|vcg)\.?$/i;
/** A caption ending in its credit: "… in Abilene, Texas. Photo: Jane Roe/Bloomberg via Getty Images". */
// Or "… of Nvidia's H100. Photo by Jane Roe / Unsplash".
// "Foto: X / dpa": the word as most European languages write it, in an international edition's captions.
const CREDIT_AFTER_CAPTION = /[.!?]\s+(?:(?:photo|foto|photograph|image|picture|illustration|video|credit|composite)s?(?: credit)?\s*:|(?:photo|photograph|image|picture|illustration)s?\s+(?:by|via|courtesy of)\s+\p{Lu})\s*[^.:]{2,80}$/iu;
/** Agency photo credits at the end of a caption: "(AP Photo/Jane Roe)", "REUTERS/Jane Roe/File Photo". */
const AGENCY_PHOTO = /\((?:AP|AFP|EPA|Reuters|Xinhua|Bloomberg|Getty Images|Kyodo|Yonhap)(?: Photo)?\/[^()]{1,60}\)$|\b(?:REUTERS|AFP|EPA|AP Photo)\/[\p{L} .'’-]+(?:\/[\p{L} ]+)*$|^(?:photographer|screenshot|chart|credit)\s*(?::|by\b|\.{2,})/iu;
/**
 * A credit in brackets closing a caption, by its form rather than the agency's name: the wire's "(XY Photo/Jane Roe, File)" for any
 * agency, and a photographer and outlet apart by a slash after the caption's full stop ("… is "amazing." (Jane Roe/Harbour Images)",
 * "… on Monday. (Jane Roe/The Daily Courier)"). A sentence of the story never closes on a bracketed "Name/Outlet" (a pair such as
 * "(Nvidia/AMD)" has one word before its slash).
 */
const BRACKETED_CREDIT = /\((?:\p{Lu}[\p{L}&.'’-]*\s){1,3}Photo\/[^()]{1,60}\)$|[.!?]["”’]?\s+\(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\/(?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}(?:,\s*[Ff]ile)?\)$/u;
/** What {@link AGENCY_PHOTO}'s only branch without a slash opens with (in its own case folding). */
const AGENCY_FIRST = /^[psc]/iu;
const FIRST_URL = /https?:\/\/[^\s<>"]+/i;

/** A credit line, or a caption ending in its credit, with the first URL it names; undefined for any other line (`n`: its words). */
/**
 * A photographer's credit alone on its line, the name and the outlet apart by a slash: "Ronnie Burke/Abilene Plainsman-Star",
 * "Ana Ruiz/The Valley Courier". Two or three capitalised words before the slash (a name), so a pair ("Nvidia/AMD") is not one.
 */
const NAME_SLASH_OUTLET = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\/(?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]*(?:\s(?:(?:of|for|de|del|la|le|du|des|di|da|van|von|der|den|y)\s)?\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** A caption's full stop, then who handed the picture out, by name: "… in Icheon. Provided by Acme", "… at its berth. Courtesy of Fjord Lines". */
const PROVIDED_BY = /[.!?]\s+(?:[Pp]rovided|[Ss]upplied|[Cc]ourtesy|[Hh]andout)\s+(?:by|of|from)\s+\p{Lu}[\p{L}&.'’-]*(?:\s[\p{L}&.'’-]+){0,3}$/u;
/** The same credit after its caption, past a spaced dash or a bar: "The reactor hall in Tromsø - Kari Holm/Nordlys Bilder". */
const CAPTION_NAME_SLASH_OUTLET = /\S\s[-–—|]\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\/(?:[Tt]he\s)?\p{Lu}[\p{L}&'’.-]*(?:\s(?:(?:of|for|de|del|la|le|du|des|di|da|van|von|der|den|y)\s)?\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
export function creditLine(t: string, n: number): { credit: true; url?: string } | undefined {
  // The unanchored credit patterns behind a cheap test of what each needs: a closing bracket, a slash or its first letter.
  if (PHOTO_CREDIT.test(t) || BARE_URL.test(t) || (t.endsWith(')') && CREDIT_TAIL.test(t)) || CREDIT_AFTER_CAPTION.test(t) || ((t.includes('/') || AGENCY_FIRST.test(t)) && AGENCY_PHOTO.test(t)) || (n <= 15 && AGENCY_TAIL.test(t)) || (t.includes('/') && ((n <= 9 && NAME_SLASH_OUTLET.test(t)) || CAPTION_NAME_SLASH_OUTLET.test(t) || (n <= MAX_CAPTION_WORDS && t.endsWith(')') && BRACKETED_CREDIT.test(t)))) || (n <= 40 && PROVIDED_BY.test(t)) || isCaptionWithCredit(t, n)) {
    const url = FIRST_URL.exec(t)?.[0].replace(/[.,;)]+$/, '');
    return { credit: true, ...(url ? { url } : {}) };
  }
  return undefined;
}
