/**
 * A gazetteer name that is only part of a longer name the gazetteer lacks: a numbered version glued
 * to a listed model ("Zephyr-Q4.1-Lite", where only "Zephyr" is listed), or a product a listed
 * company owns, as its clause's subject ("Acme's Nimbus-9, released in May, charges…"). A figure
 * read as the listed entity's there is the longer name's: another model's price is not the company's.
 */
import compromise from 'compromise';
import type { Entity } from '../core/entity.ts';
import type { Mention } from '../core/match.ts';
import { PART_OF_BUSINESS } from './subject-cues.ts';

/** A version or edition glued on with a hyphen or a dot, with a capital or a digit in it ("-V3.2-Exp", "-R2"); not "-based", "-backed". */
const GLUED = /^(?:[.-](?=[\p{L}\d]*[\p{Lu}\d])[\p{L}\d]+)+(?![\p{L}\d])/u;
/** A product after a possessive, at a clause's subject place: a capitalised or coded name, then a comma or a lower-case word ("'s Zephyr-9, released…", "'s gpt-x charges"). */
const OWNED_NAME = /^['’]s\s+((?:\p{Lu}[\p{L}\d.-]*|\p{Ll}+\d[\p{L}\d.-]*)(?:\s+\p{Lu}[\p{L}\d.-]*){0,2})(?=,|\s+\p{Ll})/u;
/** Capitalised words that are not part of a name: openers, months and days, acronyms of common nouns. */
const NOT_PART = /^(?:AI|API|APIs|GPU|GPUs|CPU|CPUs|TPU|NPU|HBM|LLM|LLMs|AGI|IPO|CEO|CFO|CTO|R&D|The|A|An|In|On|At|For|And|But|Or|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A checkpoint of the same model, not another ("-Base": the model before its post-training). */
const SAME_MODEL = /^-Base$/i;
/** A part of the company named after it ("Cloud Intelligence Group", "Devices Division"): the company's business, not a product. */
const UNIT = /\s(?:Group|Unit|Division|Segment|Business|Arm)$/;
/** A reporting verb after a name: a person speaking for the company ("Acme's Jane Doe said"), not a product. */
const SPEAKS = /^,?\s+(?:[\p{Ll}-]+\s+){0,2}(?:said|says|told|tells|wrote|writes|noted|added|argued|estimated|estimates|expects|believes|thinks)\b/u;

const startsKnown = (at: number, mentions: readonly Mention[], offset: number) => mentions.some((m) => m.start - offset <= at && m.end - offset > at);

/**
 * The longer name that the mention `m` (offsets in the text `text` starts at `offset` of) is part of, if
 * the gazetteer lacks it; `entity` is the mentioned one. Undefined where the mention is a name of its own.
 */
export function extendedName(text: string, offset: number, m: Mention, entity: Pick<Entity, 'name' | 'type'> | undefined, mentions: readonly Mention[]): string | undefined {
  const start = m.start - offset;
  const end = m.end - offset;
  if (!entity || start < 0 || end > text.length) return undefined;
  if (entity.type !== 'organisation' && entity.type !== 'model') return undefined;
  const after = text.slice(end);
  // A version with a number in it ("-V3.2-Exp", "-M1"): a word alone ("-Long", "-Max") may name a tier of the family, as articles often treat it.
  const glued = GLUED.exec(after);
  // Not after a company's name ("Acme-Z2"): a model written so is still the company's, as its broader subject, and the text may name it
  // otherwise elsewhere ("Acme's Z2 model"), which a company's figure meets and a name of its own would not.
  if (glued && entity.type === 'model' && /\d/.test(glued[0]) && !SAME_MODEL.test(glued[0]) && !startsKnown(end + 1, mentions, offset)) return fullName(text.slice(start, end), entity.name) + glued[0];
  // A variant word after a model ("Zephyr Turbo") is left alone: articles and readers often count a tier as the model itself.
  return entity.type === 'organisation' ? ownedName(after, end, offset, mentions) : undefined;
}

/** The entity's full name where the text wrote its short form ("K2" of "Kimi K2"), so the longer name reads the same across articles; else as written ("Qwen" of "Tongyi Qianwen"). */
const fullName = (written: string, name: string) => (name.length > written.length && name.endsWith(written) && /[\s-]$/.test(name.slice(0, -written.length)) ? name : written);

/** The product named after an organisation's possessive as the subject of the clause ("'s Zephyr-9, released…", "'s Zephyr-9 costs"). */
function ownedName(after: string, end: number, offset: number, mentions: readonly Mention[]): string | undefined {
  const owned = OWNED_NAME.exec(after);
  const name = owned?.[1];
  if (!owned || !name || NOT_PART.test(name) || UNIT.test(name)) return undefined;
  if (startsKnown(end + owned[0].length - name.length, mentions, offset)) return undefined;
  const rest = after.slice(owned[0].length);
  if (PART_OF_BUSINESS.test(rest.trimStart()) || SPEAKS.test(rest)) return undefined;
  // The name is the clause's subject, set off by a comma or before its verb; before a noun it describes that noun ("'s Hong Kong-listed shares").
  if (!rest.startsWith(',') && !compromise(rest).has('^#Adverb? (#Verb|#Auxiliary)')) return undefined;
  // A people ("'s American depositary…") or a person ("'s Jane Doe") is no product.
  const doc = compromise(name);
  return doc.has('#Person') || doc.has('#Demonym') ? undefined : name;
}
