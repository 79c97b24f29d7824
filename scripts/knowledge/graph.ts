import type { Element } from 'hast';
import { s } from 'hastscript';
import { ENTITY_TYPES, type Entity } from './gazetteer.ts';

export interface GraphOptions {
  /** Link target for an entity. */
  href: (slug: string) => string;
  /** Only edges named together in at least this many paragraphs are drawn. */
  minEdge?: number;
  size?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A static SVG of entity co-mentions: entities on a circle, grouped by type; a line between two
 * entities named in the same paragraphs, thicker the more often. Every node links to its entity page,
 * so the graph works without JavaScript. Built as a syntax tree (hastscript), deterministic.
 */
export function coMentionGraph(
  entities: readonly Entity[],
  mentionCounts: ReadonlyMap<string, number>,
  related: ReadonlyMap<string, readonly { entity: string; count: number }[]>,
  opts: GraphOptions,
): Element {
  const size = opts.size ?? 900;
  const minEdge = opts.minEdge ?? 2;
  const c = size / 2;
  const r = size / 2 - 150;
  const nodes = entities
    .filter((e) => (mentionCounts.get(e.slug) ?? 0) > 0)
    .sort((a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.name.localeCompare(b.name, 'en'));
  const pos = new Map(
    nodes.map((e, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [e.slug, { x: c + r * Math.cos(angle), y: c + r * Math.sin(angle), angle }] as const;
    }),
  );
  const edges: Element[] = [];
  for (const e of nodes) {
    for (const { entity, count } of related.get(e.slug) ?? []) {
      if (entity <= e.slug || count < minEdge || !pos.has(entity)) continue;
      const a = pos.get(e.slug)!;
      const b = pos.get(entity)!;
      edges.push(
        s('line', { x1: round(a.x), y1: round(a.y), x2: round(b.x), y2: round(b.y), class: 'graph-edge', 'stroke-width': round(Math.min(1 + Math.log2(count), 5)) }),
      );
    }
  }
  const nodeEls = nodes.map((e) => {
    const p = pos.get(e.slug)!;
    const left = Math.cos(p.angle) < 0;
    const deg = round((p.angle * 180) / Math.PI + (left ? 180 : 0));
    const n = mentionCounts.get(e.slug) ?? 0;
    return s('a', { href: opts.href(e.slug), class: `graph-node type-${e.type}` }, [
      s('title', `${e.name} (${e.type}): named in ${n} ${n === 1 ? 'paragraph' : 'paragraphs'}`),
      s('circle', { cx: round(p.x), cy: round(p.y), r: round(3 + Math.sqrt(n) * 1.5) }),
      s(
        'text',
        {
          x: round(p.x),
          y: round(p.y),
          dx: left ? -10 : 10,
          dy: 4,
          'text-anchor': left ? 'end' : 'start',
          transform: `rotate(${deg} ${round(p.x)} ${round(p.y)})`,
        },
        e.name,
      ),
    ]);
  });
  return s(
    'svg',
    // A group, not an image: its nodes are links a keyboard user can reach.
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${size} ${size}`, role: 'group', 'aria-labelledby': 'entity-graph-title', class: 'entity-graph' },
    [
      s('title', { id: 'entity-graph-title' }, `Co-mentions of ${nodes.length} entities in the source articles`),
      s('g', { class: 'graph-edges' }, edges),
      s('g', { class: 'graph-nodes' }, nodeEls),
    ],
  );
}
