import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, starlightInlineScriptHashes } from './csp-inline-hashes.ts';

const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes the exact body of each fixed <script is:inline>, in nested folders too, and nothing that varies per render', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dir, 'nested'));
    const body = "\n\tdocument.documentElement.dataset.x = '1';\n";
    writeFileSync(
      join(dir, 'nested/A.astro'),
      `---\nconst v = 1;\n---\n<div>{v}</div>\n<script is:inline>${body}</script>\n<script>console.log('bundled');</script>\n` +
        `<script is:inline define:vars={{ v }}>console.log(v);</script>\n<script type="application/ld+json" is:inline set:html={JSON.stringify({ v })} />\n`,
    );
    writeFileSync(join(dir, 'notes.md'), '<script is:inline>alert(1)</script>');
    expect(inlineScriptHashes(dir)).toEqual([sha(body)]);
  });

  it("finds Starlight's inline scripts (theme, search, sidebar)", () => {
    expect(starlightInlineScriptHashes().length).toBeGreaterThanOrEqual(4);
  });
});
