/**
 * Hashes for the Content-Security-Policy of Starlight's own inline scripts.
 *
 * Astro's `security.csp` hashes the scripts it bundles, but not `<script is:inline>` blocks, and
 * Starlight writes five of them on every page (theme provider, theme select, search shortcut,
 * sidebar persister). Their text is fixed in Starlight's component files, so it is hashed from
 * there, with Astro's own compiler as the parser: the policy then allows exactly those scripts and
 * still refuses any other inline script (such as one that slipped into a page from article text).
 * The site's own components (src/) are hashed the same way, so an inline script added there works.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';

/** The parts of a compiler-rs JSX element this needs (the full types are not exported). */
interface JsxElement {
  type: 'JSXElement';
  openingElement: { end: number; name: { name?: unknown }; attributes: { name?: { name?: unknown } }[] };
  closingElement: { start: number } | null;
}

const isInlineScript = (node: unknown): node is JsxElement => {
  const el = node as Partial<JsxElement> | null;
  if (el?.type !== 'JSXElement' || el.openingElement?.name.name !== 'script' || !el.closingElement) return false;
  const attrs = el.openingElement.attributes.map((a) => a.name?.name);
  // Bodies set by `define:vars`, `set:html` or `set:text` vary per render: no fixed hash (and JSON-LD,
  // which is written that way, is data that CSP does not govern).
  return attrs.includes('is:inline') && !['define:vars', 'set:html', 'set:text', 'src'].some((a) => attrs.includes(a));
};

/** Every node of a parsed tree, depth first. */
function* nodes(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (value && typeof value === 'object') {
    yield value;
    for (const v of Object.values(value)) yield* nodes(v);
  }
}

/** CSP hashes (`sha256-…`) of the `<script is:inline>` bodies in the `.astro` files under `dir`. */
export function inlineScriptHashes(dir: string): `sha256-${string}`[] {
  const hashes = new Set<`sha256-${string}`>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    // Most components have no inline script: parsing and walking only those that do takes a third of the CPU time (≈ 30 ms instead of 90).
    if (!source.includes('is:inline')) continue;
    for (const node of nodes(parse(source).ast)) {
      if (!isInlineScript(node)) continue;
      const body = source.slice(node.openingElement.end, node.closingElement!.start);
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
  }
  return [...hashes];
}

/** Hashes of the inline scripts in Starlight's components, from the installed package. */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  // Resolved through the package's exports, as the site's own imports of its components are.
  const head = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Head.astro');
  return inlineScriptHashes(dirname(head));
}
