import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';

const page = (source: string, more: string) =>
  read(['For You', 'Following', 'Explore', 'Flipped by Ines Varga into Ports', source, 'Harbour pilots test a shared scheduling model for the northern quay', 'By Ola Berg', 'March 4, 2031', BODY, BODY, 'Like', 'Share', more, 'Tug crews vote on new shift pattern', 'Northern quay to close for dredging'].join('\n'));

describe('the source named over the headline and again in "More from …" under the text', () => {
  it('is the outlet', () => {
    expect(meta(page('Fjord Business Review', 'More from Fjord Business Review')).publisher).toBe('Fjord Business Review');
  });
  it('needs the same name both ways, and no person', () => {
    expect(meta(page('Fjord Business Review', 'More from Ports Weekly')).publisher).not.toBe('Fjord Business Review');
    expect(meta(page('Ines Varga', 'More from Ines Varga')).publisher).toBeNull();
  });
});
