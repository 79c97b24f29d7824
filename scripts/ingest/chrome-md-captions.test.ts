import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const HEAD = '# Ferry line doubles its battery fleet\n\nBy Kari Hansen · March 3, 2031\n\n';
const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';

describe("a Markdown picture's caption and credit", () => {
  it('takes a line wholly in italics right under the image as its caption, blank line or not', () => {
    const k = byText(`${HEAD}![](https://img.example/quay.png)\n\n*The new quay at Bergen, as drawn by the harbour office.*\n\n${P1}\n\n${P2}`);
    expect(k.get('*The new quay at Bergen, as drawn by the harbour office.*')).toBe('image');
    const k2 = byText(`${HEAD}${P1}\n\n![Quay](quay.jpg)\n_Fares by route, 2029–2031._\n\n${P2}`);
    expect(k2.get('_Fares by route, 2029–2031._')).toBe('image');
  });

  it('takes "Name/Outlet" right under the image as its credit', () => {
    const k = byText(`${HEAD}![The quay](quay.jpg)\n\nJane Roe/The Harbour Gazette\n\n${P1}\n\n${P2}`);
    expect(k.get('Jane Roe/The Harbour Gazette')).toBe('credit');
  });

  it('keeps an italic line or a paragraph that is not right under an image', () => {
    const k = byText(`${HEAD}${P1}\n\n*The operator declined to say how much the ships would cost.*\n\n${P2}`);
    expect(k.get('*The operator declined to say how much the ships would cost.*')).toBe('paragraph');
    const k2 = byText(`${HEAD}![](https://img.example/quay.png)\n\n${P1}\n\n${P2}`);
    expect(k2.get(P1)).toBe('paragraph');
    // Bold is a heading or a lead-in, not a caption.
    const k3 = byText(`${HEAD}![](https://img.example/quay.png)\n\n**The ships will be built in Norway.**\n\n${P1}\n\n${P2}`);
    expect(k3.get('**The ships will be built in Norway.**')).not.toBe('image');
  });
});
