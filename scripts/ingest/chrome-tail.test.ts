import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';
import { byText } from './chrome.test-helpers.ts';

/** What each non-empty line became: a removal reason, or the segment's kind. */
const kinds = (text: string) => segment(text).map((s) => (s.kind === 'boilerplate' ? s.reason : s.kind));

const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n';
const LONG = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const LONG2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';

describe('chrome told by its neighbours', () => {
  it("removes a forwarded e-mail's wrapper: the forwarder's note, the mark and the header fields", () => {
    const k = byText(`Have a look at the second part.\n\nKari\n\n---------- Forwarded message ---------\nFrom: Ferry Letter <letter@ferry.example>\nDate: Mon, Mar 3, 2025 at 6:00 AM\nSubject: Ferry line doubles its fleet\nTo: <kari@example.org>\n\n${HEAD}${LONG}\n\n${LONG2}`);
    for (const t of ['Have a look at the second part.', 'Kari', '---------- Forwarded message ---------']) {
      expect(k.get(t), t).toBe('production note');
    }
    // The header fields are the message's metadata (the header reader keeps its sender, date and subject as meta lines) or notes; never body text.
    // (The sent time, on the day the message's own date line states, is the date: it says when on that day.)
    for (const t of ['From: Ferry Letter <letter@ferry.example>', 'Date: Mon, Mar 3, 2025 at 6:00 AM', 'To: <kari@example.org>']) {
      expect(['meta', 'date', 'production note'], t).toContain(k.get(t));
    }
    expect(k.get(LONG)).toBe('paragraph');
  });

  it('removes a display name over a handle below the first long paragraph, not a byline above it', () => {
    const text = `Ola Nordmann\n@olaferry\n${LONG}\nOla Nordmann\n@olaferry\nMar 3\n${LONG2}`;
    const names = segment(text).filter((s) => s.text === 'Ola Nordmann');
    expect(names[0]).not.toMatchObject({ kind: 'boilerplate' });
    expect(names[1]).toMatchObject({ kind: 'boilerplate', reason: 'page chrome' });
    expect(byText(text).get('Mar 3')).toBe('relative time');
    // A timeline's dates over its events are the text's.
    expect(byText(`${HEAD}${LONG}\nTimeline\nJan 20\nThe first ship is launched in Bergen.\nFeb 3\nThe second ship follows.`).get('Feb 3')).not.toBe('relative time');
  });

  it("removes a newsletter's tagline beside its sign-up prompt, and a sponsor's message under its label", () => {
    const k = byText(`${HEAD}${LONG}\n\nGet the Ferry Letter in your inbox\n\nThe week in shipping, every Friday. Free.\n\n${LONG2}\n\nA message from Quaymark:\n\nQuaymark charges ferries in ten minutes flat. Book a demo.\n\n${LONG}`);
    expect(k.get('The week in shipping, every Friday. Free.')).toBe('share or subscribe prompt');
    expect(k.get('A message from Quaymark:')).toBe('advertisement');
    expect(k.get('Quaymark charges ferries in ten minutes flat. Book a demo.')).toBe('advertisement');
  });

  it('keeps a sentence beside a prompt and a quoted message', () => {
    const k = byText(`${HEAD}${LONG}\n\nSubscribe to our newsletter\n\nThe ferries run every day.\n\nA message from the mayor:\n\n"We are proud of our ferries," she wrote.`);
    expect(k.get('The ferries run every day.')).toBe('paragraph');
    expect(k.get('"We are proud of our ferries," she wrote.')).toBe('paragraph');
  });
});

describe('chrome of the tail', () => {
  it('removes the footer after an end mark, keeping credits as credits', () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n###\n\nIssues: Ports | Energy | Shipping\nPrint\nPrivacy | Accessibility\nHarbour office hours vary`);
    expect(k.get('Harbour office hours vary')).toBe('site footer');
    expect(k.get('Issues: Ports | Energy | Shipping')).toBe('tag list');
  });

  it("removes a release's contact block and what follows it", () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n${LONG}\n\nMedia Contacts\nKari Hansen\nkari@ferry.example\nFollow Quaymark\nQuaymark on LinkedIn`);
    expect(k.get('Quaymark on LinkedIn')).toBe('site footer');
    expect(k.get('Kari Hansen')).toMatch(/footer|chrome/);
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it('leaves the story under a heading that starts like a contact block', () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n${LONG}\n\n${LONG2}\n\nContacts between the ports\n\nThe two ports now share weather data every hour, and both say their ferries run on time more often than before.`);
    expect(k.get('The two ports now share weather data every hour, and both say their ferries run on time more often than before.')).toBe('paragraph');
  });

  it('leaves the text after an end mark used as a section break', () => {
    const k = byText(`${HEAD}${LONG}\n\n###\n\n${LONG2}\n\n${LONG}`);
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it("removes a release's About block and forward-looking statements", () => {
    const about = 'Quaymark builds charging systems for electric ferries in Norway and Denmark. For more, see its website.';
    const legal = 'This release includes statements about future events that involve risks and uncertainties, as forward-looking statements do.';
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n${LONG}\n\nAbout Quaymark\n\n${about}\n\nForward-Looking Statements\n\n${legal}`);
    expect([k.get('About Quaymark'), k.get(about), k.get('Forward-Looking Statements'), k.get(legal)]).toEqual(['site footer', 'site footer', 'site footer', 'site footer']);
  });

  it('keeps a section about a company with more of the story after it', () => {
    const about = 'Quaymark builds charging systems for electric ferries, and it has grown quickly since the order was announced.';
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\nAbout Quaymark\n\n${about}\n\n${LONG}\n\n${LONG2}`);
    expect(k.get(about)).toBe('paragraph');
  });

  it('keeps an "About" heading in the story over a paragraph about something else', () => {
    const k = byText(`${HEAD}${LONG}\n\nAbout the Ships\n\n${LONG2}`);
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it('removes loose lines where chrome outnumbers the tail, keeping sentences, figures, list items and speaker labels', () => {
    const text = `${HEAD}${LONG}\n\n${LONG2}\nShare\nFacebook\nTwitter\nLinkedIn\nBrowse context:\nferry.TX\nPrint\nSee related tools\nOperator\nThe next question comes from the port.\n1 Port of Oslo, annual report, 2024.\nEmail\nPrivacy Policy`;
    const k = byText(text);
    expect(k.get('ferry.TX')).toBe('page chrome');
    expect(k.get('See related tools')).toBe('page chrome');
    expect(k.get('Operator')).not.toBe('page chrome');
    expect(k.get('The next question comes from the port.')).toBe('paragraph');
    expect(k.get('1 Port of Oslo, annual report, 2024.')).toBe('paragraph');
  });

  it('keeps a list at the end of the text, between its chrome heading and the share buttons', () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\nKey takeaways\nFleet doubles by next year\nShips built in Norway\nThree hundred passengers each\nShare\nFacebook\nTwitter\nEmail`);
    for (const t of ['Fleet doubles by next year', 'Ships built in Norway', 'Three hundred passengers each']) expect(k.get(t), t).toBe('paragraph');
  });

  it("removes a profile's bio under a follow button, and a stranded line between chrome, but not the story's last sentence", () => {
    expect(byText(`${HEAD}${LONG}\n\n${LONG2}\nFollow\nFerry engineer. Views my own.\nTrending now`).get('Ferry engineer. Views my own.')).toBe('author bio');
    expect(byText(`${HEAD}${LONG}\n\n${LONG2}\nShare\nferry.example.com\nPrivacy Policy`).get('ferry.example.com')).toBe('page chrome');
    expect(byText(`${HEAD}${LONG}\nScan the QR code to join our group\nThe operator declined to comment.\n— END —`).get('The operator declined to comment.')).toBe('paragraph');
  });

  it('removes transcript offsets when there are several, and a print view footer', () => {
    const k = byText(`${HEAD}${LONG}\n0:00\n${LONG2}\n0:12\n${LONG}\nPrinted from https://ferry.example.com/fleet`);
    expect(k.get('0:00')).toBe('relative time');
    expect(k.get('0:12')).toBe('relative time');
    expect(k.get('Printed from https://ferry.example.com/fleet')).toBe('site footer');
    expect(kinds(`${HEAD}${LONG}\n10:30\n${LONG2}`)).not.toContain('relative time');
  });
});

describe("a newsletter's tagline", () => {
  it('removes a tagline fragment with its rhythm beside a sign-up prompt, and keeps a sentence stating a rhythm', () => {
    const k = byText(`${HEAD}${LONG}\n\nSign up for Ferry Notes\nNotes on harbour energy, every other Friday.\nSubscribe\n\n${LONG2}`);
    expect(k.get('Notes on harbour energy, every other Friday.')).toBe('share or subscribe prompt');
    expect(byText(`${HEAD}${LONG}\n\nSubscribe to our newsletter\n\nThe ferries run every other Friday.\n\n${LONG2}`).get('The ferries run every other Friday.')).toBe('paragraph');
  });
});

describe('a citation entry and a sign-up box in the text', () => {
  it('removes a BibTeX entry to copy, and keeps a brace that closes nothing', () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\nTo cite this post:\n@article{ferry2031,\ntitle = {Ferry line doubles its fleet},\nauthor = {Kari Hansen},\nyear = {2031}\n}`);
    for (const t of ['@article{ferry2031,', 'title = {Ferry line doubles its fleet},', 'year = {2031}', '}']) expect(k.get(t), t).toBe('page chrome');
    expect(byText(`${HEAD}${LONG}\n\n@harbour{ops,\n${LONG2}`).get('@harbour{ops,')).not.toBe('page chrome');
  });

  it("removes a sign-up box's title over its prompt and button, not a heading over the story's text", () => {
    const k = byText(`${HEAD}${LONG}\n\nFerry Notes Weekly Edition\nSubscribe to the newsletter that tracks the harbour.\nSign Up\n\n${LONG2}\n\nWhat comes next\n${LONG}`);
    expect(k.get('Ferry Notes Weekly Edition')).toBe('share or subscribe prompt');
    expect(k.get('What comes next')).not.toBe('share or subscribe prompt');
  });
  it("removes an app promotion inside the page's footer, but not the story's last line under an ad slot", () => {
    const footer = ['Share', 'Take Us Along', 'Every sailing and every local story you want, right on your phone.', 'Ferry Letter App', 'Read Next', 'Copyright Privacy Policy Terms of Service'];
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n${footer.join('\n')}`);
    for (const t of footer.slice(1, 3)) expect(k.get(t), t).toBe('share or subscribe prompt');
    expect(k.get('Ferry Letter App')).not.toBe('paragraph');
    // The story's own closing line after an advertisement, with only chrome below it, stays.
    const last = 'If you take the morning boat, expect a quieter ride.';
    const k2 = byText(`${HEAD}${LONG}\n\n${LONG2}\n\nAdvertisement\n${last}\nShare\nRead Next`);
    expect(k2.get(last)).toBe('paragraph');
    // Nor a short line with no chrome right above it.
    const k3 = byText(`${HEAD}${LONG}\n\n${LONG2}\n${last}\nShare\nRead Next`);
    expect(k3.get(last)).toBe('paragraph');
  });
  it("removes a release's About block of two paragraphs and the contact block under it", () => {
    const about = 'Quaymark builds charging systems for electric ferries in Norway and Denmark, and employs 140 people in Bergen.';
    const more = 'Founded in 2019, Quaymark has installed chargers at eleven ports and is backed by two Nordic pension funds.';
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n\n${LONG}\n\nAbout Quaymark\n${about}\n${more}\nKari Hansen\nQuaymark AS\n+47 555 01 42\nLegal Disclaimer:\nShare`);
    for (const t of ['About Quaymark', about, more, 'Kari Hansen', 'Quaymark AS']) expect(k.get(t), t).not.toBe('paragraph');
    // The same paragraphs with more of the story after them are the story's.
    const k2 = byText(`${HEAD}${LONG}\n\n${LONG2}\n\nAbout Quaymark\n${about}\n${more}\n${LONG}\n${LONG2}`);
    expect(k2.get(more)).toBe('paragraph');
  });

  it("removes a related card's date stamp among the tail's chrome, but not a figure of the text", () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\nShare this article\nRelated\nFerry rivals cut their fares\nMar 4, 2025 9:05 a.m.\nCopyright © Fjord Post. All rights reserved.`);
    expect(k.get('Mar 4, 2025 9:05 a.m.')).not.toBe('paragraph');
    expect(k.get(LONG2)).toBe('paragraph');
    const m = byText(`${HEAD}${LONG}\n\n${LONG2}\nShare this article\nRelated\nFares rose 4% in 2024\nCopyright © Fjord Post. All rights reserved.`);
    expect(m.get(LONG2)).toBe('paragraph');
  });

  it("removes a profile's bio above its follow button under the profile's name, but not the story's last line above one", () => {
    const k = byText(`${HEAD}${LONG}\n\n${LONG2}\n#ferries #norway\nKari Hansen｜Harbour notes\nShipping writer in Bergen. Writing about ports and power.\nFollow\nRelated articles`);
    expect(k.get('Shipping writer in Bergen. Writing about ports and power.')).toBe('author bio');
    const m = byText(`${HEAD}${LONG}\n\n${LONG2}\nThe operator declined to comment.\nFollow\nRelated articles`);
    expect(m.get('The operator declined to comment.')).toBe('paragraph');
  });
});
