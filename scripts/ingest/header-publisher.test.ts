import { describe, expect, it } from 'vitest';
import { BODY, meta, read } from './header-fixture.ts';
import { looksLikeOutlet } from './outlet-name.ts';

/**
 * Where a page names its publisher: the masthead at the top of its menu, an acronym the footer spells
 * out, an author's bio — never the menu's last item, an advertisement label or a navigation link.
 */

const TAIL = `${BODY}\nThe yard expects to deliver the second ship next spring, the operator added.`;

describe('the site named at the top of its menu', () => {
  it("takes the masthead over the menu's last item left above the headline", () => {
    const text = `FjordPulse\nMarkets\nStocks\nFunds\nShipping\nBudget 2031\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031\n${TAIL}\nCopyright © FjordPulse Media AS. All rights reserved.`;
    expect(meta(read(text)).publisher).toBe('FjordPulse');
    const hub = `FerryHub\nModels\nDatasets\nDocs\nPricing\nLog In\nSign Up\nBack to Articles\nElectric ferry finishes its sea trials two years after the order\nPublished March 12, 2031\n${TAIL}\n© FerryHub`;
    expect(meta(read(hub)).publisher).toBe('FerryHub');
  });

  it('takes a lab\'s name over its menu, not a "Back to blog" link above the headline', () => {
    const text = `Fjord Labs\nFerrySim\nResearch\nBlog\nCareers\nBack to blog\nFerrySim 2: electric ferries at sea\nFjord Team\nMar 12, 20316 min read\n${TAIL}\n© 2031 Fjord Labs. All rights reserved.`;
    expect(meta(read(text)).publisher).toBe('Fjord Labs');
    expect(meta(read(text.replace('Back to blog', '← Return to Blog'))).publisher).toBe('Fjord Labs');
    // A link back to a page of the site is never shaped as the site's name, whatever word it ends on.
    expect(['Back to blog', '← Return to News', 'Go to Labs'].map(looksLikeOutlet)).toEqual([false, false, false]);
    expect(['Fjord Labs Blog', 'The Back Page'].map(looksLikeOutlet)).toEqual([true, true]);
  });

  it("reads a masthead printed twice under a skip link (a logo's text and the name) as the site's name", () => {
    const text = `Skip to main content\nHarbour Ledger\nHarbour Ledger\nSearch\nSign in\nNews\nReviews\nDeals\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031\n${TAIL}`;
    expect(meta(read(text)).publisher).toBe('Harbour Ledger');
    // A doubled name over a profile's fields is a company's tag block, not a masthead.
    expect(meta(read(text.replace('Harbour Ledger\nSearch', 'Harbour Ledger\nLocation: Oslo'))).publisher).not.toBe('Harbour Ledger');
  });

  it("names an article-area copy's paper by its copyright line, without the legal form, but never a parent company", () => {
    const text = `Electric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031 5:48 pm ET\n${TAIL}\nCopyright ©2031 Harbour Journal Co., Inc. All Rights Reserved.`;
    expect(meta(read(text)).publisher).toBe('Harbour Journal');
    expect(meta(read(text.replace('Harbour Journal Co., Inc.', 'Harbour Media Group Ltd.'))).publisher).toBeNull();
    // A company that is no outlet by its name (a shipyard's own page) is not taken either.
    expect(meta(read(text.replace('Harbour Journal Co., Inc.', 'Fjord Shipyards AS'))).publisher).toBeNull();
  });

  it('passes over an ad label above the masthead, and counts the name in a header notice as a mention', () => {
    const text = `Advertisement\nFNB\nNorway\nEurope\nBusiness\nWorld\nSport\nBusiness\nElectric ferry finishes its sea trials two years after the order\nGet a quick summary of this article on FNB Brief.\nMaria Jensen\n12 Mar 2031 06:00AM\n${BODY}\nAdvertisement\n${TAIL}\nAdvertisement\nSource: FNB/mj`;
    expect(meta(read(text)).publisher).toBe('FNB');
    // A name the text never repeats outside the menu is still no site's.
    expect(meta(read(text.replace('on FNB Brief', 'in our app'))).publisher).toBeNull();
  });

  it('reads a masthead in capitals with an ampersand, named again in the copyright line', () => {
    const text = `FERRY & FREIGHT\nMagazine\nMarkets\nStocks\nData\nSubscribe\nSign In\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031\n${TAIL}\nCopyright ©2031 Ferry & Freight Media Inc. All Rights Reserved`;
    expect(meta(read(text)).publisher).toBe('Ferry & Freight');
  });

  it("spells out an acronym masthead from the site's name at the foot", () => {
    const text = `FPB\nEnglish News\nLocal\nWorld\nFinance\nSport\nFinance\nElectric ferry finishes its sea trials two years after the order\n2031-03-12 CET 20:41\n${TAIL}\nBack to top\nFjord Public Broadcasting\nCopyright © 2031 Fjord Public Broadcasting. All rights reserved.`;
    expect(meta(read(text)).publisher).toBe('Fjord Public Broadcasting');
  });
});

describe('a masthead shaped as an outlet\'s name over its menu', () => {
  it('is the site though the page names it once', () => {
    const text = `Harbour TV\nMarkets\nBusiness\nInvesting\nTech\nPolitics\nVideo\nTECH\nElectric ferry finishes its sea trials two years after the order\nPublished Tue, Mar 4 20319:15 AM EST\nMaria Jensen@mariajensen\n${TAIL}`;
    expect(meta(read(text)).publisher).toBe('Harbour TV');
    expect(meta(read(text.replace('Harbour TV', 'Latest Stories Today'))).publisher).toBeNull();
  });
});

describe("the masthead the copyright line at the foot holds", () => {
  it('is the site, under a consent overlay and inside the menu', () => {
    const text = `Your privacy choices\nWe and our 310 partners use cookies and similar technologies to store and access information on your device, and process personal data for ads and content.\nAccept\nReject\nOptions\nThe Northern Chronicle\nSubscribe\nSign in\nNews\nBusiness\nSport\nBusiness\nElectric ferry finishes its sea trials two years after the order\nMaria Jensen, Senior Business Reporter\n12 March 2031 • 8:05am\n${TAIL}\n© The Northern Chronicle 2031`;
    expect(meta(read(text))).toMatchObject({ publisher: 'The Northern Chronicle', authors: ['Maria Jensen'], date: '2031-03-12T08:05' });
    expect(meta(read(text.replace('© The Northern Chronicle 2031', 'Back to top'))).publisher).toBeNull();
  });

  it('but a button over its count under the headline is no site ("Upvote" / "41")', () => {
    const text = `Electric ferry finishes its sea trials two years after the order\nPublished March 12, 2031\nUpvote\n41\nmariaj\nMaria Jensen\n${TAIL}`;
    expect(meta(read(text)).publisher).not.toBe('Upvote');
  });
});

describe("a menu's word shown again under the headline", () => {
  it('is no site name (a mail client\'s "Inbox" label); the newsletter\'s masthead over its issue line is', () => {
    const text = `Skip to content\nCompose\nInbox\nStarred\nSent\nDrafts\nMore\nCranes on the night shift\nInbox\nHarbour Notes <notes@harbour.example> Unsubscribe\nto me\nView in browser\nHARBOUR NOTES\nIssue 12 · March 12, 2031 · by Maria Jensen\n${TAIL}`;
    expect(meta(read(text))).toMatchObject({ title: 'Cranes on the night shift', publisher: 'Harbour Notes', authors: ['Maria Jensen'] });
  });
});

describe("a public body's page", () => {
  it('names the body written with its parents, its full stop an initialism\'s, under the site links', () => {
    const text = `Skip to main content\n:::\nHome\nSite Map\nSearch\nMaritime Safety Administration, Ministry of Transport, R.O.N.\nHome > News > Press Releases\n:::\nElectric ferry finishes its sea trials two years after the order\nPublish Date：2031-03-12\nUpdate Date：2031-03-13\n${TAIL}`;
    expect(meta(read(text))).toMatchObject({ date: '2031-03-12', publisher: 'Maritime Safety Administration, Ministry of Transport, R.O.N.' });
  });
});

describe("the outlet an author's note names", () => {
  const head = `Electric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031\n${TAIL}`;
  it('is the publisher of an article-area copy that names no outlet above', () => {
    expect(meta(read(`${head}\nMaria Jensen covers shipping for The Harbour Gazette from Oslo. More about Maria Jensen`)).publisher).toBe('The Harbour Gazette');
    expect(meta(read(`${head}\nMaria Jensen covers ports and the regional economy for The Fjord Courier.`)).publisher).toBe('The Fjord Courier');
    // "… is a senior reporter at Harbour Crunch covering climate tech.": the name ends where the lower-case words go on.
    expect(meta(read(`${head}\nMaria Jensen\nSenior Reporter\nMaria Jensen is a senior reporter at Harbour Crunch covering climate tech.\nView Bio`)).publisher).toBe('Harbour Crunch');
  });

  it("but not someone else's note, nor a place", () => {
    expect(meta(read(`${head}\nPer Olsen covers shipping for The Harbour Gazette.`)).publisher).toBeNull();
    expect(meta(read(`${head}\nMaria Jensen reports for Norway.`)).publisher).toBeNull();
  });
});

describe("a logo's alt text in the masthead", () => {
  it('names the site as a Markdown clip writes a linked logo', () => {
    const md = `[![Harbour Gazette](https://img.harbour.example/logo.svg)](https://harbour.example/ "Harbour Gazette")\n\n- [Products](https://harbour.example/p "Products")\n- [Pricing](https://harbour.example/pricing "Pricing")\n\n# Electric ferry finishes its sea trials two years after the order\n\nBy Maria Jensen | March 12, 2031\n\n${TAIL}`;
    expect(meta(read(md)).publisher).toBe('Harbour Gazette');
  });

  it('names the site without the word "logo"', () => {
    expect(meta(read(`Harbour Gazette logo\nNews\nBusiness\nSport\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nMarch 12, 2031\n${TAIL}\n© 2031 Harbour Gazette`)).publisher).toBe('Harbour Gazette');
  });
});

describe('a masthead as a logo per screen size, or with a lower-case joining word', () => {
  it('names the site before "Desktop Logo" / "Mobile Logo"', () => {
    const text = `FerryWorks Desktop Logo\nFerryWorks Mobile Logo\nLatest\nShipping\nPorts\nSearch\nShipping\nElectric ferry finishes its sea trials two years after the order\nMaria Jensen\n9:15 AM CET · March 12, 2031\n${TAIL}\nFerryWorks has asked the yard for comment.\n© 2031 FerryWorks Media LLC. All rights reserved.`;
    expect(meta(read(text)).publisher).toBe('FerryWorks');
  });

  it('reads "Ports in Focus" over the menu as the name its copyright line holds', () => {
    const text = `Ports in Focus\nNews\nShipping\nJobs\nLog in\nSubscribe\nElectric ferry finishes its sea trials two years after the order\nMaria Jensen\nMar 12, 2031 · 9:15 AM\n${TAIL}\nCopyright © 2031 Ports in Focus Pte Ltd`;
    expect(meta(read(text)).publisher).toBe('Ports in Focus');
    expect(meta(read(text.replace('Copyright © 2031 Ports in Focus Pte Ltd', 'Back to top'))).publisher).toBeNull();
  });
});

describe("a dateline's initials spelled out by the copyright line", () => {
  it('give "The Harbour Press" as the copyright line writes it; a wide gap after "By" is no second fact', () => {
    const text = `Skip to main content\nHarbour Press\nWorld\nBusiness\nMenu\nElectric ferry finishes its sea trials two years after the order\nBy  MARIA JENSEN\nUpdated 6:14 PM CET, March 12, 2031\nBERGEN, Norway (HP) — ${BODY}\n${TAIL}\nCopyright 2031 The Harbour Press. All Rights Reserved.`;
    expect(meta(read(text))).toMatchObject({ publisher: 'The Harbour Press', authors: ['Maria Jensen'] });
  });
});

describe("a writer's line naming what the writer makes", () => {
  it('is a byline ("Jane Doe, author of Harbour AM+"), and the name lines under it add their authors', () => {
    const text = `Harbour\nLocal\nNewsletters\nSign in\nBusiness\nWorld\nMar 12, 2031 - Business\nElectric ferry finishes its sea trials two years after the order\nMaria Jensen, author of Harbour Ports+\nMaria Jensen\nPer Olsen\n${TAIL}\nHarbour`;
    expect(meta(read(text))).toMatchObject({ authors: ['Maria Jensen', 'Per Olsen'], publisher: 'Harbour' });
  });
});

describe("a byline's outlet written by the site's initials", () => {
  it('is the site the masthead spells out ("By A, HNN Business" under "Harbour News Network")', () => {
    const text = `Skip to main content\nHarbour News Network\nBusiness\nMarkets\nTech\nSign in\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen, HNN Business\nUpdated 6:05 PM CET, Tue March 12, 2031\n${TAIL}`;
    expect(meta(read(text))).toMatchObject({ authors: ['Maria Jensen'], publisher: 'Harbour News Network' });
    // Initials no line spells out stay the byline's outlet.
    expect(meta(read(text.replace('Harbour News Network', 'Front Page'))).publisher).toBe('HNN Business');
    // Initials glued to the desk's word, under a masthead with its article: "By A, HGtech" under "The Harbour Gazette".
    const glued = `The Harbour Gazette\nMarkets\nTech\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen, HGtech\nMarch 12, 2031\n${TAIL}`;
    expect(meta(read(glued))).toMatchObject({ authors: ['Maria Jensen'], publisher: 'The Harbour Gazette' });
  });
});

describe("a notes app's list of page properties under the headline", () => {
  it('reads "- Author: [[A]]" and "- URL: …" as the byline and the address; its "## Metadata" heading names no site', () => {
    const md = `# Electric ferry finishes its sea trials two years after the order\n\n![cover](https://img.example/c.png)\n\n## Metadata\n- Author: [[Maria Jensen]]\n- Full Title: Electric ferry finishes its sea trials two years after the order\n- Category: #articles\n- URL: https://harbour.example/ferry-trials\n\n## Highlights\n\n- ${BODY}`;
    expect(meta(read(md))).toMatchObject({ authors: ['Maria Jensen'], publisher: null, url: 'https://harbour.example/ferry-trials', date: null });
  });
});

describe('a skip link over a masthead whose initials hold the copyright', () => {
  it('"Skip Navigation" is no byline; "Harbour Street Business" is the site "© 2031 HSB LLC" owns', () => {
    const text = `Skip Navigation\nHarbour Street Business\nMarkets\nBusiness\nInvesting\nTech\nMenu\nTECH\nElectric ferry finishes its sea trials two years after the order\nPUBLISHED TUE, MAR 11 2031 5:31 AM CET\nMaria Jensen\n${TAIL}\nSubscribe to HSB PRO\n© 2031 HSB LLC. All Rights Reserved.`;
    expect(meta(read(text))).toMatchObject({ authors: ['Maria Jensen'], publisher: 'Harbour Street Business' });
    // Other initials at the foot: no site named.
    expect(meta(read(text.replace('© 2031 HSB LLC', '© 2031 Larkspur LLC')))).toMatchObject({ authors: ['Maria Jensen'], publisher: null });
  });
});

describe('a masthead "The …" inside the menu that the text names mid-sentence', () => {
  it('is the site ("Millions turn to The Harbour Courier …"); a sentence-opening "The" is no name', () => {
    const text = `Skip to main content\nPrint subscriptions\nSign in\nThe Harbour Courier\nNews\nOpinion\nSport\nShipping\nElectric ferry finishes its sea trials two years after the order\nMaria Jensen Shipping editor\nTue 11 Mar 2031 06.00 CET\n${TAIL}\nMillions turn to The Harbour Courier every month for independent journalism.`;
    expect(meta(read(text)).publisher).toBe('The Harbour Courier');
    expect(meta(read(text.replace('Millions turn to The Harbour Courier every month', 'The Harbour Courier is read every month')))).toMatchObject({ publisher: null });
  });
});

describe("a logo's letters over the menu", () => {
  it('spell the copyright holder\'s initials: "[hpr-logo]" is "Harbour Ports Review"', () => {
    const text = `[hpr-logo]\nMenu\n• Business\n• Markets\n• Tech\nShipping\nElectric ferry finishes its sea trials two years after the order\nMARIA JENSEN, Bergen\nMarch 12, 2031 17:40 CET\n${TAIL}\nCopyright © Harbour Ports Review Ltd. All rights reserved.`;
    expect(meta(read(text)).publisher).toBe('Harbour Ports Review');
    // Letters the copyright holder's name does not spell are no logo of it; the copyright line still names the site (copyrightOwner).
    expect(meta(read(text.replace('[hpr-logo]', '[xyz-logo]'))).publisher).toBe('Harbour Ports Review');
    expect(meta(read(text.replace('[hpr-logo]', '[xyz-logo]').replace('Harbour Ports Review Ltd.', 'Harbour Media Group Ltd.'))).publisher).toBeNull();
  });
});
