import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { copyrightHolder, noticeOwner } from './outlet-name.ts';

const MORE = 'Officials at the port authority said the vessel would enter service in June, carrying up to 300 passengers on each crossing.';
const withFoot = (foot: string) => read(`Electric ferry finishes its sea trials off Gdansk\nBy Kari Hansen\nMarch 12, 2031\n${BODY}\n${MORE}\n${foot}`);

describe('a footer notice written the ways other sites write it', () => {
  it.each([
    ['© Fjordline Gazette, 2031', 'Fjordline Gazette', true],
    ['Copyright © 2031 by Fjordline Gazette. All rights reserved.', 'Fjordline Gazette', true],
    ['© 2031 Fjordline Gazette | Privacy | Terms', 'Fjordline Gazette', true],
    ['© 2031 Fjordline Gazette — Tous droits réservés', 'Fjordline Gazette', true],
    ['© 2031 Fjordline Gazette. Alle Rechte vorbehalten.', 'Fjordline Gazette', true],
    ['Copyright © Fjordline Gazette Todos los derechos reservados', 'Fjordline Gazette', false],
  ])('%s names %s', (notice, owner, year) => {
    expect(noticeOwner(notice)).toEqual({ owner, year });
    expect(copyrightHolder(notice)).toBe(owner);
  });

  it("takes the owner of a page's only notice as its publisher, however the notice is punctuated or in whatever language", () => {
    for (const foot of ['© Fjordline Gazette, 2031', 'Fjordline Gazette © 2031', '© 2031 Fjordline Gazette | Privacy | Terms', '© 2031 Fjordline Gazette — Tous droits réservés', 'Copyright © 2031 Fjordline Gazette Todos los derechos reservados'])
      expect(meta(withFoot(foot)).publisher).toBe('Fjordline Gazette');
  });

  it("still takes no parent company's notice, however written", () => {
    expect(meta(withFoot('Copyright © 2031 by Quayline Media Group. All rights reserved.')).publisher).toBeNull();
    expect(meta(withFoot('© Quayline Media Group, 2031 — Tous droits réservés')).publisher).toBeNull();
  });
});
