import nlp from 'compromise';
import { memoize } from './memo.ts';
import { looksLikeOutlet, MENU_LABEL, OUTLET_WORD } from './outlet-name.ts';

/**
 * Bylines and name lines: "By A and B", "By A, with B in Paris", "Written by A", "Author: A",
 * "By A | Outlet", a bare line of comma-separated names. Names are recognised by their shape
 * (capitalised words, with the particles of many languages), and compromise vetoes lines whose
 * words it knows as common words, places or organisations ("Artificial Intelligence, Machine Learning").
 */

// "Hosted by A and B" (a show's hosts); "A Staff Report by A", "An Investigation by A": a kind of piece, then who wrote it.
const PREFIX = /^(?:(?:written|words|posted|story|text|reported|reporting|article|presented|hosted|(?:guest )?(?:essay|post|column|commentary|analysis|opinion))\s+by|(?:an?\s+)?(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,3}(?:report|reportage|investigation|feature|dispatch|interview)\s+by(?=\s+\p{Lu})|(?:by|por|par|von|door)\s*:?|from|(?:authors?|creators?|writers?|reporters?|hosts?|presenters?|byline|words|text|contributors?|analysts?|researchers?|correspondents?)\s*:)\s*/iu;
/** Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
const PARTICLE = /^(?:de|del|della|van|von|der|den|da|di|du|dos|le|la|bin|binti|al|el|y|ibn|ter|zu)$/;
/** A capitalised name word, with the prefixes that carry a second capital: "O'Day", "McAllister", "D'Souza". */
const NAME_WORD = /^(?:(?:Mc|Mac|[ODL]['’])?\p{Lu}[\p{Ll}\p{M}'’.-]*(?:-\p{Lu}[\p{Ll}\p{M}'’.-]*)?|\p{Lu}\.)$/u;
/** Job titles on a byline's second line ("Staff Reporter"): not a name. */
/** A role written in lower case before a byline's name (a proper noun such as "China" may stand in it): "technology reporter ". */
const ROLE_BEFORE_NAME = /^(?:(?:\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,3}?(?:reporter|correspondent|editor|writer|columnist|analyst|producer|contributor)\s+(?=\p{Lu})/u;
/** A credit for a role other than writing: "Edited by B", "Photos by C", "Additional reporting by D". */
export const OTHER_ROLE = /^(?:edited|photos?|photography|illustrations?|graphics|video|design|additional reporting|fact-checked|produced)\s+by\s+\p{Lu}/iu;
export const JOB_WORD = /\b(?:reporter|editor|correspondent|staff|writer|contributor|columnist|analyst|producer|desk|team|bureau|chief|director|founder|host)s?\b/i;
/** A job title alone, ending in its job noun: "Principal Solutions Architect", "Senior Correspondent", "Staff Engineer" (never an outlet's name). */
export const BARE_JOB_TITLE = /^(?!the\s)(?:[\p{L}&-]+\s+){0,4}(?:architect|engineer|scientist|researcher|developer|designer|manager|consultant|strategist|specialist|officer|lead|evangelist|advocate|partner|president|fellow|professor|lecturer|founder|investor|analyst|editor|reporter|writer|correspondent|journalist|columnist|contributor|director|head|counsel|attorney|lawyer|intern|programmer)s?$/iu;
/** compromise tags that a word in a person's name never carries alone. */
const NOT_NAME_TAGS = ['Adjective', 'Verb', 'Uncountable', 'Plural', 'Organization', 'Place', 'Gerund', 'Determiner', 'Preposition', 'Pronoun', 'Value'];
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/** Whether text has the shape of one person's name: 2–5 words, capitalised (particles allowed). */
export function isNameShaped(text: string, minWords = 2): boolean {
  const ws = text.trim().split(/\s+/);
  if (ws.length < minWords || ws.length > 5) return false;
  if (!NAME_WORD.test(ws[0]!) || !NAME_WORD.test(ws.at(-1)!)) return false;
  // All-capital words are acronyms (AI, US), not names.
  if (ws.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
  // "Principal Data Scientist" is a job; "Jane Head" opens with a first name.
  const job = BARE_JOB_TITLE.test(text) && !FIRST_NAME.has(LEXICON[ws[0]!.toLowerCase()] ?? '');
  return ws.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && !OUTLET_WORD.test(text) && !JOB_WORD.test(text) && !job;
}

/** compromise does not know any of the words as something a name is not. */
const nlpAllowsNames = memoize((text: string): boolean => {
  const terms = (nlp(text).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.every((t) => t.tags.some((g) => NAME_TAGS.includes(g)) || !t.tags.some((g) => NOT_NAME_TAGS.includes(g)));
});

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** "and" joins names in the byline of a page translated from another language too ("A und B", "A et B"). */
// "A · B": names set apart by a middle dot, as author rows print them.
const LIST_SPLIT = /\s*[,;]\s*(?:and\s+)?|\s+(?:and|&|und|et)\s+|\s+[·•]\s+/;
/** Letters after a name ("Jane Doe, CFA"): a credential, not a second name. */
const CREDENTIAL = /^(?:CFA|CPA|CFP|PhD|Ph\.D\.?|MBA|MD|M\.D\.|Jr\.?|Sr\.?|Esq\.?|FRM|ACCA|CAIA)$/;

/** Splits "A, B and C" into names; undefined unless every part is a name. */
function names(text: string, minWords: number): string[] | undefined {
  const parts = text
    .replace(/\s*\([^)]*\)/g, '')
    .split(LIST_SPLIT)
    .map((p) => p.trim())
    // "Jane Doe, Senior Correspondent": the job title is not a second name.
    // "Principal Data Scientist": a job title on its own is no name (a name ending in such a word, "Jane Head", is a person's).
    .filter((p) => p && !CREDENTIAL.test(p) && !/^(?:agencies|agency|staff|wires?|others)$/i.test(p) && !(JOB_WORD.test(p) && words(p) <= 4) && !(BARE_JOB_TITLE.test(p) && !isKnownPerson(p)));
  if (parts.length === 0 || parts.length > 8) return undefined;
  return parts.every((p) => isNameShaped(p, minWords)) ? parts : undefined;
}

/** "A Follow and B Follow", "Jane Doe@janedoe": a profile's button word or handle copied beside each name is not part of it. */
const BUTTON = /(?<=\p{L})(?:\s+(?:follow|following|subscribe)|@\w{2,30})(?=\s+(?:and|&)\s|\s*[,;|]|\s*$)/giu;
const dropButtons = (t: string) => t.replace(BUTTON, '');

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
    rest = rest.slice(0, outlet.index);
    // "By JANE DOE/ Staff Writer": the names in capitals before a job title in mixed case are written as names.
    if (!/\p{Ll}/u.test(rest)) rest = nameCase(rest).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase());
  }
  // "By JANE DOE, Staff Writer": a name in capitals beside a job title in mixed case is written as a name.
  rest = rest.split(/(?<=,)/).map((p) => (!/\p{Ll}/u.test(p) && words(p.replace(/,$/, '')) >= 2 ? nameCase(p).replace(/\s(And|With|In|For)\s/g, (w) => w.toLowerCase()) : p)).join('');
  // "Dr. Jane Doe": an honorific is not part of the name; "Jane Doe, Senior Fellow at the X Forum": a role at an organisation is not a name.
  // (Before each name of a list too: "Dr. A and Prof. B".)
  rest = rest.replace(/(^|,\s*|\s(?:and|&)\s+)(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\p{Lu})/gu, '$1').replace(/,\s+[^,]*\s(?:at|of)\s+(?:the\s+)?\p{Lu}[^,]*$/u, '');
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
  if (helped?.every((w) => /^agencies$/i.test(w) || (/^\p{Lu}[\p{L}&.-]+$/u.test(w) && !FIRST_NAME.has(LEXICON[w.toLowerCase()] ?? '')))) rest = rest.replace(/\s+with\s+.+$/, '');
  // "By A from Lagos", "By A, Rotterdam": where the writer is, when compromise knows it as a place, is not a name.
  rest = rest.replace(/(?:\s+from|,)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)$/u, (m, place: string) => (!/\p{Lu}{2}/u.test(place) && isPlace(place) && !isKnownPerson(place) ? '' : m));
  rest = rest.replace(/,\s+(?:an?|the)\s+\p{Ll}.*$/u, '').replace(IN_PLACE, '').replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '').replace(/,?\s+with\s+/g, ', ');
  // "By Reuters", "By AFP": a single word that is no first name is an agency or outlet named as the byline: the publisher, not an author.
  // "By The Harbour Press": so is an outlet's name.
  const agency = rest.trim();
  if (!publisher && /^\p{Lu}[\p{L}&.-]+$/u.test(agency) && !FIRST_NAME.has(LEXICON[agency.toLowerCase()] ?? '')) return { authors: [], publisher: raw.slice(0, agency.length) };
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
function seriesByline(line: string): Byline | undefined {
  const m = SERIES_BY.exec(line.trim());
  if (!m) return undefined;
  // The name ends in a noun; a headline's passive ("Exports Blocked by …") ends in a verb.
  const last = (nlp(m[1]!.trim().toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms.at(-1)?.tags ?? [];
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

/** "THE WEEKLY TENSOR" → "The Weekly Tensor"; words of two letters (AI, US) stay as they are. */
export function titleCase(text: string): string {
  // A company's legal form in capitals stays so ("LLC", "PLC").
  return text.replace(/\p{L}[\p{L}'’]*/gu, (w, at: number) =>
    w.length <= 2 || /^(?:LLC|LLP|PLC|ASA|BHD)$/.test(w) ? w : at > 0 && /^(?:OF|AND|THE|FOR|IN|ON|AT)$/.test(w) ? w.toLowerCase() : w[0]! + w.slice(1).toLowerCase(),
  );
}

/**
 * "CHAE MIN-JUN, OH MI-RAE" → "Chae Min-Jun, Oh Mi-Rae": in a byline set in capitals, a part of two
 * words or more is a name, whose short words ("Oh", "Li") are names too; a one-word part ("AP") stays an acronym.
 */
export const nameCase = (text: string) =>
  text
    .split(/(\s*(?:[,;|·•–—/]|\s-\s|\b(?:and|with|in|for)\b|&)\s*)/)
    .map((p, k) => (k % 2 === 1 || words(p) < 2 ? titleCase(p) : p.replace(/\p{L}[\p{L}'’]*/gu, (w) => w[0]! + w.slice(1).toLowerCase())))
    .join('');

/** Whether compromise knows the text as a person's name ("Mira Solberg": a known first name). */
export const isKnownPerson = memoize((text: string) => nlp(text).has('#Person') || FIRST_NAME.has(LEXICON[text.split(/\s+/)[0]!.toLowerCase()] ?? ''));
/** compromise's own word list: its first names catch "Lena Park", which its tagger reads as a place. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const FIRST_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * "Company Participants", "Conference Speakers": capitalised words ending in a long plural common noun label
 * a group, unless the first word is a first name.
 */
export const isGroupLabel = memoize((name: string) => {
  const ws = name.split(/\s+/);
  const last = nlp(ws.at(-1)!.toLowerCase()).json() as { terms: { tags: string[] }[] }[];
  // Surnames that are plural words are short ("Banks", "Woods", "Rivers"); group nouns are longer ("Participants", "Executives").
  return ws.length >= 2 && ws.at(-1)!.length >= 8 && !!last[0]?.terms[0]?.tags.includes('Plural') && !FIRST_NAME.has(LEXICON[ws[0]!.toLowerCase()] ?? '');
});

/** A bare line of names: "Kevin Zhou, Sara Lindqvist". One name alone must be known to compromise as a person. */
/** "in Hong Kong" after each of several names ("A in Hong Kong and B in London"): where each reporter writes from. */
/** The words joining names in capitals ("A and B"), set in lower case. */
const JOINER = /(?:^|\s)(?:and|with|&)(?=\s)/g;
/** A comma part that can be only a city or a country: one to three capitalised words. */
const PLACE_PART = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u;
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?=\s+and\s|\s*,|$)/gu;

/** "Industry Update", "Company Note", "Weekly Brief": a document's kind, which a research note or a release prints under its title, is no person's name. */
const DOCUMENT_KIND = /\s(?:update|report|note|brief|briefing|outlook|preview|alert|bulletin|digest|summary|memo|notice|statement|flash|review|commentary)$/i;

/**
 * Remembered by line (memo.ts): the header, chrome and tail readers ask about the same lines again and again (a header
 * walk's look-ahead asks once per candidate above), and the answer runs compromise. A copy is returned, as before.
 */
export const parseNameLine = (line: string): string[] | undefined => nameLineOnce(line)?.slice();
const nameLineOnce = memoize(readNameLine);

function readNameLine(line: string): string[] | undefined {
  line = dropButtons(line);
  // Words set in columns ("JAN	FEB	MAR") are a table row, not a name.
  if (/\t|\S {3,}\S/.test(line.trim())) return undefined;
  // "Jane Doe : Reporter, Harbour Weekly": a colon labels or introduces a job; what follows it is no list of names.
  if (/\s:\s|：/.test(line) || MENU_LABEL.test(line.trim())) return undefined;
  // "JANE DOE": names set in capitals are written as names.
  // "Jane Doe in Beijing", "A in Hong Kong and B in London": the place a reporter writes from is not part of the name.
  // "YUKI MATSUDA, staff writer": each comma part set in capitals is title-cased on its own.
  // "HIROSHI TANIGAWA, Tokyo, and LI MEIXUAN, Beijing": names in capitals joined by "and", each with the city after a comma.
  // The case tells them apart: a city set in lower case after a name in capitals ("Ola Woods" after "Kari Banks" is a name).
  // "Jane Doe, Frankfurt": a last comma part that is only a place (not a person compromise knows) is where the writer is, in any case.
  const parts = line.trim().split(/,\s*/);
  const capitals = parts.map((p) => !/\p{Ll}/u.test(p.replace(JOINER, '')));
  const t = parts
    .map((p, k) => (capitals[k] ? p.replace(/\p{Lu}[\p{Lu}\p{M}'.-]*/gu, (w) => (w.length === 2 ? w[0]! + w[1]!.toLowerCase() : titleCase(w))) : p))
    .filter((p, k) => k === 0 || ((capitals[k] || !capitals[k - 1]) && !(k === parts.length - 1 && PLACE_PART.test(p) && !/\p{Lu}{2}/u.test(p) && isPlace(p) && !isKnownPerson(p))) || !PLACE_PART.test(p) || !isPlace(p))
    .join(', ')
    .replace(IN_PLACE, '')
    .replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '');
  const list = names(t, 2)?.filter((n) => !isGroupLabel(n) && !DOCUMENT_KIND.test(n));
  // compromise judges the names only: a job description after them ("Nikkei staff writer") is not a name.
  const named = list?.join(', ');
  return list?.length && named && (nlpAllowsNames(named) || isKnownPerson(named)) ? list : undefined;
}

/**
 * A line of credits separated by semicolons, each read on its own: "Staff reporter, Taipei; Willis Kao,
 * DIGITIMES Asia" gives Willis Kao and the outlet. A part is a name line, a name with its outlet after a
 * comma, or a job title (with a place), which names nobody.
 */
export function parseCreditParts(line: string): Byline | undefined {
  const parts = line.split(/\s*;\s*/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const authors: string[] = [];
  let publisher: string | undefined;
  // "A, Taipei; B, Harbour Wire Asia": when every part has its comma, each part credits one person and says where or for whom.
  const onePerPart = parts.every((p) => p.includes(','));
  for (const p of parts) {
    const first = onePerPart && !JOB_WORD.test(p.split(',')[0]!) ? parseNameLine(p.slice(0, p.indexOf(','))) : undefined;
    if (first?.length === 1) {
      authors.push(...first);
      const desk = p.slice(p.indexOf(',') + 1).trim();
      if (!publisher && (looksLikeOutlet(desk) || /\b\p{Lu}{3,}\b/u.test(desk)) && words(desk) <= 5 && !(words(desk) === 1 && isPlace(titleCase(desk)))) publisher = desk;
      continue;
    }
    const people = parseNameLine(p);
    if (people) {
      authors.push(...people);
      continue;
    }
    const cut = p.indexOf(',');
    const head = cut > 0 ? parseNameLine(p.slice(0, cut)) : undefined;
    const tail = cut > 0 ? p.slice(cut + 1).trim() : '';
    // An outlet is named by a word set in capitals ("DIGITIMES Asia") or an outlet's shape.
    if (head && tail && !publisher && (looksLikeOutlet(tail) || /\b\p{Lu}{3,}\b/u.test(tail)) && words(tail) <= 5) {
      authors.push(...head);
      publisher = tail;
      continue;
    }
    if (JOB_WORD.test(p.split(',')[0]!) && words(p) <= 6) continue;
    return undefined;
  }
  return authors.length ? { authors, ...(publisher ? { publisher } : {}) } : undefined;
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

/** "Text | Name", "Jiemian News reporter | Name", "Reporter：Name": a credit line naming the writer by role. */
const ROLE_CREDIT = /^(?:(\p{Lu}[\p{L}\d&.'’ -]{1,40}?)\s+)?(?:text|words|reporter|writer|author|correspondent)\s*[|｜:：]\s*(\S.{1,60})$/iu;

/**
 * Reads a role credit naming the writer ("Text | Zhang Yiran"); an outlet before the role
 * ("Jiemian News reporter | Qiu Hanlin") is the publisher. Editors', typesetters' and image credits name no author.
 */
export function parseRoleCredit(line: string): Byline | undefined {
  const m = ROLE_CREDIT.exec(line.trim());
  if (!m) return undefined;
  const authors = parseNameLine(m[2]!) ?? (isNameShaped(m[2]!) ? [m[2]!] : undefined);
  if (!authors) return undefined;
  const outlet = m[1]?.trim();
  return { authors, ...(outlet && !JOB_WORD.test(outlet) && /^\p{Lu}/u.test(outlet) ? { publisher: outlet } : {}) };
}

/** "@pvasudev_chips", "@mira.bsky.social" (a handle that is a domain): a social-media handle alone on its line. */
export const HANDLE = /^@(?:[A-Za-z0-9_]{1,30}|[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,4})$/;

/** Whether compromise knows the text as a place ("San Francisco", "Beijing"). */
export const isPlace = memoize((text: string) => nlp(text).has('#Place'));
