import type { Element } from 'hast';
import { h, s } from 'hastscript';
import { ENTITY_TYPES, TYPE_LABELS, type Entity, type EntityType } from '../core/entity.ts';
import { forceLayout, labelWidth, type LayoutLink } from './graph-layout.ts';

type Related = ReadonlyMap<string, readonly { entity: string; count: number }[]>;

export interface GraphOptions {
  /** Link target for an entity. */
  href: (slug: string) => string;
  /** Only pairs named together in at least this many paragraphs are linked. */
  minEdge?: number;
  /** Id of the `<svg>`; its highlight rules and title are scoped to it. */
  id?: string;
}

/** Label size in SVG units; the figure never renders it below 12 px (wide) / 10 px (narrow) — diagrams.css. */
const FONT = 13;
const round = (n: number) => Math.round(n * 10) / 10;
const px = (n: number) => `${round(n)}px`;

/**
 * The mark of each type: a shape as well as a colour (diagrams.css), so types differ for readers who
 * cannot tell the colours apart. `sides` 0 is a circle; `turn` rotates the polygon (in turns).
 */
const MARKS: Record<EntityType, { sides: number; turn: number; scale: number }> = {
  organisation: { sides: 0, turn: 0, scale: 1 },
  model: { sides: 4, turn: 1 / 8, scale: 1.2 },
  chip: { sides: 4, turn: 0, scale: 1.35 },
  person: { sides: 3, turn: 0, scale: 1.45 },
  policy: { sides: 3, turn: 1 / 2, scale: 1.45 },
  event: { sides: 5, turn: 0, scale: 1.25 },
  place: { sides: 6, turn: 0, scale: 1.2 },
  concept: { sides: 0, turn: 0, scale: 1 },
};

function mark(type: EntityType, x: number, y: number, r: number): Element {
  const { sides, turn, scale } = MARKS[type];
  if (sides === 0) return s('circle', { class: 'graph-mark', cx: round(x), cy: round(y), r: round(r) });
  const points = Array.from({ length: sides }, (_, i) => {
    const a = 2 * Math.PI * (turn + i / sides) - Math.PI / 2;
    return `${round(x + r * scale * Math.cos(a))},${round(y + r * scale * Math.sin(a))}`;
  });
  return s('polygon', { class: 'graph-mark', points: points.join(' ') });
}

interface GraphNode {
  entity: Entity;
  count: number;
  pinned?: boolean;
}

const radius = (count: number) => round(Math.min(4 + Math.sqrt(count) * 1.3, 16));

/**
 * Draw `nodes` and `links` as a static SVG: a force layout computed here (graph-layout.ts), one link
 * per node to its entity page, and CSS-only highlighting — hovering or focusing a node brings out
 * its neighbours and links (rules generated below from node indexes, never from names).
 */
function drawGraph(nodes: readonly GraphNode[], links: readonly LayoutLink[], title: string, opts: GraphOptions): Element {
  const id = opts.id ?? 'entity-graph';
  const index = new Map(nodes.map((n, i) => [n.entity.slug, i]));
  const pos = forceLayout(
    nodes.map((n) => ({ id: n.entity.slug, radius: radius(n.count), label: n.entity.name, ...(n.pinned ? { pinned: true } : {}) })),
    links,
    FONT,
  );
  const neighbours = new Map<number, Set<number>>(nodes.map((_, i) => [i, new Set()]));
  for (const l of links) {
    neighbours.get(index.get(l.source)!)!.add(index.get(l.target)!);
    neighbours.get(index.get(l.target)!)!.add(index.get(l.source)!);
  }
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const p = pos.get(n.entity.slug)!;
    const half = Math.max(radius(n.count) * 1.5, labelWidth(n.entity.name, FONT) / 2);
    [minX, maxX] = [Math.min(minX, p.x - half), Math.max(maxX, p.x + half)];
    [minY, maxY] = [Math.min(minY, p.y - radius(n.count) * 1.5), Math.max(maxY, p.y + radius(n.count) * 1.5 + FONT * 1.4)];
  }
  const pad = 8;
  const [x0, y0, width, height] = [round(minX - pad), round(minY - pad), round(maxX - minX + 2 * pad), round(maxY - minY + 2 * pad)];

  const edges = links.map((l) => {
    const [a, b] = [pos.get(l.source)!, pos.get(l.target)!];
    return s('line', {
      class: `graph-edge e${index.get(l.source)} e${index.get(l.target)}`,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      'stroke-width': round(Math.min(1 + Math.log2(l.weight), 5)),
    });
  });
  const nodeEls = nodes.map((n, i) => {
    const p = pos.get(n.entity.slug)!;
    const r = radius(n.count);
    const near = [...neighbours.get(i)!].map((j) => nodes[j]!.entity.name);
    const classes = ['graph-node', `type-${n.entity.type}`, `n${i}`, ...[...neighbours.get(i)!].map((j) => `nb${j}`), ...(n.pinned ? ['graph-centre'] : [])];
    return s('a', { href: opts.href(n.entity.slug), class: classes.join(' ') }, [
      s('title', `${n.entity.name} (${n.entity.type}), named in ${n.count} ${n.count === 1 ? 'paragraph' : 'paragraphs'}; named with ${near.join(', ')}`),
      mark(n.entity.type, p.x, p.y, r),
      s('text', { class: 'graph-label', x: p.x, y: round(p.y + r * 1.45 + FONT), 'text-anchor': 'middle', 'font-size': FONT }, n.entity.name),
    ]);
  });
  // Only digits and fixed text: no entity data reaches the CSS.
  const css = nodes
    .map((_, i) => {
      const on = `#${id}:has(.n${i}:is(:hover,:focus-visible))`;
      return `${on} :is(.n${i},.nb${i},.e${i}){opacity:1}${on} .e${i}{stroke:var(--sl-color-accent);stroke-opacity:1}`;
    })
    .join('\n');
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id,
      viewBox: `${x0} ${y0} ${width} ${height}`,
      // A group, not an image: its nodes are links a keyboard user can reach.
      role: 'group',
      'aria-labelledby': `${id}-title`,
      class: 'entity-graph',
      style: `--diagram-width:${px(width)};--diagram-min-wide:${px((width * 12) / FONT)};--diagram-min-narrow:${px((width * 10) / FONT)}`,
    },
    [s('title', { id: `${id}-title` }, title), s('style', css), s('g', { class: 'graph-edges' }, edges), s('g', { class: 'graph-nodes' }, nodeEls)],
  );
}

/** Pairs named together in at least `minEdge` paragraphs, each once (`source` < `target`), among `keep`. */
function pairs(related: Related, keep: ReadonlySet<string>, minEdge: number): LayoutLink[] {
  const out: LayoutLink[] = [];
  for (const slug of [...keep].sort()) {
    for (const { entity, count } of related.get(slug) ?? []) {
      if (entity > slug && count >= minEdge && keep.has(entity)) out.push({ source: slug, target: entity, weight: count });
    }
  }
  return out;
}

/** The entities the co-mention graph shows: those with at least one link, by slug. */
export function linkedEntities(entities: readonly Entity[], related: Related, minEdge = 2): Entity[] {
  const linked = new Set(pairs(related, new Set(entities.map((e) => e.slug)), minEdge).flatMap((l) => [l.source, l.target]));
  return entities.filter((e) => linked.has(e.slug)).sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/**
 * The co-mention graph of all entities: only those named together with another in at least
 * `minEdge` (default 2) paragraphs; a mark per entity (size: paragraphs naming it; colour and shape:
 * its type), a line per pair (thicker: more paragraphs). Built as a syntax tree, deterministic.
 */
export function coMentionGraph(entities: readonly Entity[], mentionCounts: ReadonlyMap<string, number>, related: Related, opts: GraphOptions): Element {
  const links = pairs(related, new Set(entities.map((e) => e.slug)), opts.minEdge ?? 2);
  const nodes = linkedEntities(entities, related, opts.minEdge).map((entity) => ({ entity, count: mentionCounts.get(entity.slug) ?? 0 }));
  return drawGraph(nodes, links, `Co-mentions of ${nodes.length} entities in the source articles`, opts);
}

/**
 * One entity's neighbourhood: the entity (pinned at the centre), the `limit` entities named with it
 * most often, and the links among them. Undefined when no other entity is named with it.
 */
export function localGraph(
  centre: Entity,
  entities: ReadonlyMap<string, Entity>,
  mentionCounts: ReadonlyMap<string, number>,
  related: Related,
  opts: GraphOptions & { limit?: number },
): Element | undefined {
  const near = (related.get(centre.slug) ?? []).filter((r) => entities.has(r.entity)).slice(0, opts.limit ?? 10);
  if (near.length === 0) return undefined;
  const keep = new Set([centre.slug, ...near.map((r) => r.entity)]);
  // Every neighbour links to the centre; among themselves, only pairs named together often (default 3 paragraphs), to keep it legible.
  const links = pairs(related, keep, 1).filter((l) => l.source === centre.slug || l.target === centre.slug || l.weight >= (opts.minEdge ?? 3));
  const nodes: GraphNode[] = [...keep]
    .sort()
    .map((slug) => ({ entity: entities.get(slug)!, count: mentionCounts.get(slug) ?? 0, ...(slug === centre.slug ? { pinned: true } : {}) }));
  return drawGraph(nodes, links, `${centre.name} and the ${near.length} entities named with it most often`, { ...opts, id: opts.id ?? 'local-graph' });
}

/** The key to colours and shapes, for the types present in `types` (HTML list, one swatch each). */
export function graphLegend(types: Iterable<EntityType>): Element {
  const present = new Set(types);
  return h(
    'ul',
    { className: ['graph-legend'], ariaLabel: 'Key' },
    ENTITY_TYPES.filter((t) => present.has(t)).map((t) =>
      h('li', { className: [`type-${t}`] }, [
        s('svg', { viewBox: '-8 -8 16 16', width: 16, height: 16, 'aria-hidden': 'true' }, [mark(t, 0, 0, 5.5)]),
        ` ${TYPE_LABELS[t]}`,
      ]),
    ),
  );
}
