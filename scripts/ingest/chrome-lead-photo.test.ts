import { describe, expect, it } from 'vitest';
import { isVerblessCaption } from './chrome-lead-photo.ts';
import { byText } from './chrome.test-helpers.ts';

const P1 = 'The harbour authority said on Tuesday that it would rebuild the northern pier by the end of next year, citing storm damage and rising traffic.';
const P2 = 'Its director told reporters that the work would be done in stages so that the ferries to the islands could keep running all through the winter.';

describe('the lead photo between the header and the text', () => {
  it('reads a caption as a sentence without a verb, with no figure but a year', () => {
    expect(isVerblessCaption('The harbour office in Bergen, Norway.', 6)).toBe(true);
    expect(isVerblessCaption('Ines Varga, the port director, at a briefing in 2024.', 10)).toBe(true);
    expect(isVerblessCaption('The pier was closed in March.', 6)).toBe(false);
    expect(isVerblessCaption('Storm damage recorded by the harbour office.', 7)).toBe(true);
    expect(isVerblessCaption('The harbour office recorded the damage.', 6)).toBe(false);
    expect(isVerblessCaption('About 40 ferries at the quay.', 6)).toBe(false);
  });

  it('takes a verbless caption above a photo credit, and a short name between it and the text under the share row as the credit', () => {
    const cap = 'The northern pier at dawn, seen from the old lighthouse.';
    const k = byText(`Harbour Gazette\nNorthern pier to be rebuilt after storms\nBy Ines Varga\nMarch 4, 2025\nShare\nSave\n${cap}\nNordic Press Images\n${P1}\n${P2}`);
    expect(k.get(cap)).toBe('image');
    expect(k.get('Nordic Press Images')).toBe('credit');
    expect(k.get(P1)).toBe('paragraph');
    const m = byText(`Harbour Gazette\nNorthern pier to be rebuilt after storms\nBy Ines Varga\nMarch 4, 2025\nShipping\n${cap}\nPhoto: Jon Dahl/Reuters\n${P1}\n${P2}`);
    expect(m.get(cap)).toBe('image');
  });

  it("leaves a sentence with a verb, and a person's name under a caption (the byline's to read)", () => {
    const said = 'The authority said the pier would reopen in 2026.';
    const k = byText(`Harbour Gazette\nNorthern pier to be rebuilt after storms\nMarch 4, 2025\nShare\n${said}\nPhoto: Jon Dahl/Reuters\n${P1}\n${P2}`);
    expect(k.get(said)).toBe('paragraph');
    const cap = 'The northern pier at dawn, seen from the old lighthouse.';
    const m = byText(`Harbour Gazette\nNorthern pier to be rebuilt after storms\nMarch 4, 2025\nShare\n${cap}\nJane Roe\n${P1}\n${P2}`);
    expect(m.get('Jane Roe')).not.toBe('credit');
  });
});
