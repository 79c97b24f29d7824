/**
 * The id of an entity's gloss (its name, type and one-line description) on a source page. Every link
 * to the entity names the same gloss with aria-describedby, so a page carries each gloss once, not
 * once per paragraph: at 10,000 articles the per-paragraph copies were 30 % of the source pages' bytes.
 */
export function glossId(slug: string): string {
  return `gloss-${slug}`;
}

/** The entities linked from `blocks`, in order of first link, each once. */
export function linkedEntities(blocks: Iterable<{ type: string; links?: readonly { entity: string }[] }>): string[] {
  const seen = new Set<string>();
  for (const b of blocks) for (const l of b.links ?? []) seen.add(l.entity);
  return [...seen];
}
