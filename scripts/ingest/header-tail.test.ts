import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';

describe("a page's label for its own address, alone over the link", () => {
  it('reads the link under it as the original address, wherever it stands', () => {
    const m = meta(read(['Berth rules for electric tugs', 'Mar 4, 2031', BODY, 'Document Number:', '2031-04417', 'Permalink:', 'https://register.example.gov/d/2031-04417', BODY].join('\n')));
    expect(m.url).toBe('https://register.example.gov/d/2031-04417');
    expect(read(['Berth rules for electric tugs', 'Mar 4, 2031', BODY, 'Permalink:', 'https://register.example.gov/d/2031-04417', BODY].join('\n')).body.map((b) => b.text)).not.toContain('Permalink:');
  });
  it('leaves a link under any other label alone', () => {
    const m = meta(read(['Berth rules for electric tugs', 'Mar 4, 2031', BODY, 'Further reading:', 'https://ports.example.org/guide', BODY].join('\n')));
    expect(m.url).toBeNull();
  });
});
