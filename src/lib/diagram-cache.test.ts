import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { diagramElement } from '../../scripts/diagrams/diagram.ts';
import { cachedDiagramElement, diagramKey } from './diagram-cache.ts';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = 'flowchart LR\n  A[Washington] -->|imposes| B[Export controls]';

describe('cachedDiagramElement', () => {
  it('gives the bytes diagramElement gives, drawn once and then read back', async () => {
    let drawn = 0;
    const draw = (source: string, options: object) => ((drawn += 1), diagramElement(source, options));
    const options = { caption: 'Controls', id: 'mermaid-test' };
    const direct = toHtml(await diagramElement(SOURCE, options));
    const first = await cachedDiagramElement(SOURCE, options, { root, dir, draw });
    const second = await cachedDiagramElement(SOURCE, options, { root, dir, draw });
    expect(drawn).toBe(1);
    expect(toHtml(first)).toBe(direct);
    expect(toHtml(second)).toBe(direct);
    expect(readdirSync(dir)).toEqual([`${diagramKey(root, SOURCE, options)}.json`]);
  });

  it('keys a diagram by its source and every option', () => {
    const keys = [
      diagramKey(root, SOURCE, {}),
      diagramKey(root, `${SOURCE}\n`, {}),
      diagramKey(root, SOURCE, { caption: 'a' }),
      diagramKey(root, SOURCE, { title: 'a' }),
      diagramKey(root, SOURCE, { id: 'a' }),
      diagramKey(root, SOURCE, { theme: { bg: 'red' } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores nothing for a diagram that cannot be drawn', async () => {
    const failing = join(dir, 'failing');
    const draw = (): Promise<Element> => Promise.reject(new Error('invalid'));
    await expect(cachedDiagramElement('pie\n  "a": 1', {}, { root, dir: failing, draw })).rejects.toThrow('invalid');
    expect(() => readdirSync(failing)).toThrow();
  });
});
