import { describe, expect, it } from 'vitest';
import { addressesReader } from './chrome-reader-address.ts';
import { byText } from './chrome.test-helpers.ts';

const P1 = 'The harbour authority said on Tuesday that it would rebuild the northern pier by the end of next year, citing storm damage and rising traffic.';
const P2 = 'Its director told reporters that the work would be done in stages so that the ferries to the islands could keep running all through the winter.';
const P3 = 'Local shipowners welcomed the plan but said the authority had not yet explained how the rebuilding would be paid for or who would carry the risk.';
const HEAD = 'Harbour Gazette\nNorthern pier to be rebuilt after storms\nBy Ines Varga\nMarch 4, 2025';

describe('promos that talk to the reader', () => {
  it('reads a command or a "you" as addressing the reader, never a line with a figure or a quotation', () => {
    expect(addressesReader('Read it now.', 3)).toBe(true);
    expect(addressesReader('Catch up on the week in shipping, delivered every Friday.', 10)).toBe(true);
    expect(addressesReader('If your team builds boats, this briefing has you covered.', 10)).toBe(true);
    expect(addressesReader('Join for $2/month and never miss an issue.', 8)).toBe(true);
    expect(addressesReader('The authority declined to comment.', 5)).toBe(false);
    expect(addressesReader('Book 12 crossings and you save a third.', 8)).toBe(false);
    expect(addressesReader('"You cannot run a port on hope," she said.', 9)).toBe(false);
  });

  it("takes a line that talks to the reader between two pieces of chrome, one a prompt or widget, outside the story's block", () => {
    const pitch = 'Make your commute count by hearing our stories read aloud';
    const k = byText(`${HEAD}\nListen to this story\n${pitch}\nShare\n${P1}\n${P2}\n${P3}`);
    expect(k.get(pitch)).toBe('widget');
    expect(k.get(P1)).toBe('paragraph');
    const after = byText(`${HEAD}\nSign up for Dockside Weekly: the shipping news that matters.\nCatch it here.\nPrint this page\n${P1}\n${P2}\n${P3}`);
    expect(after.get('Catch it here.')).toBe('share or subscribe prompt');
  });

  it('leaves a sentence that talks to the reader inside the story, or beside body text', () => {
    const inside = 'If you travel to the islands this spring, expect delays.';
    const k = byText(`${HEAD}\n${P1}\n${inside}\n${P2}\n${P3}`);
    expect(k.get(inside)).toBe('paragraph');
    const last = 'Check the timetable before you travel.';
    const m = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${last}\nShare this article`);
    expect(m.get(last)).toBe('paragraph');
  });

  it("takes a sign-up box under the story: the pitch above its button and the box's title over the pitch", () => {
    const closing = 'The authority will publish its plans in May.';
    const title = 'Dockside Notes';
    const pitch = 'Catch up on the week in shipping, delivered every Friday.';
    const k = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${closing}\n${title}\n${pitch}\nSign up\n© 2025 Harbour Gazette`);
    expect(k.get(pitch)).toBe('share or subscribe prompt');
    expect(k.get(title)).toBe('share or subscribe prompt');
    expect(k.get(closing)).toBe('paragraph');
    // No pitch to the reader above the button: nothing is taken ("Sign up" under a plain sentence is left to the line rules).
    const plain = 'Ferry fares will rise in the spring.';
    const m = byText(`${HEAD}\n${P1}\n${P2}\n${P3}\n${title}\n${plain}\nSign up\n© 2025 Harbour Gazette`);
    expect(m.get(plain)).toBe('paragraph');
    expect(m.get(title)).not.toBe('share or subscribe prompt');
  });
});
