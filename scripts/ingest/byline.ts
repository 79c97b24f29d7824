import nlp from 'compromise';
import { memoize } from './memo.ts';
import { looksLikeOutlet, OUTLET_WORD } from './outlet-name.ts';
import { HONORIFIC, IN_PLACE, isFirstName, isKnownPerson, isNameShaped, isPlace, JOB_WORD, nameCase, names, dropButtons, parseNameLine, words } from './byline-names.ts';

/**
 * Bylines: "By A and B", "By A, with B in Paris", "Written by A", "Author: A", "By A | Outlet", a role first
 * ("Reporter A"), a series' name first ("Field Notes by A"), a wire story's reporting credit and a byline at the end.
 * The names in them are read by byline-names.ts; the other credit lines by byline-credits.ts.
 */

// The page chrome and extraction read names through here as they did before the names had their own file.
export { isKnownPerson, parseNameLine } from './byline-names.ts';

// "Hosted by A and B" (a show's hosts); "A Staff Report by A", "An Investigation by A": a kind of piece, then who wrote it.
// Other languages write the writer's credit the same ways: "Escrito por", "Scritto da", "Geschrieben von", "Écrit par", "Skrevet av",
// "Autor:", "Auteur :", "作者：" (a publishing verb, "Publicado por", may name the outlet, and is left out).
const PREFIX = /^(?:(?:written|words|posted|story|text|reported|reporting|article|presented|hosted|authored|contributed|(?:guest )?(?:essay|post|column|commentary|analysis|opinion))\s+by\s*:?|(?:escrito|redactado|texto) por|scritto da|(?:geschrieben|verfasst) von|(?:écrit|rédigé) par|geschreven door|(?:skrevet|skrivet) a[fv]|(?:av|af)(?=\s+\p{Lu}\p{Ll})|(?:autor(?:in|a)?|auteure?|autore|texto|redactie|作者|记者|記者)\s*[:：]|(?:an?\s+)?(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,3}(?:report|reportage|investigation|feature|dispatch|interview)\s+by(?=\s+\p{Lu})|(?:by|por|par|von|door)\s*:?|from|(?:authors?|creators?|writers?|reporters?|hosts?|presenters?|byline|words|text|contributors?|analysts?|researchers?|correspondents?)\s*:)\s*/iu;
/** A role written in lower case before a byline's name (a proper noun such as "China" may stand in it): "technology reporter ". */
const ROLE_BEFORE_NAME = /^(?:(?:\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,3}?(?:reporter|correspondent|editor|writer|columnist|analyst|producer|contributor)\s+(?=\p{Lu})/u;
/** A credit for a role other than writing: "Edited by B", "Photos by C", "Additional reporting by D". */
export const OTHER_ROLE = /^(?:edited|photos?|photography|illustrations?|graphics|video|design|additional reporting|fact-checked|produced)\s+by\s+\p{Lu}/iu;

/** Two or more words in capitals opening a byline's names, before a place, an outlet or a job ("MA JINGYI in", "LI WEI |"). */
const CAPITALS_BEFORE_MIXED = /^\p{Lu}[\p{Lu}'’.-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{Lu}'’.-]*)+(?=\s+(?:in|from|for)\s+\p{Lu}|\s*[|·•,]|\s+[-–—]\s)/u;

/** Names in capitals, then a name in mixed case with no mark between: "JANE DOE and JOHN ROE Harbour Associated Press". */
const CAPITALS_THEN_NAME = /^(\p{Lu}[\p{Lu}'’.-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{Lu}'’.-]*)+)\s+(\p{Lu}\p{Ll}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})$/u;

export interface Byline {
  authors: string[];
  publisher?: string;
}

/**
 * Reads a byline: "By Lena Hartmann and Omar Vidal", "Written by A", "Author: A", "By A | Outlet",
 * "By A for Outlet", "By A, Outlet", "By A, with B in Paris" (both are authors; the place is dropped).
 */
export function parseByline(line: string): Byline | undefined {
  const m = PREFIX.exec(line.trim());
  if (!m) return roleFirst(line) ?? seriesByline(line);
  // "By" must be followed by a capital: "by the company" is a sentence.
  // "By technology reporter Jane Doe", "By senior China correspondent Jane Doe": a role before the name is not part of it.
  // "by @handle (Real Name)": a platform's handle with the writer's name in brackets is the name.
  let rest = dropButtons(line.trim().slice(m[0].length)).replace(/^@\w{1,30}\s*\(([^()@]+)\)$/u, '$1').replace(ROLE_BEFORE_NAME, '');
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  // "By GRACE NAKAMURA": names set in capitals are written as names.
  // "By JANE DOE and JOHN ROE": the joining words may be in lower case.
  // "[jane.doe@example.com]": a contact address in brackets beside the names is not part of them ("Name <address>" is a mail header).
  rest = rest.replace(/\s*[[(][^\])\s]+@[^\])\s]+[\])]/g, '');
  // As written, before a byline set in capitals is title-cased: an agency's initials ("AFP") stay so.
  const raw = rest.trim();
  // "By JANE DOE AND JOHN ROE": the joining words in capitals join names too.
  if (!/\p{Ll}/u.test(rest.replace(/\b(?:and|with|in|for)\b/g, ''))) rest = nameCase(rest).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase());
  // "By MA JINGYI in Beijing | Outlet": names in capitals, then where or for whom in mixed case: the capitals are still a name.
  else rest = rest.replace(CAPITALS_BEFORE_MIXED, (n: string) => nameCase(n).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase()));
  let publisher: string | undefined;
  // "By JANE DOE and JOHN ROE Harbour Associated Press": names in capitals, then the outlet in mixed case with no mark between.
  const agencyAfter = CAPITALS_THEN_NAME.exec(raw);
  if (agencyAfter && looksLikeOutlet(agencyAfter[2]!) && !isKnownPerson(agencyAfter[2]!)) {
    rest = nameCase(agencyAfter[1]!).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase());
    publisher = agencyAfter[2]!;
  }
  const outlet = publisher ? null : /\s*(?:[|·•–—/]|\s-\s|\bfor\b)\s*(.+)$/u.exec(rest);
  if (outlet) {
    publisher = outlet[1]!.trim();
    // "By Jane Doe · Staff Writer": a job title after the name describes the author, it names no outlet.
    if (JOB_WORD.test(publisher) && words(publisher) <= 4 && !looksLikeOutlet(publisher)) publisher = undefined;
    // "Written by A | Edited by B", "By A | Photos by C": another role's credit names no outlet.
    if (OTHER_ROLE.test(publisher ?? '')) publisher = undefined;
    // "FOR DAILYPOST.COM": a bare domain names where the page is, not the outlet's name (its masthead writes that).
    if (/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(publisher ?? '')) publisher = undefined;
    // "By A, Staff Writer / with agencies": the agencies that contributed are not the outlet (as "By A with AFP" below).
    if (/^with\s/i.test(publisher ?? '')) publisher = undefined;
    // "By Jane Doe / Berlin": a place known as one is where the writer files from, not an outlet.
    if (publisher && words(publisher) <= 3 && !/\p{Lu}{2}/u.test(publisher) && isPlace(publisher) && !looksLikeOutlet(publisher) && !isKnownPerson(publisher)) publisher = undefined;
    rest = rest.slice(0, outlet.index);
    // "By JANE DOE/ Staff Writer": the names in capitals before a job title in mixed case are written as names.
    if (!/\p{Ll}/u.test(rest)) rest = nameCase(rest).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase());
  }
  // "By JANE DOE, Staff Writer": a name in capitals beside a job title in mixed case is written as a name.
  rest = rest.split(/(?<=,)/).map((p) => (!/\p{Ll}/u.test(p) && words(p.replace(/,$/, '')) >= 2 ? nameCase(p).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase()) : p)).join('');
  // "Dr. Jane Doe": an honorific is not part of the name; "Jane Doe, Senior Fellow at the X Forum": a role at an organisation is not a name.
  // (Before each name of a list too: "Dr. A and Prof. B".)
  rest = rest.replace(new RegExp(`(^|,\\s*|\\s(?:and|&)\\s+)${HONORIFIC.source}`, 'gu'), '$1').replace(/,\s+[^,]*\s(?:at|of)\s+(?:the\s+)?\p{Lu}[^,]*$/u, '');
  // "By Jane Doe, a senior reporter covering chips": the description is not a name.
  // "A, Seoul; B, Lisbon": in names separated by semicolons, one word after a comma is where the reporter is.
  // "A, Taipei; B, Harbour Wire Asia": several capitalised words after a name's comma are the desk or outlet the reporter files for, not a name.
  if (rest.includes(';')) {
    rest = rest
      .split(/\s*;\s*/)
      .map((p) => p.replace(/^(\S+\s+\S.*?),\s*\p{Lu}[\p{L}.'’-]+$/u, '$1').replace(/^(\S+\s+\S[^,]*?),\s*((?:\p{Lu}[\p{L}&.'’-]*\s?){2,6})$/u, (m, name: string, desk: string) => {
        if (!names(name, 1)) return m;
        if (!publisher && looksLikeOutlet(desk.trim())) publisher = desk.trim();
        return name;
      }))
      .join('; ');
  }
  // "By A, with additional reporting by B": a contributor's credit is neither an author's byline nor an outlet.
  rest = rest.replace(/(?:,\s*|\s+)(?:with\s+)?(?:additional reporting|editing|edited|research) by\s+.+$/i, '');
  // "By A with AFP", "By A with agencies": the agencies that contributed are neither authors nor the publisher.
  const helped = /\s+with\s+(.+)$/.exec(rest)?.[1]?.split(/\s*(?:,|\band\b|&)\s*/);
  if (helped?.every((w) => /^agencies$/i.test(w) || (/^\p{Lu}[\p{L}&.-]+$/u.test(w) && !isFirstName(w)))) rest = rest.replace(/\s+with\s+.+$/, '');
  // "By A from Lagos", "By A, Rotterdam": where the writer is, when compromise knows it as a place, is not a name.
  rest = rest.replace(/(?:\s+from|,)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)$/u, (m, place: string) => (!/\p{Lu}{2}/u.test(place) && isPlace(place) && !isKnownPerson(place) ? '' : m));
  rest = rest.replace(/,\s+(?:an?|the)\s+\p{Ll}.*$/u, '').replace(IN_PLACE, '').replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '').replace(/,?\s+with\s+/g, ', ');
  // "By Reuters", "By AFP": a single word that is no first name is an agency or outlet named as the byline: the publisher, not an author.
  // "By The Harbour Press": so is an outlet's name.
  const agency = rest.trim();
  if (!publisher && /^\p{Lu}[\p{L}&.-]+$/u.test(agency) && !isFirstName(agency)) return { authors: [], publisher: raw.slice(0, agency.length) };
  if (!publisher && /^The\s/.test(agency) && OUTLET_WORD.test(agency) && words(agency) <= 5 && !/,|\band\b/.test(agency)) return { authors: [], publisher: agency };
  let authors = names(rest, 1);
  if (!authors) {
    // "By A, Outlet": the last comma part is an outlet when it is not a name.
    const cut = rest.lastIndexOf(',');
    const head = cut > 0 ? names(rest.slice(0, cut), 1) : undefined;
    if (!head || publisher) return undefined;
    authors = head;
    publisher = rest.slice(cut + 1).trim();
  } else if (!publisher && authors.length === 2 && !/\band\b|&/.test(rest) && looksLikeOutlet(authors[1]!)) {
    publisher = authors.pop();
  }
  return { authors, ...(publisher ? { publisher } : {}) };
}

/** "Critical Questions by A and B", "Field Notes by A": a series' or column's name, then who wrote this piece. */
const SERIES_BY = /^((?:[\p{Lu}\d][\p{L}\d&'’-]*\s+){1,4})by\s+(?=\p{Lu})/u;
/** compromise's tags of a name's last word: remembered (a call costs about a millisecond, and a site's "Photo by …" credits recur). */
const lastWordTags = memoize((name: string): readonly string[] => (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms.at(-1)?.tags ?? []);
function seriesByline(line: string): Byline | undefined {
  const m = SERIES_BY.exec(line.trim());
  if (!m) return undefined;
  // The name ends in a noun; a headline's passive ("Exports Blocked by …") ends in a verb.
  const last = lastWordTags(m[1]!.trim().toLowerCase());
  if (!last.includes('Noun') || last.includes('Verb')) return undefined;
  const rest = line.trim().slice(m[0].length);
  // Only people, each with a full name: an outlet or a lone word after "by" is no credit of this kind.
  const by = words(rest) <= 10 ? parseByline(`By ${rest}`) : undefined;
  // compromise must allow the names too: "Shares Hit by Export Curbs" is a headline.
  return by && !by.publisher && by.authors.length && by.authors.every((a) => words(a) >= 2) && parseNameLine(by.authors.join(', ')) ? by : undefined;
}

/** "Reporter Park Ji-hoon", "Senior correspondent Ana Lima": a byline whose role stands first, without "By". */
const ROLE_FIRST = /^(?:(?:senior|chief|staff|special|political|business)\s+)?(?:reporter|correspondent|columnist|journalist)\s+(?=\p{Lu})/iu;
function roleFirst(line: string): Byline | undefined {
  const m = ROLE_FIRST.exec(line.trim());
  // Only a line compromise takes for names: "Reporter Jailed In Port City" is a headline.
  // compromise does not know most romanised Korean and Chinese names ("Park Ji-hoon"): a given name of two syllables joined by a hyphen is a name's shape.
  const rest = m ? line.trim().slice(m[0].length) : '';
  const people = m ? (parseNameLine(rest) ?? (words(rest) <= 3 && isNameShaped(rest) && /\s\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(rest) ? [rest] : undefined)) : undefined;
  return people && people.every((p) => words(p) <= 4) ? { authors: people } : undefined;
}

/**
 * The reporters of a wire story's production credit, when the story has no byline:
 * "Reporting by Jun Tanaka and Liz Moreau in Shanghai; Editing by Gareth Holm" → both reporters.
 * Additional reporting and editing credits name no author.
 */
export function wireReporters(line: string): string[] | undefined {
  const m = /^[—–-]?\s*\(?(?:reporting|writing|reporting and writing) by ([^;)]+)/i.exec(line.trim());
  // "A in Hong Kong and B in Singapore": each reporter's place is dropped.
  return m ? names(m[1]!.replace(/\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?=\s+and\s|\s*,|\s*$)/gu, ''), 2) : undefined;
}

/**
 * A byline standing at the end of an article, whole on its line: "(By A and B)" (an agency's story),
 * "Written by A and B" (a newsletter). Only these explicit forms: a bare "By A" down there may be a quote's credit.
 */
export function tailByline(line: string): string[] | undefined {
  const t = line.trim();
  const m = /^\((by\s+[^()]+)\)$/i.exec(t)?.[1] ?? (/^(?:written|reported|compiled)\s+by\s+\p{Lu}/iu.test(t) ? t : undefined);
  const by = m && words(m) <= 14 ? parseByline(m) : undefined;
  return by && !by.publisher ? by.authors : undefined;
}
