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

  it("takes a reference manager's own sections (links, full-text and notes headings, app links, the reader's notes), keeping the text under them", () => {
    // (A heading the header read as one of its fields is out of the body too.)
    const k = byText(`# Bergen's new ferry quay\n\n## Metadata\n\n* Item Type: [[Newspaper Article]]\n* Date: [[2031-03-03]]\n* URL: https://gazette.example/quay\n\n## Library links\n\n* [Desktop library](refapp://select/items/AB12)\n* [Web library](https://refapp.example/items/AB12)\n\n## Full text (saved copy)\n\n${H2}\n\n${H1}\n\n## Notes\n\n- check the fares against Oslo's (Mar 9)\n`);
    for (const t of ['## Library links', '* [Desktop library](refapp://select/items/AB12)', '* [Web library](https://refapp.example/items/AB12)', '## Full text (saved copy)', '## Notes', "- check the fares against Oslo's (Mar 9)"]) expect(['page chrome', 'meta'], t).toContain(k.get(t));
    expect(k.get(H2)).toBe('paragraph');
    // A notes section of prose paragraphs is the text's, even in an export.
    const m = byText(`# Ferry quay\n\n## Metadata\n\n* Item Type: [[Newspaper Article]]\n* URL: https://gazette.example/quay\n\n## Full text\n\n${H2}\n\n## Notes\n\n${H1}\n`);
    expect(m.get(H1)).toBe('paragraph');
  });
});
