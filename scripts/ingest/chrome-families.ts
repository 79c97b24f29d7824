import type { BoilerplateReason } from '../core/article.ts';
import { ruleList } from './rule-list.ts';

/**
 * Furniture of particular families of pages, one line at a time: a terminal story's codes and its wire
 * contact block, a code host's release page, a podcast transcript's ad break, a Markdown export's
 * attribute list, an audio player's label. Each pattern is the family's own shape, never a site's words.
 */
const RULES: [RegExp, BoilerplateReason][] = [
  // A terminal story's topic codes: one two-letter field repeated before each code ("NI TECH NI CHINA NI SEMICON").
  [/^([A-Z]{2})\s+[A-Z0-9]{2,10}(?:\s+\1\s+[A-Z0-9]{2,10})+$/, 'tag list'],
  // Its flash headline: a source code, the day and time, then the headline in capitals after a star ("BN 01/27 17:41 *SHIPYARD …").
  [/^[A-Z]{2,4}\s+\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}\s+\*[^\p{Ll}]{8,}$/u, 'page chrome'],
  // An audio player's label with the recording's length: "Listen to article (9 min)", "Artikel anhören (9 Min.)".
  [/^[\p{L}'’]+(?:\s[\p{L}'’]+){0,3}\s\(\d{1,2}\s?min\.?\)$/iu, 'image'],
  // A kramdown attribute list on its own line ("{: .lead}", "{:#intro .wide}"): markup of the line above, not text.
  [/^\{:\s*[.#]?[\w-]+(?:\s+[.#]?[\w-]+(?:=\S+)?)*\s*\}$/, 'page chrome'],
  // A show's ad break marked in a transcript: "[Ad break]", "[Sponsor message]", "[Mid-roll ad]".
  // (Its brackets are taken off before the rules run.)
  [/^(?:ads?(?: break)?|ad(?:vert(?:isement)?)? break|(?:mid|pre|post)-?roll(?: ad)?|sponsor(?:ed)? (?:message|segment|read))$/i, 'advertisement'],
  // A wire story's contact block: "To contact the reporters on this story:", "To contact the editor responsible for this story:".
  [/^to contact the (?:reporters?|editors?|authors?)(?: responsible for| on| of)? this (?:story|article|report)\s*:?$/i, 'wire credits'],
  // Its lines: a name (and where) with an e-mail address: "Jane Roe in Oslo at jroe@example.com".
  [/^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}(?:\sin\s\p{Lu}[\p{L}.'’ -]{1,30})?\s(?:at|:)\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, 'wire credits'],
  // A code host's release page: reactions as emoji with counts ("👍 214 🎉 96"), "312 people reacted", the source archives.
  // (The first emoji is taken off with the line's edge marks.)
  [/^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\d[\d,]*(?:\s*\p{Extended_Pictographic}\uFE0F?\s*\d[\d,]*)+$|^[\d,]+ (?:people|users|persons) reacted$|^source code \((?:zip|tar\.gz)\)$/iu, 'widget'],
  // Its release header: "@jdoe jdoe released this", the commit ("4f2c9e1"), "Compare", "@a, @b, and 23 other contributors".
  // (Not a bare tag such as "v1.2.0": a changelog's headings are written so.)
  [/^@[\w-]+\s+[\w-]+\s+released this\b.{0,40}$|^[0-9a-f]{7,40}$|^compare$|^(?:@[\w-]+,?\s+)+(?:and\s+)?\d+\s+other contributors$/iu, 'page chrome'],
  // A government printer's furniture on a hearing or report: "Printed for the use of the Committee on …", "For sale by the Superintendent of Documents, …".
  [/^printed for the use of the\b[^.!?]{0,80}$|^for sale by the superintendent of documents\b/i, 'page chrome'],
  // A downloadable file with its size: "tool-0.9.0-py3-none-any.whl 2.31 MB".
  [/^[\w.+-]+\.(?:whl|zip|gz|tgz|tar|dmg|exe|msi|deb|rpm|apk|pkg|jar|pdf|epub|mp3|mp4)\s+[\d.,]+\s?(?:bytes|[KMG]i?B)$/i, 'page chrome'],
  // A securities filing's cover page: its field captions in brackets, which are taken off before the rules run ("(Exact name of registrant as specified in its charter)"), its
  // boxes to tick ("Check the appropriate box below …", "☐ Written communications pursuant to Rule 425 …", "Emerging growth company ☐",
  // read without the box, which is taken off with the line's edge marks),
  // the act's signature clause and a conformed signature ("/s/ Jane Roe"): the form's own words, the same on every filing.
  [/^\(?(?:exact name of registrant|address of principal executive offices|former name or former address|state or other jurisdiction|commission file number|i\.?r\.?s\.? employer)[^.!?]{0,80}$|^registrant['’]s telephone number\b|^check the appropriate box\b|^(?:written communications|soliciting material|pre-commencement communications) pursuant to rule \d|^emerging growth company$|^securities registered pursuant to section 12\([bg]\)|^pursuant to the requirements of the securities exchange act\b[^]{0,120}\bduly caused this report to be signed\b|^(?:by\s*:?\s*)?\/s\/\s*\p{Lu}/iu, 'page chrome'],
  // A market feed's headline list, column by column: a date and time, a ticker, the headline ("05/28/2031 17:12  ACME  Acme beats estimates  (XYZ)"),
  // and its quote row ("Price: 134.81, Change: -0.69, Percent Change: -0.51"). (Not read as a link list: the line under the
  // list may be the story's own headline, which the header must still find.)
  [/^\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s{2,}[A-Z][A-Z.]{0,6}(?:,\s?[A-Z][A-Z.]{0,6})*\s{2,}\S.{0,200}$/, 'page chrome'],
  [/^price\s*:\s*[\d.,]+,?\s+change\s*:\s*[+\-−]?[\d.,]+(?:,?\s+(?:percent|%) change\s*:\s*[+\-−]?[\d.,]+%?)?$/i, 'widget'],
  // A news aggregator's bias bar, one share a line ("33% Left", "45% Center"), and a model hub's size badge ("1.03T params", "7B params").
  [/^\d{1,3}% (?:left|lean left|cent(?:er|re)|lean right|right)$|^\d+(?:\.\d+)?[KMBT] params$/i, 'widget'],
];
const RULE_LIST = ruleList(RULES.map(([re]) => re));

/** The reason a line is a page family's furniture, or undefined (`t`: the line without its marks and edge symbols). */
export function familyChrome(t: string): BoilerplateReason | undefined {
  const k = RULE_LIST.next(t);
  return k < 0 ? undefined : RULES[k]![1];
}
