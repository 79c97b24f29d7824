import { describe, expect, it } from 'vitest';
import { featureContext, FEATURE_NAMES, lineFeatures } from './line-features.ts';
import { ruleVerdicts } from './segment.ts';

const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n\n';
const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
const P3 = 'Harbour officials welcomed the plan but warned that the charging docks at two of the smaller piers would need to be rebuilt first.';

/** The features of the unit with text `line`, by name. */
function featuresOf(text: string, line: string): Record<string, number> {
  const { us, wc, taken } = ruleVerdicts(text);
  const i = us.findIndex((u) => u.text === line);
  expect(i, line).toBeGreaterThanOrEqual(0);
  const x = lineFeatures(featureContext(us, wc, taken), i);
  expect(x).toHaveLength(FEATURE_NAMES.length);
  return Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, x[j]!]));
}

describe('line features', () => {
  const text = `${HEAD}${P1}\n\n${P2}\n\n${P3}\n\nHarbour Desk Picks » Ferries\nHarbour Desk Picks » Ferries\n\n© 2025 Harbour Media. All rights reserved.`;

  it('place a short link line below the story, recurring, beside the footer', () => {
    const f = featuresOf(text, 'Harbour Desk Picks » Ferries');
    expect(f['below the story']).toBe(1);
    expect(f['inside the story']).toBe(0);
    expect(f['units below the story (log)']).toBeCloseTo(Math.log(2));
    expect(f['four to ten words']).toBe(1);
    expect(f['ends a sentence']).toBe(0);
    expect(f['link marks (», →, |, ·)']).toBe(1);
    expect(f['share of capitalised words']).toBe(1);
    expect(f['recurs in the text']).toBe(1);
    // The rules already take such a run below the story into the footer: their verdict is a feature too.
    expect(f['rules: chrome']).toBe(1);
    expect(f['next line is chrome']).toBe(1);
  });

  it('read a body sentence as inside the story, a sentence, between long sentences', () => {
    const f = featuresOf(text, P2);
    expect(f['inside the story']).toBe(1);
    expect(f['ends a sentence']).toBe(1);
    expect(f['previous line a long sentence']).toBe(1);
    expect(f['next line a long sentence']).toBe(1);
    expect(f['has a digit']).toBe(0);
    expect(f['share of capitalised words']).toBeLessThan(0.2);
    expect(f['recurs in the text']).toBe(0);
  });

  it('carry the rules\' verdicts: the footer is chrome, the headline is near the byline', () => {
    expect(featuresOf(text, '© 2025 Harbour Media. All rights reserved.')['rules: chrome']).toBe(1);
    const byline = featuresOf(text, 'By Kari Hansen');
    expect(byline['rules: header']).toBe(1);
    expect(byline['within two lines of the headline']).toBe(1);
    expect(byline['above the story']).toBe(1);
  });

  it('see digits, URLs, bullets, quotes and capitals', () => {
    const lines = ['- www.example.org/ferries', '“We are ready,” she said.', 'TOP STORIES', 'Route 7: 42 stops'];
    const t = `${HEAD}${P1}\n\n${lines.join('\n')}\n\n${P2}\n\n${P3}`;
    expect(featuresOf(t, lines[0]!)).toMatchObject({ 'starts with a bullet': 1, 'has a URL or domain': 1 });
    expect(featuresOf(t, lines[1]!)).toMatchObject({ 'starts with a quote': 1, 'ends a sentence': 1 });
    expect(featuresOf(t, lines[2]!)).toMatchObject({ 'all capitals': 1, 'one to three words': 1 });
    const route = featuresOf(t, lines[3]!);
    expect(route['has a digit']).toBe(1);
    expect(route['share of digits']).toBeCloseTo(3 / lines[3]!.length);
  });
});
