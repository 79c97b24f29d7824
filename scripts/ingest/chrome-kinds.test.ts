import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';
import { byText as byRole } from './chrome.test-helpers.ts';

/** Kinds of chrome read by their shape rather than their words (invented lines of ferry, orchard and rail sites). */
const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};
const byText = (text: string) => byRole(text, { roles: true });

const LONG = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const LONG2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';

describe('chrome kinds read by their shape (counters, counted controls, consent, paywall notes, greetings, stamps, credits)', () => {
  it('reads a counter with the separator of its row, and a control with its count in brackets', () => {
    for (const t of ['42 Likes∙', '• 7 Comments', '1.2K Views ·', '18 replies |']) expect(reason(t), t).toBe('widget');
    for (const t of ['View Comments (214)', 'Show comments (1,204)', 'Join the discussion (12)']) expect(reason(t), t).toBe('comment form');
    // A figure or a section number with a bracket is no control.
    for (const t of ['8 GPUs', 'Section 3 (2)', 'Figure 2 (b)', 'Ferries (2024)']) expect(reason(t), t).toBeUndefined();
  });

  it("reads a sign-up form's consent line, never a report of users agreeing to terms", () => {
    for (const t of ['By subscribing, I agree to Harbour Mail\'s Terms of Use and acknowledge its Privacy Notice.', 'By signing up, you agree to our Terms of Service and Privacy Policy.', 'By continuing, I accept the Terms and Conditions']) expect(reason(t), t).toBe('share or subscribe prompt');
    for (const t of ['By signing up, users agree to terms that let the ferry app keep their data.', 'By joining the pool, you agree to share berths, the port told operators.']) expect(reason(t), t).toBeUndefined();
  });

  it('reads a page part kept for paying readers, and a greeting to new subscribers; a product for subscribers is news', () => {
    for (const t of ['A full transcript is available to supporters.', 'The full episode is for paid subscribers.', 'Show notes are available to patrons only.', 'A big welcome to the 412 new readers since Friday! This letter comes on Tuesdays.', 'Welcome to the 2,300 new subscribers who joined this month.']) expect(reason(t), t).toBe('share or subscribe prompt');
    for (const t of ['The ferry app is available to paying subscribers of Harbour Plus.', 'The full timetable is available to commuters.', 'Welcome to the new era of battery ferries, the mayor told the crowd.']) expect(reason(t), t).toBeUndefined();
  });

  it('reads a publication stamp on a relative day with the fields after it, never a sentence that opens with one', () => {
    for (const t of ['Published today at 5:30 am (Oslo), updated at 11:02 am Time to 4 min. Read in Norwegian', 'Posted yesterday at 9.40 pm, updated at 10.15 pm · 6 min read', 'Updated today at 14h05 (Bergen)']) expect(reason(t), t).toBe('relative time');
    expect(reason('Published yesterday at 9 am, the report found that ferry use rose for a third year.')).toBeUndefined();
  });

  it("reads a photographer's credit as name/outlet (alone or after its caption's dash) and a provider after a caption, never a pair of names", () => {
    for (const t of ['Kari Holm/Fjord Post', 'Tomás Ortega Ruiz/Diario del Sur', 'Ana Ruiz/The Valley Courier', 'The reactor hall in Tromsø - Kari Holm/Nordlys Bilder', 'The new ferry at its berth in Bergen. Courtesy of Fjord Lines']) expect(reason(t), t).toBe('credit');
    for (const t of ['Hurtigruten/Color Line', 'Oslo/Bergen', 'The two lines compete - Hurtigruten/Color Line', 'The fleet grew - and so did Oslo/Bergen Ferries', 'Fares fell 3%. Supplied by traders in Bergen', 'The ships were tested in Norway. Provided by the yard, the data show a 20% gain.']) expect(reason(t), t).toBeUndefined();
  });
});

describe('chrome kinds told by their neighbours (chrome-beside.ts, chrome-bio.ts, chrome-after-header.ts)', () => {
  it('reads a counter of an unknown action beside a counter, never a count beside the text', () => {
    const k = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\n42 Likes\n11 Boosts\nDiscussion`);
    expect(k.get('11 Boosts')).toBe('widget');
    const m = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\nFleet\n12 Ferries\n${LONG2}`);
    expect(m.get('12 Ferries')).not.toBe('widget');
  });

  it("reads a call-to-action box's title over its pitch at the end, never the story's own closing question", () => {
    const k = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nLooking for a cheaper crossing?\nTry FerryPass free for 14 days.\nGet started`);
    expect(k.get('Looking for a cheaper crossing?')).toBe('advertisement');
    const m = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nWill the rivals follow?\nSubscribe`);
    expect(m.get('Will the rivals follow?')).toBe('paragraph');
    const q = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\nNeed more ships?\nTry FerryPass free for 14 days.\n${LONG}\n${LONG2}`);
    expect(q.get('Need more ships?')).not.toBe('advertisement');
  });

  it("reads a profile card's note of fragments under the card's name at the end", () => {
    const k = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nKari Hansen\nFormer harbour pilot. Now covering shipping from Bergen.\nSign up for more like this.`);
    expect(k.get('Former harbour pilot. Now covering shipping from Bergen.')).toBe('author bio');
    const m = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\nBergen\nBuilding on that, the yard hired 40 welders.\n${LONG2}`);
    expect(m.get('Building on that, the yard hired 40 welders.')).toBe('paragraph');
    // A short sentence and a gerund-looking word closing the story under a sub-head are the story's.
    const n = byText(`Ferry Notes\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}\nWhat next\nFares fell. Nothing suggests a rebound soon.\nSubscribe`);
    expect(n.get('Fares fell. Nothing suggests a rebound soon.')).toBe('paragraph');
  });

  it("reads an author card copied as one line, the byline's name glued to the job", () => {
    const k = byText(`Ferry Notes\nFerry line doubles its fleet\nKari HansenHead of Research, Ferry Notes\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    expect(k.get('Kari HansenHead of Research, Ferry Notes')).toBe('author bio');
    expect(k.get(LONG)).toBe('paragraph');
  });
});
