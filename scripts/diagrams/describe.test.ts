import { describe, expect, it } from 'vitest';
import { describeDiagram } from './describe.ts';

const sequence = (a: string, b: string, message: string) => `sequenceDiagram\n  participant ${a}\n  participant ${b}\n  ${a}->>${b}: ${message}\n`;

describe('describeDiagram', () => {
  // Mermaid keeps one database per diagram type: diagrams described at the same time (pages render
  // concurrently) must each be read from their own parse, whatever the timing.
  it('describes each of several sequence diagrams started together from its own source', async () => {
    const sources = Array.from({ length: 6 }, (_, i) => sequence(`Lab${i}`, `Cloud${i}`, `rents chips ${i}`));
    const described = await Promise.all(sources.map((s) => describeDiagram(s)));
    described.forEach((items, i) => {
      const text = items.map((x) => x.text).join(' ');
      expect(text).toContain(`Lab${i}`);
      expect(text).toContain(`rents chips ${i}`);
      expect(text).not.toContain(`Lab${(i + 1) % 6}`);
    });
  });
});
