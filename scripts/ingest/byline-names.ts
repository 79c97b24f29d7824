import nlp from 'compromise';
import { memoize } from './memo.ts';
import { MENU_LABEL, OUTLET_WORD } from './outlet-name.ts';

/**
 * Names of people: whether a text has the shape of a name (capitalised words, with the particles of many languages),
 * a bare line of names ("Kevin Zhou, Sara Lindqvist"), and what compromise knows of a word (a first name, a place).
 * compromise vetoes lines whose words it knows as common words, places or organisations ("Artificial Intelligence, Machine Learning").
 */

/** Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman". */
const PARTICLE = /^(?:de|del|della|van|von|der|den|da|di|du|dos|le|la|bin|binti|al|el|y|ibn|ter|zu)$/;
/** A capitalised name word, with the prefixes that carry a second capital: "O'Day", "McAllister", "D'Souza". */
const NAME_WORD = /^(?:(?:Mc|Mac|[ODL]['’])?\p{Lu}[\p{Ll}\p{M}'’.-]*(?:-\p{Lu}[\p{Ll}\p{M}'’.-]*)?|\p{Lu}\.)$/u;
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
  const job = BARE_JOB_TITLE.test(text) && !isFirstName(ws[0]!);
  return ws.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && !OUTLET_WORD.test(text) && !JOB_WORD.test(text) && !job;
}

/** compromise does not know any of the words as something a name is not. */
const nlpAllowsNames = memoize((text: string): boolean => {
  const terms = (nlp(text).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.every((t) => t.tags.some((g) => NAME_TAGS.includes(g)) || !t.tags.some((g) => NOT_NAME_TAGS.includes(g)));
});

/** The number of words in a text. */
export const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** "and" joins names in the byline of a page translated from another language too ("A und B", "A et B"). */
// "A · B": names set apart by a middle dot, as author rows print them.
const LIST_SPLIT = /\s*[,;]\s*(?:and\s+)?|\s+(?:and|&|und|et)\s+|\s+[·•]\s+/;
/** Letters after a name ("Jane Doe, CFA"): a credential, not a second name. */
const CREDENTIAL = /^(?:CFA|CPA|CFP|PhD|Ph\.D\.?|MBA|MD|M\.D\.|Jr\.?|Sr\.?|Esq\.?|FRM|ACCA|CAIA)$/;

/** "Dr. Jane Doe", "Prof Ola Berg": an honorific before a name is not part of it. */
export const HONORIFIC = /(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\p{Lu})/u;
const LEADING_HONORIFIC = new RegExp(`^${HONORIFIC.source}`, 'u');

export function names(text: string, minWords: number): string[] | undefined {
  const parts = text
    .replace(/\s*\([^)]*\)/g, '')
    .split(LIST_SPLIT)
    .map((p) => p.trim().replace(LEADING_HONORIFIC, ''))
    // "Jane Doe, Senior Correspondent": the job title is not a second name.
    // "Principal Data Scientist": a job title on its own is no name (a name ending in such a word, "Jane Head", is a person's).
    .filter((p) => p && !CREDENTIAL.test(p) && !/^(?:agencies|agency|staff|wires?|others)$/i.test(p) && !(JOB_WORD.test(p) && words(p) <= 4) && !(BARE_JOB_TITLE.test(p) && !isKnownPerson(p)));
  if (parts.length === 0 || parts.length > 8) return undefined;
  return parts.every((p) => isNameShaped(p, minWords)) ? parts : undefined;
}

/** "A Follow and B Follow", "Jane Doe@janedoe": a profile's button word or handle copied beside each name is not part of it. */
const BUTTON = /(?<=\p{L})(?:\s+(?:follow|following|subscribe)|@\w{2,30})(?=\s+(?:and|&)\s|\s*[,;|]|\s*$)/giu;
export const dropButtons = (t: string) => t.replace(BUTTON, '');

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
// (The word list first: a lookup, where compromise's tagger takes a millisecond.)
export const isKnownPerson = memoize((text: string) => isFirstName(text.split(/\s+/)[0]!) || nlp(text).has('#Person'));
/** compromise's own word list: its first names catch "Lena Park", which its tagger reads as a place. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const FIRST_NAME = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** Whether compromise knows the word as a first name. */
export const isFirstName = (word: string) => FIRST_NAME.has(LEXICON[word.toLowerCase()] ?? '');


/**
 * "Company Participants", "Conference Speakers": capitalised words ending in a long plural common noun label
 * a group, unless the first word is a first name.
 */
export const isGroupLabel = memoize((name: string) => {
  const ws = name.split(/\s+/);
  // Surnames that are plural words are short ("Banks", "Woods", "Rivers"); group nouns are longer ("Participants", "Executives").
  // (compromise, the slow part, only where the cheap tests leave the question open.)
  if (ws.length < 2 || ws.at(-1)!.length < 8 || isFirstName(ws[0]!)) return false;
  const last = nlp(ws.at(-1)!.toLowerCase()).json() as { terms: { tags: string[] }[] }[];
  return !!last[0]?.terms[0]?.tags.includes('Plural');
});

/** The words joining names in capitals ("A and B"), set in lower case. */
const JOINER = /(?:^|\s)(?:and|with|&)(?=\s)/g;
/** A comma part that can be only a city or a country: one to three capitalised words. */
const PLACE_PART = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}$/u;
export const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?=\s+and\s|\s*,|$)/gu;

/** "Industry Update", "Company Note", "Weekly Brief": a document's kind, which a research note or a release prints under its title, is no person's name. */
const DOCUMENT_KIND = /\s(?:update|report|note|brief|briefing|outlook|preview|alert|bulletin|digest|summary|memo|notice|statement|flash|review|commentary)$/i;

/** A verb a button opens with, before a product's name. */
const CALL_TO_ACT = /^(?:try|get|download|install|subscribe to|join|buy|shop|explore|discover|ask|chat with|talk to|meet)\s+\p{Lu}/u;

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
  // "Try Claude", "Get Gemini", "Download Acme": a button's call to act on a product is no person's name.
  if (CALL_TO_ACT.test(line.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return undefined;
  // "The Harlan Institution": a name with an article is an organisation's or a title's, never a person's.
  if (/^the\s/i.test(line.trim())) return undefined;
  // "A, B, AND C": a list set in capitals joins its last name, after the list's comma, with the joining word in capitals too.
  line = line.replace(/(,\s*)(?:AND|&)\s+(?=\p{Lu})/gu, '$1and ');
  // "JANE DOE": names set in capitals are written as names.
  // "Jane Doe in Beijing", "A in Hong Kong and B in London": the place a reporter writes from is not part of the name.
  // "YUKI MATSUDA, staff writer": each comma part set in capitals is title-cased on its own.
  // "HIROSHI TANIGAWA, Tokyo, and LI MEIXUAN, Beijing": names in capitals joined by "and", each with the city after a comma.
  // The case tells them apart: a city set in lower case after a name in capitals ("Ola Woods" after "Kari Banks" is a name).
  // "Jane Doe, Frankfurt": a last comma part that is only a place (not a person compromise knows) is where the writer is, in any case.
  const parts = line.trim().split(/,\s*/);
  const capitals = parts.map((p) => !/\p{Ll}/u.test(p.replace(JOINER, '')));
  const t = parts
    .map((p, k) => (capitals[k] ? p.replace(/\p{Lu}[\p{Lu}\p{M}'.-]*/gu, capitalName) : p))
    .filter((p, k) => k === 0 || ((capitals[k] || !capitals[k - 1]) && !(k === parts.length - 1 && PLACE_PART.test(p) && !/\p{Lu}{2}/u.test(p) && isPlace(p) && !isKnownPerson(p))) || !PLACE_PART.test(p) || !isPlace(p))
    .join(', ')
    .replace(IN_PLACE, '')
    .replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '');
  const list = names(t, 2)?.filter((n) => !isGroupLabel(n) && !DOCUMENT_KIND.test(n));
  // compromise judges the names only: a job description after them ("Nikkei staff writer") is not a name.
  const named = list?.join(', ');
  return list?.length && named && (nlpAllowsNames(named) || isKnownPerson(named)) ? list : undefined;
}

/** A name word set in capitals, as a name: "OH" → "Oh"; each part of a joined name too ("AL-OTAIBI" → "Al-Otaibi", not an acronym "AL"). */
const capitalName = (w: string) =>
  w.includes('-') ? w.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (p) => p[0]! + p.slice(1).toLowerCase()) : w.length === 2 ? w[0]! + w[1]!.toLowerCase() : titleCase(w);

/** Whether compromise knows the text as a place ("San Francisco", "Beijing"). */
export const isPlace = memoize((text: string) => nlp(text).has('#Place'));
