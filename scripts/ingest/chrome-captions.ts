/**
 * Captions in the forms the credit rules of chrome.ts and chrome-reader.ts do not read, for lineChrome:
 * each is told by a mark only a caption carries (a bracketed "(pictured)", a credit after a bar or a
 * photographer's label, a "Photo taken … shows" opening, a figure number), never by its words alone.
 */

/** Most words of a caption with its credit. */
const MAX_CAPTION_WORDS = 45;

/** A caption's pointer to the picture at its end: "… on Monday (pictured)", "… (pictured left)", "… (centre)". */
const POINTER = /\((?:pictured|left|right|cent(?:re|er)|above|below|top|bottom)\b[^()]{0,40}\)$/i;

/** The credit after a caption, past a bar or a sentence: "… on Wednesday. | Photo Credit: PTI", "… Wenfeng. Photographer: Jane Roe/Agency". */
const LABELLED_CREDIT = /(?:\s\|\s*|[.!?]\s+)(?:(?:photo|image|picture|video)s?\s*(?:credit|courtesy)s?|photographer|photography)\s*:\s*[^|.:]{1,60}$/i;
/** A photographer's credit for an outlet in brackets: "… in September. (Jane Roe for The Courier)". */
const FOR_OUTLET = /\(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3} for (?:[Tt]he )?\p{Lu}[^()]{1,50}\)$/u;
/** An agency's picture service named after the caption: "… in Shanghai, July 2024. From IC Photo", "… Via Picture Desk". */
const FROM_AGENCY = /[.!?]\s+(?:From|Via|Courtesy of)\s+\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2}\s(?:Photos?|Images|Pictures|Photography)$/u;
/** A caption labelled as the page's lead picture: "(Header image: … VCG)", "Cover photo: …". */
const LEAD_LABEL = /^\(?(?:header|cover|lead|top|main|featured|hero|title) (?:image|photo|picture|illustration)\s*:\s*\S/i;
/** A wire photo's caption: "Photo taken Jan. 28, 2025, shows …", "File photo shows …" (capitalised, no article: "A photo taken in 2019 shows" is a sentence about a photo). */
const PHOTO_SHOWS = /^(?:File |Undated |Handout )?(?:[Pp]hoto|[Pp]icture|[Ii]mage)s? (?:(?:taken|dated|shot)\b[^.!?]{0,60}(?:\.\s?\d{1,2}, \d{4}|[^.!?])?,? shows?|shows?)\b/;
/** A figure's caption with its number: "Figure 1: GPU-hours by stage. Source: …", "Fig. 3. …", "Chart 2: …". */
const FIGURE = /^(?:[Ff]igure|FIGURE|[Ff]ig\.|[Cc]hart|[Ee]xhibit|[Gg]raphic)\s*\d{1,3}[a-z]?\s*[:.]\s+\p{Lu}/u;
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
  if (PHOTO_SHOWS.test(t)) return /\([^()]{2,40}\)$/.test(t) ? 'credit' : 'image';
  if (FIGURE.test(t)) return HAS_SOURCE.test(t) ? 'credit' : 'image';
  if (last !== '.' && (LABELLED_CREDIT.test(t) || FROM_AGENCY.test(t))) return 'credit';
  return undefined;
}
