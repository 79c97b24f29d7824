import { describe, expect, it } from 'vitest';
import { findProseBlock } from './prose-block.ts';
import { segment } from './segment.ts';
import { byText } from './chrome.test-helpers.ts';
import { units } from './units.ts';


const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n\n';
const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
const P3 = 'Harbour officials welcomed the plan but warned that the charging docks at two of the smaller piers would need to be rebuilt first.';

describe('the main prose block', () => {
  it('spans the story across a short chrome interruption, and stops before a footer of short lines', () => {
    const text = `Home\nNews\n${HEAD}${P1}\n\n${P2}\n\nGet the Harbour Letter\nSign up\n\n${P3}\n\nMore from the harbour desk\nShipping\n© 2025 Harbour Media`;
    const us = units(text);
    const block = findProseBlock(us, new Map());
    expect(us[block!.start]!.text).toBe(P1);
    expect(us[block!.end]!.text).toBe(P3);
  });

  it('is undefined for a text without prose', () => {
    expect(findProseBlock(units('Home\nNews\nShipping'), new Map())).toBeUndefined();
  });
});

describe('below the main block', () => {
  it('removes a short run of loose lines that runs into chrome or the end', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\n${P3}\n\n(FERRY HORN SOUNDS)\n© 2025 Harbour Media. All rights reserved.\nMore Stories From Harbour\nShipping`);
    expect(k.get('(FERRY HORN SOUNDS)')).toBe('page chrome');
    expect(k.get('More Stories From Harbour')).toBe('page chrome');
    expect(k.get('Shipping')).toBe('page chrome');
    expect(k.get(P3)).toBe('paragraph');
  });

  it('keeps a heading over a last sentence, a list under its colon, numbered lines and a sentence with an end sign', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\n${P3}\n\nWhat comes next\nThe first ship sails in May.\n\nThe new routes:\nBergen to Stavanger\nOslo to Kiel\n\n00:00 Intro\n03:15 The new ships\n\nThe operator did not answer our questions. ®`);
    expect(k.get('What comes next')).not.toBe('page chrome');
    expect(k.get('Bergen to Stavanger')).toBe('paragraph');
    expect(k.get('03:15 The new ships')).toBe('paragraph');
    expect(k.get('The operator did not answer our questions. ®')).toBe('paragraph');
  });

  it('keeps a list of five short lines at the end: more than a footer run', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\n${P3}\n\nCharging docks in Bergen\nNew crews from Stavanger\nA route to Kiel\nTwo ships for Oslo\nA test run to Aarhus`);
    expect(k.get('A test run to Aarhus')).toBe('paragraph');
  });

  it("reads a sign-off under the text as the byline when there is none above, and keeps the header's byline first", () => {
    const unsigned = segment(`Ferry line doubles its fleet\nMarch 3, 2025\n\n${P1}\n\n${P2}\n\n*— Kari Hansen*\n\n[Subscribe via RSS](/rss.xml)`);
    expect(unsigned.find((s) => s.text === '*— Kari Hansen*')).toMatchObject({ kind: 'byline', authors: ['Kari Hansen'] });
    const signed = byText(`${HEAD}${P1}\n\n${P2}\n\n— Ola Nordmann`);
    expect(signed.get('— Ola Nordmann')).toBe('page chrome');
  });

  it("reads a newsletter's sign-off past a closing quotation and its farewell to the reader", () => {
    const text = `Ferry line doubles its fleet\nMarch 3, 2025\n\n${P1}\n\n${P2}\n\n> "Ferries are the new buses." — a harbour master\n\nThat's all for this week. Reply to this email if you spot something I missed.\n\n— Kari Hansen\n\n---\n\nYou're reading Harbour Notes. [Unsubscribe]({{ unsubscribe_url }})`;
    expect(segment(text).find((s) => s.text === '— Kari Hansen')).toMatchObject({ kind: 'byline', authors: ['Kari Hansen'] });
    // With a byline above the text, the header's author stands and the sign-off adds none.
    expect(segment(text.replace('March 3, 2025', 'By Ola Nordmann\nMarch 3, 2025')).find((s) => s.text === '— Kari Hansen')?.kind).not.toBe('byline');
  });
});

describe('above the main block', () => {
  it("removes a writer's note about their beat beside the byline's furniture, and keeps a first-person standfirst", () => {
    const k = byText(`Ferry line doubles its fleet\nKari Hansen\nI cover ports, ferries and the money behind them.\nFollow\nMarch 3, 2025\n\n${P1}\n\n${P2}`);
    expect(k.get('I cover ports, ferries and the money behind them.')).toBe('author bio');
    const deck = byText(`Ferry line doubles its fleet\nI spent a week on the new battery ferries. Here is what I learned.\nBy Kari Hansen\nMarch 3, 2025\n\n${P1}\n\n${P2}`);
    expect(deck.get('I spent a week on the new battery ferries. Here is what I learned.')).toBe('paragraph');
  });
});
