import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

/** What each line became, by its text: a removal reason, or the segment's kind. */

const LONG = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const LONG2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
const LONG3 = 'The yard in Bergen has already started cutting steel for the first two hulls, and expects to deliver them to the operator next spring.';

describe('chrome judged after the header, by its place and its neighbours', () => {
  it('removes a menu item stranded between items the header read as labels, but not a name', () => {
    // A docs site's sidebar, most of whose items the header read as section labels.
    const k = byText(`Skip to main content\nFerryDocs\nEnglish\nGetting Started\nBook Your First Trip\nTimetables & Fares\nThe Luggage Rules\nTickets & Ticket Types\nRefunds\nNews\nNew Battery Ferry 2031/03/03\nFerry line doubles its fleet\n${LONG}\n${LONG2}`);
    // Out of the body either way: the header now reads a docs sidebar's items as section labels (meta), and
    // what it leaves between them is navigation.
    expect(['navigation', 'meta']).toContain(k.get('Book Your First Trip'));
    expect(['navigation', 'meta']).toContain(k.get('Tickets & Ticket Types'));
    expect(k.get(LONG)).toBe('paragraph');
    // A name between labels is the byline's.
    expect(byText(`Harbour Gazette\nShipping\nKari Hansen\nSearch\nFerry line doubles its fleet\n${LONG}\n${LONG2}`).get('Kari Hansen')).not.toBe('navigation');
  });

  it("removes the author's card under a byline split over lines: its role, its note, its follow button, and an update stamp", () => {
    const k = byText(`Ferry line doubles its fleet\nBy\nKari Hansen\n,\nCorrespondent.\nKari Hansen writes about shipping and the economics of ports.\nFollow Author\nShare\n${LONG}\n${LONG2}\n${LONG3}`);
    expect(k.get('Correspondent.')).toBe('author bio');
    expect(k.get('Kari Hansen writes about shipping and the economics of ports.')).toBe('author bio');
    expect(k.get('Follow Author')).not.toBe('paragraph');
    // An update stamp the header's walk passed by (it stopped at the dek) is a note about the page.
    const dek0 = 'The operator wants battery ships on every route.';
    const stamp = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n${dek0}\nUpdated Mar 4, 2025, 10:15am CET\n${LONG}\n${LONG2}`);
    expect(stamp.get('Updated Mar 4, 2025, 10:15am CET')).toBe('production note');
    expect(stamp.get(dek0)).toBe('paragraph');
    expect(k.get(LONG)).toBe('paragraph');
    // The card ends at the first line that is none of these: a standfirst under it stays.
    const dek = 'The operator wants battery ships on every route within a decade';
    const m = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\nCorrespondent, Oslo bureau\n${dek}\n${LONG}\n${LONG2}`);
    expect(m.get('Correspondent, Oslo bureau')).toBe('author bio');
    expect(m.get(dek)).not.toBe('author bio');
  });

  it("removes the author's job line or note right under the byline", () => {
    const job = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nNaval architect, working on hull design\n${LONG}\n${LONG2}`);
    expect(job.get('Naval architect, working on hull design')).toBe('author bio');
    const note = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nKari Hansen covers shipping for the Gazette. She previously worked in Oslo.\n${LONG}\n${LONG2}`);
    expect(note.get('Kari Hansen covers shipping for the Gazette. She previously worked in Oslo.')).toBe('author bio');
    // A standfirst under the byline stays.
    const dek = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nThe operator wants twelve battery ships by 2027\n${LONG}\n${LONG2}`);
    expect(dek.get('The operator wants twelve battery ships by 2027')).not.toBe('author bio');
  });

  it("removes an update stamp and a date's label above the text", () => {
    const k = byText(`Ferry line doubles its fleet\nPor Ana Lima\n03/03/2025 - 09h10\nAktualisiert 03.03.2025 - 11h40\nThis story was first published on\nMarch 3, 2025\n${LONG}\n${LONG2}`);
    // The header's date reader takes a translated update stamp as a second date (meta); chrome takes it where it does not.
    expect(['production note', 'meta']).toContain(k.get('Aktualisiert 03.03.2025 - 11h40'));
    expect(k.get('This story was first published on')).toBe('production note');
  });

  it("removes a caption with a dash credit between the share row and the text, a logo's alt text, a bare link's label and a promoted headline", () => {
    const k = byText(
      `Ferry line doubles its fleet\nMarch 3, 2025\nBy Kari Hansen\nShare\nQuay 4, Bergen – Nordic Yards\n${LONG}\nHarbour & Finch LLP logo\n${LONG2}\nThe design files are here:\nhttps://example.org/ferry-designs\nSponsored\nWhy shore power pays back in five years\n${LONG3}`,
    );
    expect(k.get('Quay 4, Bergen – Nordic Yards')).toBe('image');
    expect(k.get('Harbour & Finch LLP logo')).toBe('image');
    expect(k.get('The design files are here:')).toBe('page chrome');
    expect(k.get('Why shore power pays back in five years')).toBe('advertisement');
    expect(k.get(LONG3)).toBe('paragraph');
    // Any short label of paid content's words, one of them naming the payment, and the offer under it (its rate is a promo's).
    const m = byText(`Ferry line doubles its fleet\nMarch 3, 2025\nBy Kari Hansen\n${LONG}\n${LONG2}\n${LONG3}\nSponsored Partner Offers\nThis travel card gives 0% interest until 2030`);
    expect(m.get('Sponsored Partner Offers')).toBe('advertisement');
    expect(m.get('This travel card gives 0% interest until 2030')).toBe('advertisement');
    expect(byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\nOur partners\n${LONG2}`).get('Our partners')).not.toBe('advertisement');
  });

  it("removes an app's action buttons with their counts in thousands, after zero-width marks", () => {
    const k = byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\n${LONG2}\n\u200bAgree 2.3K\n\u200bDisagree\n\u200b156 comments`);
    expect(k.get('\u200bAgree 2.3K')).toBe('widget');
    expect(k.get('\u200b156 comments')).toBe('widget');
  });

  it('keeps a section heading of the story, a headline about a logo and a line introducing a list', () => {
    const k = byText(`Harbour Gazette unveils new logo\nBy Kari Hansen\nMarch 3, 2025\n${LONG}\nThe new fleet – Nordic Yards\n${LONG2}\nThe three yards bidding are:\n- Nordic Yards\n- Bergen Werft\n${LONG3}`);
    expect(k.get('Harbour Gazette unveils new logo')).toBe('title');
    expect(k.get('The new fleet – Nordic Yards')).not.toBe('image');
    expect(k.get('The three yards bidding are:')).not.toMatch(/chrome|image/);
  });
});

describe("author notes and the page's last lines", () => {
  it('removes an author note opening with the name of a "By" line the header could not read', () => {
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen 03.03.2025 0\n${LONG}\n${LONG2}\nTags:\nFerries\nBatteries\nKari Hansen is a senior editor at the Gazette covering shipping.\nLeave a Reply`);
    expect(k.get('Kari Hansen is a senior editor at the Gazette covering shipping.')).toBe('author bio');
  });

  it('removes a list of authors and their job titles under its heading', () => {
    const k = byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\n${LONG2}\nAuthor Information\nKari J. Hansen\nAnalyst in Maritime Policy\nOla P. Berg\nSpecialist in Port Logistics\nDisclaimer\nThis report was prepared by the Harbour Research Office.`);
    // With no byline above, the header reads the block's names as the authors (header-tail.ts: one byline segment
    // on the first name, holding them all); the heading, the job lines and the other names are the author bio.
    expect(k.get('Kari J. Hansen')).toBe('byline');
    for (const t of ['Author Information', 'Analyst in Maritime Policy', 'Ola P. Berg', 'Specialist in Port Logistics']) expect(k.get(t), t).toBe('author bio');
  });

  it("removes the page's short last line under its chrome, not the story's last line", () => {
    const k = byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\n${LONG2}\nRead more\nPorts brace for battery ships\nNew quay opens in Bergen\nSubscribe to our daily newsletters\nThen join our community.`);
    expect(k.get('Then join our community.')).toBe('page chrome');
    const story = byText(`Ferry line doubles its fleet\nMarch 3, 2025\n${LONG}\n${LONG2}\nAdvertisement\nThe yard declined to comment.`);
    expect(story.get('The yard declined to comment.')).toBe('paragraph');
  });
  it('removes a short line stranded under the headline between the header and chrome, but not a byline or a heading above the text', () => {
    const k = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2031\nTalk about this story\nShare\n${LONG}\n${LONG2}\n${LONG3}`);
    expect(k.get('Talk about this story')).toBe('page chrome');
    // Between two header lines only (no chrome beside it), or a byline the header did not read: left alone.
    const kicker = byText(`Ferry line doubles its fleet\nBy Kari Hansen\nThe view from the quay\nMarch 3, 2031\n${LONG}\n${LONG2}`);
    expect(kicker.get('The view from the quay')).not.toBe('page chrome');
    const byline = byText(`Ferry line doubles its fleet\nMarch 3, 2031\nBy KARI HANSEN/ Staff Writer\nShare\n${LONG}\n${LONG2}`);
    expect(byline.get('By KARI HANSEN/ Staff Writer')).not.toBe('page chrome');
  });
});
