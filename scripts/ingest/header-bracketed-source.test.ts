import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';

describe("an archive's bracketed note naming whose text a document is", () => {
  it('names the publisher: "[From the Harbour Records Office]" over a printed hearing', () => {
    const a = meta(read(`[Council Hearing, 31 Session]\n[From the Harbour Records Office]\n\nFERRY SAFETY ON THE NORTHERN ROUTE\n\nHEARING\n\nMARCH 12, 2031\n\n${BODY}`));
    expect(a.publisher).toBe('Harbour Records Office');
  });

  it('leaves a bracketed line that names no source, and one in the text', () => {
    expect(meta(read(`[Council Hearing, 31 Session]\n\nFERRY SAFETY ON THE NORTHERN ROUTE\n\nMARCH 12, 2031\n\n${BODY}`)).publisher).toBeNull();
    expect(meta(read(`Ferry safety on the northern route\nMarch 12, 2031\n${BODY}\n${BODY}\n[From the Harbour Records Office]`)).publisher).toBeNull();
  });
});
