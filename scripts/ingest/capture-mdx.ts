import { type Expression, Parser, type Program } from 'acorn';
import jsx from 'acorn-jsx';
import type { CaptureEdits, CaptureFact, CaptureReader } from './capture-shape.ts';
import { parseDateLine } from './dates.ts';

/**
 * MDX's own syntax in a Markdown file (Next.js, Docusaurus, Astro blogs): ESM blocks (`import …`,
 * `export const article = { author, date, title }`, `export default (props) => <Layout …/>`) and lines
 * that are only component tags (`<Image src={x} alt="…" />`, VitePress's `<Badge … />`). They are code,
 * never text: read with acorn (and its JSX plugin, as MDX itself does) and taken out as page chrome. An
 * exported object literal is how such a post states its metadata when it has no frontmatter: its
 * `title` line is rewritten to the bare title (for the header reader to take as the headline), its
 * author, date, publisher and URL become facts of their lines.
 */
const JsxParser = Parser.extend(jsx());
const parse = (code: string): Program | undefined => {
  try {
    return JsxParser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch {
    return undefined;
  }
};

/** Keys of an exported metadata object, by the field they state. */
const KEYS = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'publishedAt', 'pubDate', 'publishDate', 'datePublished'],
  author: ['author', 'authors', 'byline'],
  publisher: ['publisher', 'site', 'siteName', 'publication'],
  url: ['url', 'canonical', 'canonicalUrl', 'canonical_url'],
} as const;

type Prop = { value: string[]; line: number; endLine: number };

/** A string, a list of strings, or objects named by `name`: the strings a property's value states. */
function strings(node: Expression | null | undefined): string[] {
  if (!node) return [];
  if (node.type === 'Literal' && typeof node.value === 'string') return [node.value.trim()].filter(Boolean);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return [node.quasis[0]!.value.cooked ?? ''].filter(Boolean);
  if (node.type === 'ArrayExpression') return node.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? strings(e) : []));
  if (node.type === 'ObjectExpression') return strings(objectProps(node).get('name')?.node);
  return [];
}

function objectProps(node: Expression): Map<string, { node: Expression; line: number; endLine: number }> {
  const out = new Map<string, { node: Expression; line: number; endLine: number }>();
  if (node.type !== 'ObjectExpression') return out;
  for (const p of node.properties) {
    if (p.type !== 'Property' || p.computed) continue;
    const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
    if (key) out.set(key, { node: p.value as Expression, line: p.loc!.start.line, endLine: p.loc!.end.line });
  }
  return out;
}

/** The metadata fields of `export const x = { … }` objects in a block, with the lines (1-based, in the block) stating them. */
function exportedMeta(program: Program): Partial<Record<keyof typeof KEYS, Prop>> {
  const found: Partial<Record<keyof typeof KEYS, Prop>> = {};
  for (const s of program.body) {
    if (s.type !== 'ExportNamedDeclaration' || s.declaration?.type !== 'VariableDeclaration') continue;
    for (const d of s.declaration.declarations) {
      if (!d.init) continue;
      const props = objectProps(d.init);
      for (const [field, keys] of Object.entries(KEYS) as [keyof typeof KEYS, readonly string[]][]) {
        const key = keys.find((k) => strings(props.get(k)?.node).length > 0);
        const p = key && props.get(key)!;
        if (p && !found[field]) found[field] = { value: strings(p.node), line: p.line, endLine: p.endLine };
      }
    }
  }
  return found;
}

const ESM_START = /^(?:import|export)\s/;
/** A line that is only components' tags (capitalised names, as MDX and Vue write them). */
const COMPONENT_LINE = /^<\p{Lu}[\w.]*(?:\s[^<>]*)?\/?>(?:\s*<\/?\p{Lu}[\w.]*(?:\s[^<>]*)?\/?>)*$/u;

export const readMdx: CaptureReader = (lines, { markdown }) => {
  if (!markdown) return undefined;
  const edits: CaptureEdits = new Map();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (COMPONENT_LINE.test(line) && parse(`<>${line}</>`)) {
      edits.set(i, { reason: 'page chrome' });
      continue;
    }
    // An ESM block starts at the left margin and runs to the next blank line (MDX's own rule).
    if (!ESM_START.test(lines[i]!)) continue;
    let end = i;
    while (end < lines.length && lines[end]!.trim() !== '') end++;
    const program = parse(lines.slice(i, end).join('\n'));
    if (!program || !program.body.every((s) => /^(?:Import|Export\w+)Declaration$/.test(s.type))) continue;
    const meta = exportedMeta(program);
    for (let k = i; k < end; k++) edits.set(k, { reason: 'page chrome' });
    const at = (p: Prop) => i + p.line - 1;
    const facts = new Map<number, CaptureFact[]>();
    const add = (k: number, f: CaptureFact) => facts.set(k, [...(facts.get(k) ?? []), f]);
    // A date without a year is no date (parseDateLine gives none).
    const date = meta.date && parseDateLine(meta.date.value[0]!);
    if (meta.author || date) add(at(meta.author ?? meta.date!), { kind: 'byline', authors: meta.author?.value ?? [], ...(date ? { date } : {}) });
    if (meta.publisher) add(at(meta.publisher), { kind: 'meta', role: 'publisher', value: meta.publisher.value[0]! });
    if (meta.url && /^https?:\/\//.test(meta.url.value[0]!)) add(at(meta.url), { kind: 'meta', role: 'url', value: meta.url.value[0]! });
    // The title, on its value's last line (`title:` with the string on the next line), as the line the header reader reads;
    // facts stated on that same line (an object written on one line) go to another line of the block.
    const titleAt = meta.title ? i + meta.title.endLine - 1 : -1;
    const spare = [...Array(end - i).keys()].map((k) => i + k).find((k) => k !== titleAt && !facts.has(k));
    if (facts.has(titleAt)) {
      if (spare !== undefined) facts.set(spare, facts.get(titleAt)!);
      facts.delete(titleAt);
    }
    for (const [k, f] of facts) edits.set(k, { facts: f });
    if (meta.title) edits.set(titleAt, meta.title.value[0]!);
    i = end;
  }
  return edits.size ? { tool: 'mdx', edits } : undefined;
};
