/**
 * The text alternative of a diagram, generated from the parsed diagram (not its source): a list of
 * plain-language statements, e.g. "Washington imposes Export controls on advanced AI chips".
 * Flowcharts and state diagrams are read with beautiful-mermaid's parser (the one that draws them),
 * sequence diagrams and XY charts with mermaid's own diagram databases.
 */
import { parseMermaid } from 'beautiful-mermaid';
import nlp from 'compromise';
import { FRONT_MATTER, withMermaid } from './render.ts';

/** One statement of the text alternative; `items` are statements nested under it (a subgraph's edges). */
export interface DescriptionItem {
  text: string;
  items?: DescriptionItem[];
}

/** Labels may hold `<br>`-made line breaks and runs of spaces: one line of plain text. */
const plain = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

type Graph = ReturnType<typeof parseMermaid>;
type Edge = Graph['edges'][number];

/**
 * Whether an edge label reads as the verb between its two ends ("imposes", "spun off", "funding"),
 * so "A label B" is a sentence; otherwise ("founder", "pre-ban chips", "export controls limit") it is
 * given as "A to B: label". An imperative reading means the label is not a verb between the ends.
 */
function verbFirst(label: string): boolean {
  const tags = (nlp(label).json() as Array<{ terms?: Array<{ tags?: string[] }> }>)[0]?.terms?.[0]?.tags ?? [];
  return tags.includes('Verb') && !tags.includes('Imperative');
}

const all = (sgs: Graph['subgraphs']): Graph['subgraphs'] => sgs.flatMap((sg) => [sg, ...all(sg.children)]);

function edgeSentence(graph: Graph, edge: Edge): string {
  const name = (id: string) => {
    const node = graph.nodes.get(id);
    if (node?.shape === 'state-start') return 'Start';
    if (node?.shape === 'state-end') return 'End';
    // An edge may end at a subgraph (which the parser also lists as a node named by its id).
    return plain(all(graph.subgraphs).find((sg) => sg.id === id)?.label ?? node?.label) || id;
  };
  const [from, to, label] = [name(edge.source), name(edge.target), plain(edge.label)];
  const dashed = edge.style === 'dotted' ? ' (dashed line)' : '';
  if (edge.hasArrowStart && edge.hasArrowEnd) return `${from} and ${to}${label ? `: ${label}` : ' are linked both ways'}${dashed}`;
  if (!edge.hasArrowStart && !edge.hasArrowEnd) return `${from} is linked with ${to}${label ? ` (${label})` : ''}${dashed}`;
  const [a, b] = edge.hasArrowStart ? [to, from] : [from, to];
  if (!label) return `${a} leads to ${b}${dashed}`;
  return `${verbFirst(label) ? `${a} ${label} ${b}` : `${a} to ${b}: ${label}`}${dashed}`;
}

/** The nodes in order when the graph is one unlabelled chain (A → B → C, no subgraphs), else undefined. */
function chain(graph: Graph): string[] | undefined {
  const { nodes, edges, subgraphs } = graph;
  if (subgraphs.length || nodes.size < 2 || edges.length !== nodes.size - 1) return undefined;
  if (edges.some((e) => e.label || e.hasArrowStart || !e.hasArrowEnd)) return undefined;
  const next = new Map(edges.map((e) => [e.source, e.target]));
  const targets = new Set(edges.map((e) => e.target));
  if (next.size !== edges.length || targets.size !== edges.length) return undefined;
  const order = [...nodes.keys()].filter((id) => !targets.has(id));
  if (order.length !== 1) return undefined;
  while (next.has(order.at(-1)!)) order.push(next.get(order.at(-1)!)!);
  return order.length === nodes.size ? order.map((id) => plain(nodes.get(id)?.label) || id) : undefined;
}

/**
 * Flowchart or state diagram: one statement per edge, grouped by the subgraph of its source; a plain
 * chain (a timeline) is given as its steps in order, the first marked "First" and the others "Then".
 */
function describeGraph(graph: Graph): DescriptionItem[] {
  const steps = chain(graph);
  if (steps) return steps.map((step, i) => ({ text: `${i === 0 ? 'First' : 'Then'}: ${step}` }));
  const owner = new Map<string, Graph['subgraphs'][number]>();
  const walk = (sgs: Graph['subgraphs']) => {
    for (const sg of sgs) {
      for (const id of sg.nodeIds) owner.set(id, sg);
      walk(sg.children);
    }
  };
  walk(graph.subgraphs);
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const bySubgraph = new Map<Graph['subgraphs'][number] | undefined, DescriptionItem[]>();
  const add = (sg: Graph['subgraphs'][number] | undefined, item: DescriptionItem) => {
    if (!bySubgraph.has(sg)) bySubgraph.set(sg, []);
    bySubgraph.get(sg)!.push(item);
  };
  for (const edge of graph.edges) add(owner.get(edge.source), { text: edgeSentence(graph, edge) });
  for (const [id, node] of graph.nodes) {
    if (!linked.has(id) && plain(node.label)) add(owner.get(id), { text: plain(node.label) });
  }
  const items: DescriptionItem[] = bySubgraph.get(undefined) ?? [];
  for (const sg of all(graph.subgraphs)) {
    const inner = bySubgraph.get(sg);
    if (inner?.length) items.push({ text: `${plain(sg.label) || sg.id}:`, items: inner });
  }
  return items;
}

interface SequenceDb {
  getMessages(): Array<{ from?: string; to?: string; message?: string }>;
  getActors(): Map<string, { description?: string }>;
}
interface XYChartDb {
  getXYChartData(): {
    xAxis: { type: string; title?: string; categories?: string[] };
    yAxis: { title?: string };
    plots: Array<{ type: string; data: Array<[string, number]> }>;
  };
}

/** Sequence diagram: one statement per message, in order. */
function describeSequence(db: SequenceDb): DescriptionItem[] {
  const actors = db.getActors();
  const name = (id: string) => plain(actors.get(id)?.description) || id;
  return db
    .getMessages()
    .filter((m) => m.from && m.to)
    .map((m) => ({ text: `${name(m.from!)} to ${name(m.to!)}${plain(m.message) ? `: ${plain(m.message)}` : ''}` }));
}

/** XY chart: one statement per category and plot, with the value axis' title as the unit. */
function describeXYChart(db: XYChartDb): DescriptionItem[] {
  const data = db.getXYChartData();
  const unit = plain(data.yAxis.title);
  return data.plots.flatMap((plot) =>
    plot.data.map(([category, value]) => ({ text: `${plain(category)}: ${value}${unit ? ` (${unit})` : ''}` })),
  );
}

/**
 * The statements that describe `source`, or an empty list for a diagram type this does not read
 * (the figure then offers only the Mermaid source). `source` must already be valid (renderDiagram).
 */
export async function describeDiagram(source: string): Promise<DescriptionItem[]> {
  const body = source.replace(FRONT_MATTER, '');
  const header = body.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('%%')) ?? '';
  if (/^(?:graph|flowchart|stateDiagram)/i.test(header)) return describeGraph(parseMermaid(body));
  if (/^(?:sequenceDiagram|xychart)/i.test(header)) {
    // Parsed and read in one turn of the queue: the database is mermaid's one per diagram type.
    return withMermaid(async (mermaid) => {
      await mermaid.parse(source);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
      const db = diagram.db as Partial<SequenceDb & XYChartDb>;
      if (db.getMessages && db.getActors) return describeSequence(db as SequenceDb);
      if (db.getXYChartData) return describeXYChart(db as XYChartDb);
      return [];
    });
  }
  return [];
}
