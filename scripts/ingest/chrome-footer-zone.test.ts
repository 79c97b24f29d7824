import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const P1 = 'The orchard cooperative said on Friday that its apple harvest had fallen sharply this year, after a late frost and a dry summer hit the valley.';
const P2 = 'Its chair told members that the cooperative would ask the regional government for help with the cost of new irrigation before next spring.';
const P3 = 'Growers in the neighbouring valleys reported smaller losses, which the cooperative put down to their higher ground and their older trees.';
const HEAD = 'Valley Courier\nFrost and drought cut the apple harvest\nBy Tomas Brandt\nOctober 2, 2025';
const END = 'Most Read\nThe cider makers who came home\nContact us';

describe("the page's footer beside its copyright line", () => {
  it('takes the lines between the end furniture and the copyright line: a group line, a motto', () => {
    const group = 'Valley Courier is part of Brightwater Media, a family of regional newspapers.';
    const motto = 'Serving the valley since 1921. Independent, always.';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${END}\n${group}\n${motto}\n© 2025 Valley Courier Ltd.`);
    expect(k.get(group)).toBe('site footer');
    expect(k.get(motto)).toBe('site footer');
    expect(k.get(P3)).toBe('paragraph');
  });

  it('takes a notice below the copyright line at the end of the page', () => {
    const mark = 'COURIER is a trademark of Brightwater Media, registered in several countries.';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${END}\n© 2025 Valley Courier Ltd. All rights reserved.\n${mark}`);
    expect(k.get(mark)).toBe('site footer');
  });

  it("leaves the story's short last paragraph after an advert, and any line with a figure", () => {
    const last = 'The cooperative meets again in March.';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\nAdvertisement\n${last}\n© 2025 Valley Courier Ltd.`);
    expect(k.get(last)).toBe('paragraph');
    const count = 'Read by 40,000 households across the valley every week.';
    const m = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${END}\n${count}\n© 2025 Valley Courier Ltd.`);
    expect(m.get(count)).not.toBe('site footer');
  });

  it('reads the copyright line as such when the header kept it as the evidence of the site name', () => {
    const head = 'Frost and drought cut the apple harvest\nBy Tomas Brandt\nOctober 2, 2025';
    const end = 'Most Read\nThe cider makers who came home\nSubscribe to Harbour Ledger PRO';
    const copyright = '© 2025 Harbour Ledger Media Ltd. All rights reserved.';
    const mark = 'HARBOUR LEDGER is a trademark of its owner, registered in several countries.';
    const k = byText(`${head}\n${P1}\n${P2}\n${P3}\n${end}\n${copyright}\n${mark}`);
    expect(k.get(copyright)).toBe('meta');
    expect(k.get(mark)).toBe('site footer');
  });
});
