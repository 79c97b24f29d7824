import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../core/entity.ts';
import { coMentionGraph, graphLegend, linkedEntities, localGraph } from './graph.ts';

const entity = (slug: string, name: string, type: EntityType): Entity => ({ slug, name, type, description: `${name}, an entity for tests.`, aliases: [] });
const entities = [
  entity('a', 'Alpha Labs', 'organisation'),
  entity('b', 'Beta <script>alert(1)</script>', 'model'),
  entity('c', 'Gamma', 'person'),
  entity('d', 'Delta', 'place'),
  entity('e', 'Lonely', 'concept'),
];
const counts = new Map(entities.map((e, i) => [e.slug, 10 - i]));
const pair = (x: string, y: string, count: number) => [
  [x, { entity: y, count }],
  [y, { entity: x, count }],
];
const rows = [...pair('a', 'b', 5), ...pair('a', 'c', 2), ...pair('c', 'd', 3), ...pair('d', 'e', 1)] as Array<[string, { entity: string; count: number }]>;
const related = new Map<string, { entity: string; count: number }[]>();
for (const [k, v] of rows) related.set(k, [...(related.get(k) ?? []), v].sort((x, y) => y.count - x.count));
const href = (slug: string) => `/entities/${slug}/`;

describe('coMentionGraph', () => {
  it('draws only entities with a link of at least minEdge, each a link with its neighbours as classes', () => {
    expect(linkedEntities(entities, related).map((e) => e.slug)).toEqual(['a', 'b', 'c', 'd']);
    const html = toHtml(coMentionGraph(entities, counts, related, { href }), { space: 'svg' });
    expect(html.match(/class="graph-node /g)).toHaveLength(4);
    expect(html).not.toContain('/entities/e/');
    expect(html.match(/<line /g)).toHaveLength(3);
    // Node 0 (a) neighbours b and c (1, 2): their nodes carry nb0.
    expect(html).toMatch(/class="graph-node type-model n1 nb0"/);
    expect(html).toMatch(/class="graph-node type-person n2 nb0 nb3"/);
  });

  it('is deterministic and keeps untrusted names as text, out of the CSS', () => {
    const once = toHtml(coMentionGraph(entities, counts, related, { href }), { space: 'svg' });
    expect(toHtml(coMentionGraph(entities, counts, related, { href }), { space: 'svg' })).toBe(once);
    expect(once).not.toContain('<script>');
    expect(once).toContain('Beta &#x3C;script>alert(1)&#x3C;/script>');
    const css = /<style>([\s\S]*?)<\/style>/.exec(once)?.[1] ?? '';
    expect(css).toMatch(/^[#\w\-:(),.{}; \n]+$/);
    expect(css).not.toMatch(/Alpha|Beta/);
  });

  it('separates the nodes: no two marks closer than their radii', () => {
    const html = toHtml(coMentionGraph(entities, counts, related, { href }), { space: 'svg' });
    const centres = [...html.matchAll(/<text class="graph-label" x="([-\d.]+)" y="([-\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(centres).toHaveLength(4);
    for (const [i, p] of centres.entries()) for (const q of centres.slice(i + 1)) expect(Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!)).toBeGreaterThan(20);
  });
});

describe('localGraph', () => {
  it('pins the entity at the centre with its neighbours around it; none without neighbours', () => {
    const svg = localGraph(entities[0]!, new Map(entities.map((e) => [e.slug, e])), counts, related, { href })!;
    const html = toHtml(svg, { space: 'svg' });
    expect(html.match(/class="graph-node /g)).toHaveLength(3);
    expect(html).toMatch(/<a href="\/entities\/a\/" class="[^"]*graph-centre"/);
    expect(html).toContain('<circle class="graph-mark" cx="0" cy="0"');
    expect(localGraph(entity('z', 'Zed', 'event'), new Map(), counts, related, { href })).toBeUndefined();
  });
});

describe('graphLegend', () => {
  it('names each type present once, in index order', () => {
    const html = toHtml(graphLegend(['place', 'organisation', 'place']));
    expect([...html.matchAll(/<li class="type-(\w+)">/g)].map((m) => m[1])).toEqual(['organisation', 'place']);
    expect(html).toContain('Countries and places');
  });
});
