import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const H1 = 'Bergen opens a battery-ferry quay as fares fall by a fifth on the busiest routes';
const H2 = 'The harbour office said the quay would handle 14 sailings a day once all three berths are open next spring.';

describe("a read-later service's export", () => {
  it("takes the metadata fields, the highlights heading and the reader's notes; keeps the highlights", () => {
    const k = byText(`# Bergen's new ferry quay\n\n## Metadata\n- Author: [[Kari Hansen]]\n- Full Title: Bergen's New Ferry Quay Opens\n- Category: #articles\n- URL: https://gazette.example/quay\n\n## Highlights\n- ${H1}\n    - Note: compare Oslo's numbers\n- ${H2}\n    - Tags: [[ferries]]\n`);
    for (const t of ['## Metadata', "- Full Title: Bergen's New Ferry Quay Opens", '## Highlights', "- Note: compare Oslo's numbers", '- Tags: [[ferries]]']) expect(k.get(t), t).toMatch(/^(?:page chrome|tag list|meta|production note)$/);
    expect(k.get(`- ${H1}`)).toBe('paragraph');
    expect(k.get(`- ${H2}`)).toBe('paragraph');
  });

  it('keeps a story\'s own "Highlights" heading when there is no metadata section of fields', () => {
    const k = byText(`# Ferry results\n\nBy Kari Hansen\nMarch 3, 2031\n\n${H2}\n\n## Highlights\n- ${H1}\n- Fares fell by a fifth on the two busiest routes in the first quarter of the year.\n`);
    expect(k.get('## Highlights')).not.toBe('page chrome');
    expect(k.get(`- ${H1}`)).toBe('paragraph');
  });
});
