/**
 * Entities: the kinds of thing the gazetteer (content/entities.yaml) names, its schema and its
 * validation, with errors at the file and line of the entry.
 */
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { IngestError } from './problem.ts';
import { slugify } from './slug.ts';

/** Kinds of entity, in the order the entity index lists them. */
export const ENTITY_TYPES = ['organisation', 'model', 'chip', 'person', 'policy', 'event', 'place', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Plural headings for the entity index. */
export const TYPE_LABELS: Record<EntityType, string> = {
  organisation: 'Organisations',
  model: 'Models',
  chip: 'Chips and hardware',
  person: 'People',
  policy: 'Policies and programmes',
  event: 'Events',
  place: 'Countries and places',
  concept: 'Concepts',
};

/** One entry of content/entities.yaml. */
export const entitySchema = z.strictObject({
  /** Display name; also linked wherever it appears. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** What kind of thing this is. */
  type: z.enum(ENTITY_TYPES, { error: `must be one of: ${ENTITY_TYPES.join(', ')}` }),
  /** One line, in our own words. */
  description: z.string().trim().min(10, 'must be a sentence of at least 10 characters').max(300, 'must be at most 300 characters'),
  /** Other exact spellings to link (case-sensitive, whole words). */
  aliases: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
  /** Name of the entity this one belongs to (a model's developer, a chip's maker). */
  partOf: z.string().trim().optional(),
});

/** A validated gazetteer entry, with its page slug. */
export interface Entity extends z.infer<typeof entitySchema> {
  /** URL slug: `/entities/<slug>/`. */
  slug: string;
  /** Slug of the `partOf` entity, if any. */
  parent?: string;
}

const HINT = 'fix the entry in content/entities.yaml (fields: name, type, description, aliases, partOf)';

/**
 * Parses and validates the gazetteer. Errors name the file, the line, the entry (by name or number)
 * and the field. Also checks that names, aliases and slugs are unique and `partOf` names an entry.
 */
export function validateGazetteer(text: string, file: string): Entity[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const fail = (line: number, message: string): never => {
    throw new IngestError({ file, line, message, hint: HINT });
  };
  if (doc.errors.length) fail(lineAt(doc.errors[0]!.pos[0]), `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isSeq(doc.contents)) fail(1, 'the gazetteer must be a list of entries (each starting with "- name:")');
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  const entities: Entity[] = [];
  items.forEach((node, i) => {
    const start = lineAt((node as unknown as { range?: [number] }).range?.[0]);
    const raw = (node as { toJSON?: () => unknown }).toJSON?.() ?? null;
    const label = `entry ${i + 1}${raw && typeof raw === 'object' && 'name' in raw ? ` ("${String((raw as { name: unknown }).name)}")` : ''}`;
    const result = entitySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      let line = start;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === field);
        line = lineAt((pair?.key as { range?: [number] } | undefined)?.range?.[0] ?? (node.range?.[0]));
      }
      fail(
        line,
        issue.code === 'unrecognized_keys'
          ? `${label}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : `${label}: field "${issue.path.join('.') || '(entry)'}" ${issue.path.length ? issue.message : 'must be a mapping with name, type and description'}`,
      );
    }
    const e = result.data!;
    entities.push({ ...e, slug: slugify(e.name), _line: start } as Entity & { _line: number });
  });
  const seen = new Map<string, string>();
  for (const e of entities as (Entity & { _line: number })[]) {
    for (const key of [`slug:${e.slug}`, ...[e.name, ...e.aliases].map((a) => `alias:${a}`)]) {
      const other = seen.get(key);
      if (other && other !== e.name) fail(e._line, `entry "${e.name}": ${key.replace(':', ' "')}" is also used by "${other}"`);
      seen.set(key, e.name);
    }
  }
  const byName = new Map(entities.map((e) => [e.name, e]));
  return (entities as (Entity & { _line: number })[]).map(({ _line, ...e }) => {
    if (e.partOf && !byName.has(e.partOf)) fail(_line, `entry "${e.name}": field "partOf" names "${e.partOf}", which is not an entry`);
    return e.partOf ? { ...e, parent: byName.get(e.partOf)!.slug } : e;
  });
}
