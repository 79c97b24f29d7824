import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

/** A node to place: `radius` of its mark, `label` drawn centred below it at `font` px. */
export interface LayoutNode {
  id: string;
  radius: number;
  label: string;
  /** Pinned at the origin (the centre of a local graph). */
  pinned?: boolean;
}
export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}
export interface Placed {
  x: number;
  y: number;
}

/** Rough width of a label in the site's sans-serif fonts (wider ones, so labels rarely collide). */
export const labelWidth = (label: string, font: number) => label.length * font * 0.6;

/**
 * Ticks run; fixed, with d3-force's own seeded random source, so the layout (and dist/) is reproducible.
 * 300 is where d3's default cooling reaches its own stopping point (alpha below 0.001): at 1,000
 * articles no node of the 72 local graphs was more than 0.6 px (median 0.14 px) from where 600
 * ticks put it, at 45 % of the cost (32 → 15 ms a graph; bench/RESULTS.md).
 */
const TICKS = 300;

/**
 * A force-directed layout, computed once at build time: linked nodes attract (more strongly the more
 * often they are named together), all nodes repel, and each node keeps clear of the others' marks
 * and labels, so clusters of co-mentioned entities separate. Deterministic: nodes start in d3's
 * phyllotaxis order of the given (sorted) array and the simulation's random source is seeded.
 * Returns positions rounded to 0.1.
 */
export function forceLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[], font: number): Map<string, Placed> {
  type N = SimulationNodeDatum & LayoutNode;
  const simNodes: N[] = nodes.map((n) => ({ ...n, ...(n.pinned ? { fx: 0, fy: 0 } : {}) }));
  const simLinks: Array<SimulationLinkDatum<N> & { weight: number }> = links.map((l) => ({ ...l }));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const reach = (n: N) => Math.max(n.radius + 4, labelWidth(n.label, font) / 2 + 4, n.radius + font + 4);
  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<N, SimulationLinkDatum<N> & { weight: number }>(simLinks)
        .id((n) => n.id)
        .distance((l) => 70 + 90 * (1 - l.weight / maxWeight))
        .strength((l) => 0.1 + 0.5 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody<N>().strength(-600))
    .force('collide', forceCollide<N>(reach).strength(1).iterations(3))
    .force('x', forceX<N>(0).strength(0.06))
    .force('y', forceY<N>(0).strength(0.08))
    .stop();
  simulation.tick(TICKS);
  const round = (v: number) => Math.round(v * 10) / 10;
  return new Map(simNodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
}
