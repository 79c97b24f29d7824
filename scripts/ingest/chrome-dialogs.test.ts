import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const STORY = [
  'Harbour operators in Vesta moved 12 percent more containers in March than a year earlier, the port authority said on Tuesday, citing new battery-powered cranes.',
  'The authority said it would add two more berths by 2032 and spend about 40 million euros on the quay, according to its annual plan published this week.',
];

describe('chrome told by its label or its buttons', () => {
  it("takes a consent dialog's heading and text above its buttons, at any length", () => {
    const consent =
      'We and our 312 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers, for personalised advertising and content, ad and content measurement and audience research.';
    const lines = byText(['Your privacy choices matter', consent, 'Accept all', 'Reject all', '', 'Port of Vesta posts record month', '', ...STORY].join('\n'));
    expect(lines.get('Your privacy choices matter')).toBe('cookie notice');
    expect(lines.get(consent)).toBe('cookie notice');
    expect(lines.get(STORY[0]!)).toBe('paragraph');
    // Its text may already be known as a consent notice by its own words: the heading above it still goes with it.
    const known = 'We and our partners store and/or access information on a device, such as cookies, and process personal data.';
    const k2 = byText(['We value your privacy', known, 'Accept all', 'Reject all', '', 'Port of Vesta posts record month', '', ...STORY].join('\n'));
    expect(k2.get('We value your privacy')).toBe('cookie notice');
    // Copied without its buttons, the heading still goes with the notice under it.
    const k3 = byText(['We value your privacy', known, '', 'Port of Vesta posts record month', '', ...STORY].join('\n'));
    expect(k3.get('We value your privacy')).toBe('cookie notice');
    expect(k3.get(STORY[0]!)).toBe('paragraph');
  });

  it('leaves a paragraph about privacy that no consent buttons follow', () => {
    const privacy = 'Regulators said the port app collected personal data from drivers without their consent, and asked its partners to delete it by June, according to a letter seen by reporters.';
    const lines = byText(['Port of Vesta posts record month', '', STORY[0], privacy, 'Accept', STORY[1]].join('\n'));
    expect(lines.get(privacy)).toBe('paragraph');
  });

  it("takes the paragraph under a notice's label", () => {
    const notice =
      'Quay Wire provides this content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy or completeness of the information contained in this release.';
    const lines = byText(['Port of Vesta posts record month', '', ...STORY, '', 'Legal Disclaimer:', notice, 'Distribution channels: Transport, Energy'].join('\n'));
    expect(lines.get(notice)).toBe('production note');
    expect(lines.get(STORY[1]!)).toBe('paragraph');
  });
});
