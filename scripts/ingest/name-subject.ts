/**
 * Subjects the gazetteer lacks. Where a figure's own sentence says whose it is, but names it with a
 * name content/entities.yaml does not list ("Mistral, founded in 2023, has raised…", "a round that
 * values Mistral at…", "Mistral's valuation…"), the figure is that name's, as written; a sentence
 * opening with "Its" or "the start-up" points back to the name the text was last about. The
 * disagreements group such figures by {@link nameKey}, across articles, as they group entities.
 */
import { EXPLETIVE, knownMasked, OPENING_ADVERBIAL, ORGANISATION_APPOSITIVE, PART_OF_BUSINESS, PRONOUN } from './subject-cues.ts';
import compromise from 'compromise';
import type { Matcher, Mention } from '../core/match.ts';

/** A model's code name, all lower case, letters and digits side by side in it ("gpt-oss-120b", "qwen3-coder"): a name, though not capitalised. */
const CODE = String.raw`(?=[\p{Ll}\d.-]*?(?:\p{Ll}\d|\d\p{Ll}))\p{Ll}[\p{Ll}\d]*(?:[.-][\p{Ll}\d]+)*`;
const IS_CODE = new RegExp(String.raw`^${CODE}$`, 'u');
/** A word of a name: capitalised ("Mistral", "Thinking"), or lower-case before a capital ("xAI"), or a code name. */
const WORD = String.raw`(?:(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[\p{L}\d&-]*|${CODE})`;
/** A name: up to four such words ("Thinking Machines Lab"). */
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,3}`;

/** Words that open sentences without naming anything, and words that are never a whole name. */
const NOT_NAME = /^(?:It|A|An|The|This|That|These|Those|In|At|On|By|For|Of|To|From|With|As|If|Last|Earlier|Later|Then|Now|Since|After|Before|Still|But|And|Or|So|Yet|According|When|While|Once|Meanwhile|However|Shares|Analysts|Investors|Some|Many|Most|Both|Each|Its|Their|His|Her|Our|We|They|He|She|I|You|Here|There|What|Why|How|Who|Which|Such|Other|Another|Even|Only|Also|Just|Under|Over|Despite|Unlike|Like|About|Around|Nearly|More|Less|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The sentence's subject, opening it: a name, then a comma, a lower-case word or a possessive. */
/** Or a name set off after a description opening the sentence ("The larger of the two, gpt-oss-120b, has…"): the name is what the description picks out. */
const OPENING = new RegExp(String.raw`^\s*${OPENING_ADVERBIAL}(?:The\s+[\p{Ll}\s]{1,40},\s+(?=[^,]{1,40},\s))?(?:\p{Lu}\p{L}*-(?:based|headquartered|listed)\s+)?(${NAME})(?=,|\s+\p{Ll}|['’]s?\s)`, 'u');
/** "… values Mistral at", "valued Orbis at", "valuing the Paris start-up at": the thing valued, right before the figure. */
const VALUED = new RegExp(String.raw`\bvalu(?:e|es|ed|ing)\s+(${NAME}|(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}(?:start-?up|company|firm|lab|group|developer|maker))\s+at\s+$`, 'u');
/** A name's possessive before the figure, in its clause ("Mistral's valuation has risen fast: it was…"). */
const POSSESSIVE = new RegExp(String.raw`(?:^|[\s("“])(${NAME})['’]s\s+(?![^,;—–]*[,;—–])`, 'u');
/** A reporting verb after a speaker's name ("has said", "told", "estimates"). */
const REPORTS = /^(?:[\p{Ll}-]+\s+){0,2}(?:said|says|say|claimed|claims|estimated|estimates|told|tells|believes|believed|argued|argues|wrote|writes|noted|notes|added|adds|warned|warns|predicted|predicts|thinks|thought|reckons|reckoned|expects|expected|according)\b/u;
/** A word describing a name, capitalised only as a sentence's first ("Rival Vantrix said…"): not part of the name. */
const DESCRIPTOR = /^(?:Rivals?|Chip ?makers?|Start-?ups?|Peers?|Competitors?|Fellow|Partners?|Customers?|Suppliers?|Investors?|Parent|Owner|Smaller|Larger|Bigger)\s+(?=\S)/;
/** A reporting verb, then "its" or "it": the speaker speaks of its own ("has said its capital spending will reach"). */
const SPEAKS_OF_ITSELF = /^(?:[\p{Ll}-]+\s+){0,2}(?:said|says|say|expects|expected|estimated|estimates|told|reported|reports)\s+(?:(?:that|on \w+)\s+)?(?:its|it)\b/u;
/** A description opening the sentence, pointing back to the organisation last named ("The start-up has…"). */
const DESCRIPTION = /^\s*(?:The|This) (?:[\p{L}.]+-(?:based|headquartered|listed) |[\p{L}]+ )?(?:company|firm|start-?up|lab|developer|group)\b/u;
/** A name inside a sentence, not after a determiner. */
const INSIDE_NAME = new RegExp(String.raw`(?<=[\p{Ll}\d,;:]\s+)(?<!\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+)(${NAME})`, 'gu');
/** A capitalised word after a lower-case word or a comma: not at a sentence's start, so it is a name, not just a first word. */
const INSIDE = /(?<=[\p{Ll}\d,;:]\s+)\p{Lu}[\p{L}\d&-]*/gu;

/**
 * Words an article writes capitalised inside sentences: a single capitalised word opening a
 * sentence ("Mistral has…", against "Revenue rose…") is a name only where the article writes it so elsewhere.
 */
export function namesInside(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const lower = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(INSIDE)) out.add(m[0]);
    for (const m of t.matchAll(/\b\p{Ll}[\p{L}\d-]*/gu)) lower.add(m[0]);
  }
  // Not a word the article also writes in lower case ("Sales rose…" in a text saying "sales"): a word capitalised in a heading or a title.
  for (const w of out) if (lower.has(w.toLowerCase())) out.delete(w);
  return out;
}

/** Whether compromise reads a word as the name of a people ("Chinese", "Dutch"); asked once per word. */
const demonyms = new Map<string, boolean>();
const demonym = (word: string) => {
  let is = demonyms.get(word);
  if (is === undefined) demonyms.set(word, (is = compromise(word).has('#Demonym')));
  return is;
};

/** Whether a capitalised run is a name: not a sentence opener alone, and with a second capital ("Scale AI", "xAI") or written capitalised inside sentences. */
function isName(run: string, inside: () => ReadonlySet<string>): boolean {
  const words = run.split(/\s+/);
  if (NOT_NAME.test(words[0]!)) return false;
  // A dateline in capitals ("SAN JOSE, Calif. —", "HYDERABAD, India —") names a place the story was written in; an acronym is shorter.
  if (words.every((w) => !/\p{Ll}/u.test(w)) && (words.length > 1 || run.length > 6)) return false;
  // "Chinese AI start-ups", "French officials": a people, not a name.
  if (demonym(words[0]!)) return false;
  return words.length > 1 || /^.[\p{L}\d]*\p{Lu}/u.test(run) || IS_CODE.test(run) || inside().has(run);
}

/** Where a name was read: in the figure's sentence as its subject, or pointed back to ("Its valuation…"). */
export interface NameSubject {
  name: string;
  from: 'sentence' | 'context';
  /** Whether the sentence itself names it (not a pronoun or description pointing back): what later sentences then point back to. */
  named: boolean;
}

/**
 * The name the gazetteer lacks that a figure is about, read from the sentence up to the figure
 * (`lead`, found at `offset` in the text the known `mentions` point into): the name valued right
 * before it, else the clause's possessive name, else the sentence's opening name; else, where the
 * sentence points back ("Its…", "the start-up"), `carried`, the name the text was last about.
 * `rest` is the sentence after the figure: a description valued ("values the Paris start-up at") is
 * the one name the whole sentence names, if it names exactly one.
 */
export function nameSubject(
  lead: string,
  offset: number,
  rest: string,
  mentions: readonly Mention[],
  carried: string | undefined,
  inside: () => ReadonlySet<string>,
  mode: 'all' | 'pointing' | 'valued' = 'all',
): NameSubject | undefined {
  // Where the sentence names an entity, only a name valued right before the figure beats it ("Orbis led a round that values
  // Vantor at $9 billion"); where it points back ("Its valuation…"), only what it points back to is asked.
  if (mode === 'pointing') return carried && ((PRONOUN.test(lead) && !EXPLETIVE.test(lead)) || DESCRIPTION.test(lead)) ? { name: carried, from: 'sentence', named: false } : undefined;
  if (mode === 'valued') {
    const masked = knownMasked(lead, offset, mentions);
    const valued = VALUED.exec(masked);
    const named = valued?.[1];
    if (named && /^(?:the|this)\s/.test(named)) return dealTarget(masked.slice(0, valued.index), inside);
    return named && isName(named, inside) ? { name: named, from: 'sentence', named: true } : undefined;
  }
  // A clause of its own after a semicolon or a contrast has its own subject: only the figure's clause is read, as a sentence of its own
  // ("…, while Alphabet has said its capital spending will reach $75 billion"), and nothing before it is pointed back to.
  const contrast = [...lead.matchAll(/(?:;|\b(?:while|whereas)\b)\s*/g)].at(-1);
  if (contrast) {
    const cut = contrast.index + contrast[0].length;
    // Only a name the clause opens with as the subject of its verb ("Vantrix has said…"), not one describing a noun ("US labs talk…").
    const clause = lead.slice(cut);
    const name = OPENING.exec(knownMasked(clause, offset + cut, mentions));
    if (!name || !compromise(clause.slice(name[0].length)).has('^#Adverb? (#Verb|#Auxiliary)')) return undefined;
    return nameSubject(clause, offset + cut, rest, mentions, undefined, inside, mode);
  }
  const masked = knownMasked(lead, offset, mentions);
  const valued = VALUED.exec(masked);
  if (valued) {
    if (!/^(?:the|this)\s/.test(valued[1]!)) return isName(valued[1]!, inside) ? { name: valued[1]!, from: 'sentence', named: true } : undefined;
    // Not a word of the description itself ("the Paris start-up"), nor a name after a determiner, which describes a noun ("The Veldhoven group", "the Dutch giant").
    const others = [...`${masked.slice(0, valued.index)} ${knownMasked(rest, offset + lead.length, mentions)}`.matchAll(INSIDE_NAME)].map((m) => m[1]!);
    const names = [...new Set(others.filter((n) => isName(n, inside)))];
    if (names.length === 1) return { name: names[0]!, from: 'sentence', named: true };
    return carried ? { name: carried, from: 'sentence', named: false } : undefined;
  }
  const owner = POSSESSIVE.exec(masked);
  if (owner && isName(owner[1]!, inside)) return { name: owner[1]!, from: 'sentence', named: true };
  let opening = OPENING.exec(masked);
  let from = 0;
  // A sentence opening with a code name in lower case ("… per token. gpt-oss-20b has …") is one the splitter left joined to the one before: its own opening is read.
  const joined = opening && isName(opening[1]!, inside) ? undefined : /^[\s\S]*[.!?]\s+(?=\p{Ll})/u.exec(masked);
  const code = joined && OPENING.exec(masked.slice(joined[0].length));
  if (code && IS_CODE.test(code[1]!.split(/\s+/)[0]!)) [opening, from] = [code, joined[0].length];
  // A capitalised part of a business ("AI Cloud revenue rose…") is the company's, not a subject of its own; what a speaker
  // says ("Alexandr Wang has claimed that DeepSeek has 50,000…") is about what they speak of.
  const after = masked.slice(from + (opening?.[0].length ?? 0)).trimStart();
  // "PARIS, Feb 10 —": a dateline's city in capitals, then a comma.
  if (opening && /^[\p{Lu}\s]{5,}$/u.test(opening[1]!) && after.startsWith(',')) return undefined;
  // A single word is a name where a description makes it an organisation ("Orbis, the company behind the Zed editor, raised…").
  const named = opening && (isName(opening[1]!, inside) || (!NOT_NAME.test(opening[1]!) && ORGANISATION_APPOSITIVE.test(after)));
  // A speaker speaking of its own ("Alphabet has said its capital spending…") is the subject after all.
  if (opening && named && !PART_OF_BUSINESS.test(after) && (!REPORTS.test(after) || SPEAKS_OF_ITSELF.test(after))) return { name: opening[1]!.replace(DESCRIPTOR, ''), from: 'sentence', named: true };
  if (carried && ((PRONOUN.test(lead) && !EXPLETIVE.test(lead)) || DESCRIPTION.test(lead))) return { name: carried, from: 'sentence', named: false };
  return undefined;
}

/** A name the deal put money into, before "valuing the start-up at": "investing $14bn in Scale AI, valuing the start-up at…". */
const INTO_NAME = new RegExp(String.raw`\b(?:in|into|of)\s+(${NAME})`, 'gu');
/**
 * What "valuing the start-up at" describes where the sentence names an entity the gazetteer knows (the investor): the one
 * name the gazetteer lacks that money went into, earlier in the sentence; none where it names several.
 */
function dealTarget(before: string, inside: () => ReadonlySet<string>): NameSubject | undefined {
  const names = [...new Set([...before.matchAll(INTO_NAME)].map((m) => m[1]!).filter((n) => isName(n, inside)))];
  return names.length === 1 ? { name: names[0]!, from: 'sentence', named: true } : undefined;
}

/** The name a sentence opens with as its subject, if the gazetteer lacks it ("Mistral, founded in 2023 by…, has raised"): what "its" in the next sentence points back to. */
export function openingName(sentence: string, offset: number, mentions: readonly Mention[], inside: () => ReadonlySet<string>): string | undefined {
  const opening = OPENING.exec(knownMasked(sentence, offset, mentions));
  return opening && (isName(opening[1]!, inside) || (!NOT_NAME.test(opening[1]!) && ORGANISATION_APPOSITIVE.test(knownMasked(sentence, offset, mentions).slice(opening[0].length)))) ? opening[1] : undefined;
}

/** Last words of a name that only say what kind of thing it is ("Mistral AI", "Ernie Bot", "Kestrel Labs"). */
export const KIND_WORD = /^(?:AI|Labs?|Bot|Chat|Inc\.?|Technologies|Group|Holdings)$/i;
/** Per gazetteer: each name or alias without its last word where that is a {@link KIND_WORD} ("Ernie" → Ernie Bot); null where two entities share it. */
const shortForms = new WeakMap<Matcher['byAlias'], Map<string, string | null>>();
/** The gazetteer entity a name is the short form of ("Ernie" of Ernie Bot): a name of that entity, not a subject the gazetteer lacks. */
export function shortFormOf(name: string, byAlias: Matcher['byAlias']): string | undefined {
  let forms = shortForms.get(byAlias);
  if (!forms) {
    forms = new Map();
    for (const [alias, e] of byAlias) {
      const words = alias.split(/\s+/);
      if (words.length < 2 || !KIND_WORD.test(words.at(-1)!)) continue;
      const head = words.slice(0, -1).join(' ');
      const had = forms.get(head);
      forms.set(head, had === undefined || had === e.slug ? e.slug : null);
    }
    shortForms.set(byAlias, forms);
  }
  return forms.get(name) ?? undefined;
}

/** Company forms that do not tell companies apart ("Acme Inc." is Acme). */
const COMPANY_FORM = /[\s,]+(?:inc|ltd|llc|plc|corp|corporation|co|company|limited|gmbh|ag|sa|sas)\.?$/i;
/**
 * A name as figures are grouped by it: lower case, without a leading "the", a possessive, a
 * company form or a last word of kind ("Mistral AI" is Mistral), white space folded ("The Acme Corp.'s" and "Acme" are one). Not for display.
 */
export function nameKey(name: string): string {
  let key = name.normalize('NFKC').toLowerCase().replace(/['’]s?$/, '').replace(/\s+/g, ' ').trim();
  key = key.replace(/^the\s+/, '');
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(COMPANY_FORM, '').trim();
  }
  // A last word that only says what kind of company it is ("Mistral AI", "Kestrel Labs"): the same company as the name without it, as shortFormOf reads gazetteer names.
  const words = key.split(' ');
  return words.length > 1 && KIND_WORD.test(words.at(-1)!) ? words.slice(0, -1).join(' ') : key;
}
