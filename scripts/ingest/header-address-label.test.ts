import { describe, expect, it } from 'vitest';
import { GENERIC_LABEL, spells } from './header-address-label.ts';
import { hostPublisher } from './header-host.ts';
import { namedBy } from './header-site-evidence.ts';

describe("an address label's spelling of a site's name (one test for both readers)", () => {
  it('is the whole name, most of it, or the name cut short from the label’s start', () => {
    expect(spells('fjordpost', 'Fjord Post')).toBe(true);
    expect(spells('fjordpost', 'The Fjord-Post')).toBe(true);
    expect(spells('plainsledger', 'Abilene Plains Ledger')).toBe(true);
    expect(spells('quaysidetimesmag', 'Quayside Times')).toBe(true);
    expect(spells('fjordpost', 'Fjord')).toBe(false);
    expect(spells('quay', 'Quayside Times Magazine')).toBe(false);
  });

  it('never counts a mailbox, desk or subdomain label as a name', () => {
    for (const l of ['www', 'mail', 'press', 'media', 'news', 'info']) expect(GENERIC_LABEL.test(l)).toBe(true);
    expect(GENERIC_LABEL.test('quaysidetimes')).toBe(false);
  });

  it('is read the same by the host reader and the page-evidence reader', () => {
    const lines = ['Photo: Ana Riva/Quayside Times Magazine', 'Sign up for Quayside Times Magazine'];
    // The host reader takes the fullest of the names written as often ("Quayside Times" is the same name cut short).
    expect(hostPublisher('https://quaysidetimesmag.example.net/a', lines)).toBe('Quayside Times Magazine');
    expect(namedBy(['Write to tips@quaysidetimesmag.net'])('Quayside Times Magazine')).toBe(true);
    expect(namedBy(['Write to press@quaysidetimesmag.net'])('Press')).toBe(false);
  });
});
