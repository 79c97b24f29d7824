import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.ts';
import { BODY, meta, read } from './header-fixture.ts';

/**
 * Header layouts of news sites' article pages as a browser's "select all" copies them: a long menu,
 * the headline, a standfirst written as sentences, the byline and date, then a share bar, a paywall
 * or audio-player label above the text. The headline is the line over the byline and date, not a
 * label further down.
 */

const MENU = 'Harbour Gazette\nMenu\nSearch\nLog In\nWorld\nEurope\nBusiness\nOpinion\nShipping';
const DEK = 'The yard says the vessel is ready for service. But operators fear the charging network will not be.';

describe('a standfirst written as sentences between the headline and the byline', () => {
  it('keeps the headline above it, and a share bar under the date is no site menu', () => {
    const a = read(`${MENU}\nThe Ferry Nobody Wanted to Build\n${DEK}\nBy Maria Jensen and Per Olsen\n12.03.2031, 17.12\nX.com\nFacebook\nCopy link\nShare this article now\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'The Ferry Nobody Wanted to Build', date: '2031-03-12T17:12', authors: ['Maria Jensen', 'Per Olsen'] });
  });

  it('past a newsletter prompt and a photo caption between the standfirst and the byline', () => {
    const a = read(`${MENU}\nElectric ferry finishes its sea trials in the Baltic\nYard lifts its order book after a winter of tests\nSign up for our weekly shipping newsletter\nOur editor picks her favourite stories in this weekly newsletter.\nThe ferry at the quay in Gdansk. © Gazette Photo Desk\nMaria Jensen in Oslo and Per Olsen in Gdansk\nPublished March 12 2031\nJump to comments section\nPrint this page\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials in the Baltic', date: '2031-03-12', authors: ['Maria Jensen', 'Per Olsen'] });
  });

  it('with a paywall label under the date', () => {
    const a = read(`${MENU}\nAt the Oslo ferry fair, Europe bets its yards can still catch up\n${DEK}\nBy Maria Jensen\nPublished on March 12, 2031, at 6:45 pm\nReading time 3 min.\nArticle reserved for subscribers\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'At the Oslo ferry fair, Europe bets its yards can still catch up', date: '2031-03-12T18:45', authors: ['Maria Jensen'] });
  });
});

describe("a byline compromise cannot read", () => {
  it('takes a name-shaped line right above the date under the headline as the author', () => {
    const a = read(`Harbour Morning Post\nLogin\nSubscribe\nShipping\nGet more with our app today\nSHIPPING\nElectric ferry finishes its sea trials two years after the order\nThe yard has kept its staff small while spending heavily on batteries, according to people familiar with the matter\nChan Siu-ming\nPublished: 8:30pm, 5 Mar 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials two years after the order', date: '2031-03-05T20:30', authors: ['Chan Siu-ming'] });
  });

  it('but not a name-shaped line above the text, nor a phrase', () => {
    expect(meta(read(`Electric ferry finishes its sea trials\nHarbour Gazette\n${BODY}`)).authors).toEqual([]);
    expect(meta(read(`Electric ferry finishes its sea trials\nOpen Letter Now\nMarch 12, 2031\n${BODY}`)).authors).toEqual([]);
    // Nor a dateline's place over the date.
    for (const place of ['Hong Kong', 'San Francisco', 'Buenos Aires']) expect(meta(read(`Electric ferry finishes its sea trials\n${place}\nMarch 12, 2031\n${BODY}`)).authors).toEqual([]);
  });
});

describe('bylines that name the kind of piece, a show\'s hosts, or join names in the page\'s first language', () => {
  it.each([
    ['A Harbour Gazette Staff Report by Maria Jensen und Per Olsen', ['Maria Jensen', 'Per Olsen']],
    ['An Investigation by Maria Jensen', ['Maria Jensen']],
    ['Hosted by Maria Jensen and Per Olsen', ['Maria Jensen', 'Per Olsen']],
    ['Reporting by Maria Jensen et Per Olsen', ['Maria Jensen', 'Per Olsen']],
  ])('%s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it('needs a capitalised name after "by": a sentence about a report is no byline', () => {
    expect(parseByline('A report by the ministry found delays')).toBeUndefined();
    expect(parseByline('The Interview by which she is known')).toBeUndefined();
  });
});

describe('a row of header facts', () => {
  it('split by slashes: a desk, the domain in capitals and the date; the domain names no outlet', () => {
    const a = read(`Harbour Gazette\nElectric ferry finishes its sea trials in the Baltic\nHG Shipping Desk / HARBOURGAZETTE.COM / Updated: Mar 12, 2031, 11:02 CET\n${BODY}`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T11:02', publisher: 'Harbour Gazette' });
  });

  it('of a content system\'s fields: "Article Source: …  Article Type: Original  <date>"', () => {
    const a = read(`Ministry of Shipping\nMinistry Comments on Ferry Subsidy Rules\nArticle Source: Maritime Press Office  Article Type: Original  2031-03-12 10:40\n${BODY}`);
    expect(meta(a).date).toBe('2031-03-12T10:40');
  });

  it('but a breadcrumb split by slashes is no date line', () => {
    const a = read(`Harbour Gazette\nShipping / Ferries / Baltic\nElectric ferry finishes its sea trials in the Baltic\nMarch 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials in the Baltic', date: '2031-03-12' });
  });
});

describe("a copy tracker's line under the text", () => {
  it('reads "Read more at: <URL>" as the original address', () => {
    const url = 'https://www.harbourgazette.example/shipping/ferry-trials/articleshow/1177.cms';
    const a = read(`Electric ferry finishes its sea trials\nMarch 12, 2031\n${BODY}\nRead more at: ${url}\nDownload the Harbour Gazette app for daily shipping news.`);
    expect(meta(a).url).toBe(url);
    expect(a.body.map((b) => b.text)).not.toContain(`Read more at: ${url}`);
  });
});

describe('author cards', () => {
  it('reads every name of a row of cards, past each card\'s picture label ("Avatar: Name")', () => {
    const a = read(`Harbour Gazette\nSign up\nLog in\nShipping\nMarch 12, 2031 - Shipping\nElectric ferry finishes its sea trials in the Baltic\nAvatar: Maria Jensen\nMaria Jensen\nAvatar: Per Olsen\nPer Olsen\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials in the Baltic', date: '2031-03-12', authors: ['Maria Jensen', 'Per Olsen'] });
    // A card's picture label of four words or more is no body text either.
    const b = read(`Harbour Gazette\nShipping\nElectric tugboats arrive in Rotterdam\nAvatar: Femke de Vries\nFemke de Vries\nAvatar: Joost Bakker\nJoost Bakker\n${BODY}`);
    expect(meta(b).authors).toEqual(['Femke de Vries', 'Joost Bakker']);
    expect(b.body.map((x) => x.text)).toEqual([BODY]);
  });
});

describe('a code host\'s release page and a social thread', () => {
  it('takes "v1.2.0: …" as the headline (a colon makes no outlet name), and the item under "Navigation Menu" for no site', () => {
    const a = read(`Skip to content\nNavigation Menu\nProduct\nSolutions\nPricing\nSign in\nharbour-labs / ferrytool\nPublic\nCode\nIssues 41\nActions\nReleases\nReleases / v1.2.0\nv1.2.0: Battery models and Baltic routes\nLatest\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'v1.2.0: Battery models and Baltic routes', publisher: null });
  });

  it('reads a thread opening "1/ …" as text without a headline, under the app\'s "Post" and "Conversation" labels', () => {
    const a = read(`Post\nSee new posts\nConversation\nMaria Jensen\n@mjensen_ferries\n1/ The new ferry finished its trials today. Here is what the numbers say 🧵\n9:41 PM · Mar 12, 2031\n2/ It charges in twelve minutes at each end of the crossing, the operator says.`);
    expect(meta(a)).toMatchObject({ date: '2031-03-12T21:41', authors: ['Maria Jensen'], publisher: null });
    expect(a.titleInferred).toBe(true);
  });
});

describe('a terminal story copied as text, and a text-only forum', () => {
  it('drops the flash headline and the topic codes above the story\'s own headline', () => {
    const a = read(`HW 03/12 09:41 *FERRICO JUMPS 12% AS BATTERY FERRY PASSES TRIALS\nNI SHIP NI NORWAY NI BATTERY\nFerrico Jumps Most in a Year as Battery Ferry Passes Sea Trials\nBy Maria Jensen and Per Olsen\n2031-03-12 14:41:09.512 GMT\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Ferrico Jumps Most in a Year as Battery Ferry Passes Sea Trials', date: '2031-03-12T14:41', authors: ['Maria Jensen', 'Per Olsen'] });
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });

  it('reads the site\'s name printed before its menu on one line', () => {
    const a = read(`Harbour Forum new | past | comments | ask | show | submit login\nAsk HF: Are battery ferries worth it on long crossings?\n212 points by ferryfan 3 days ago | hide | past | favorite | 97 comments\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Ask HF: Are battery ferries worth it on long crossings?', publisher: 'Harbour Forum' });
  });
});

describe("a masthead that drops a name's small words", () => {
  it('takes the name as the footer writes it in full', () => {
    const a = read(`Ministry of Shipping Kingdom of Norway\nHome\nNews\nMinistry Comments on Ferry Subsidy Rules\n2031-03-12 10:40\n${BODY}\nSponsored by: Ministry of Shipping of the Kingdom of Norway`);
    expect(meta(a).publisher).toBe('Ministry of Shipping of the Kingdom of Norway');
    // A longer name that adds words of its own is another body, not the full form.
    const b = read(`Ministry of Shipping Kingdom of Norway\nHome\nNews\nMinistry Comments on Ferry Subsidy Rules\n2031-03-12 10:40\n${BODY}\nA statement from the Ministry of Shipping and Fisheries of the Kingdom of Norway followed.`);
    expect(meta(b).publisher).toBe('Ministry of Shipping Kingdom of Norway');
  });
});

describe("the site's name at the top of its menu", () => {
  const nav = 'Skip to main content\nHarbour Business Daily\nAll News\nEconomy\nIndustry\nFinance\nReal Estate\nOpinion';
  it('under a skip link: the masthead the copyright line names again', () => {
    const a = read(`${nav}\nFerry operator posts record annual profit as demand for crossings grows\nBy Maria Jensen\nMarch 12, 2031\n${BODY}\nCopyright © Harbour Business Daily. All rights reserved.`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbour Business Daily', authors: ['Maria Jensen'] });
  });

  it('under a skip link in other words ("Go to accessibility shortcuts"): the masthead; a reporter\'s agency is not the outlet', () => {
    const a = read(`Go to accessibility shortcuts\nHarbourvista\nLatest\nEurope\nBusiness\nFerry operator posts record annual profit as demand for crossings grows\nBy Maria Jensen with AFP\nMarch 12, 2031\n${BODY}\nHarbourvista is committed to independent journalism. © Copyright 2031 Harbourvista`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbourvista', authors: ['Maria Jensen'] });
  });

  it('a body\'s name with its portal\'s label ("Harbour Commission - Press corner") names the body', () => {
    const a = read(`Skip to main content\nHarbour Commission - Press corner\nEnglish\nSearch\nHome\nPress release\nMarch 12, 2031\nFerry operator posts record annual profit as demand for crossings grows\n${BODY}`);
    expect(meta(a).publisher).toBe('Harbour Commission');
  });

  it('under the page\'s address printed above it, a masthead its host name spells ("Harbour Daily" on harbourdaily.example.com)', () => {
    const a = read(`https://www.harbourdaily.example.com/2031/03/12/ferry-profit/\nHarbour Daily\nNewsletters\nEvents\nPodcasts\nFerry operator posts record annual profit as demand for crossings grows\nMaria Jensen\nMarch 12, 2031, 3:20 PM\n${BODY}`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbour Daily', url: 'https://www.harbourdaily.example.com/2031/03/12/ferry-profit/' });
    // Another host spells no name.
    const b = read(`https://www.portnews.example.com/2031/03/12/ferry-profit/\nHarbour Daily\nNewsletters\nEvents\nPodcasts\nFerry operator posts record annual profit as demand for crossings grows\nMaria Jensen\nMarch 12, 2031, 3:20 PM\n${BODY}`);
    expect(b.publisher).toBeUndefined();
  });

  it('over a section word standing right above the headline: the word is the section, not the outlet', () => {
    const a = read(`Harbour Business Daily\nNews\nAnalysis\nFeatures\nOpinion\nEvents\nMagazine\nSign in\nShipbuilding\nFerry operator posts record annual profit as demand for crossings grows\nMarch 12, 2031\nBy Maria Jensen\n${BODY}\nMore from Harbour Business Daily`);
    expect(meta(a)).toMatchObject({ publisher: 'Harbour Business Daily', title: 'Ferry operator posts record annual profit as demand for crossings grows' });
    // Without a menu above it, a one-word line over the headline is still the site's name.
    expect(meta(read(`Shipwright\nFerry operator posts record annual profit as demand for crossings grows\nMarch 12, 2031\n${BODY}`)).publisher).toBe('Shipwright');
  });
});

describe("a government site's banner above the masthead", () => {
  it('reads past the sentences explaining ".gov" and HTTPS between the banner\'s toggles to the headline and its weekday date', () => {
    const banner = "Skip to main content\nAn official website of the United States government\nHere's how you know\nOfficial websites use .gov\nA .gov website belongs to an official government organization in the United States.\nSecure .gov websites use HTTPS\nA lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.";
    const a = read(`${banner}\nMaritime Administration\nAbout\nNews\nGrants\nCareers\nContact\nPress Release\nMaritime Administration Awards $40 Million for Ferry Terminal Upgrades\nThursday, March 13, 2031\nFor Immediate Release\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Maritime Administration Awards $40 Million for Ferry Terminal Upgrades', date: '2031-03-13' });
    expect(a.body.map((b) => b.text)).toContain(BODY);
  });
});

describe("a docs site's news page", () => {
  it('takes the title printed twice under the sidebar (breadcrumb, then heading) as the headline, not the first highlight under it', () => {
    const side = 'Skip to main content\nFerryKit Docs\nQuick Start\nYour First Booking\nFares & Pricing\nRate Limits\nError Codes\nNews\nFerryKit 3 Release 2031/03/12\nFerryKit App 2031/02/20\nAPI Reference\nFAQ\nChange Log\nNews';
    const a = read(`${side}\nFerryKit 3 Release 2031/03/12\nFerryKit 3 Release 2031/03/12\n⚡ Bookings twice as fast\n📖 Open-source client libraries\n${BODY}\nPrevious\nChange Log`);
    expect(a.title).toBe('FerryKit 3 Release 2031/03/12');
  });
});

describe("a Q&A page's counters", () => {
  it('takes "View all 217 answers" over the answerer as a widget, never the headline', () => {
    const a = read(`Harbour Answers\nHome\nExplore\nWhy did the ferry terminal open two years late?\nFollow the question\n1,204 followers\n60,117 views\nView all 217 answers\n${BODY}`);
    expect(a.title).not.toBe('View all 217 answers');
    expect(a.body.map((b) => b.text)).not.toContain('View all 217 answers');
  });
});

describe("a masthead's logo text beside its domain", () => {
  it('names the outlet by the logo text, not by the tagline under it', () => {
    const a = read(`HGZ harbourgazette.info\nHarbour news in 4 languages\nEnglish en\nNorsk no\nFerry operator posts record annual profit as demand for crossings grows\nMarch 12, 2031\n${BODY}`);
    expect(meta(a)).toMatchObject({ publisher: 'HGZ', title: 'Ferry operator posts record annual profit as demand for crossings grows' });
  });
});

describe('notices written as sentences between the headline and its date', () => {
  it('looks past two of them and a bare name to the date under the headline', () => {
    const a = read(`${MENU}\nElectric ferry finishes its sea trials two years after the order\nGet a quick summary of this article in our app.\nThis audio is read by a synthetic voice.\nMaria Jensen\n12 Mar 2031 06:00AM\n(Updated: 12 Mar 2031 09:15AM)\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials two years after the order', date: '2031-03-12T06:00', authors: ['Maria Jensen'] });
  });

  it('counts only lines left as text: a share bar, an audio player, a caption and its credit stand between a dek and the byline', () => {
    const a = read(`Electric ferry finishes its sea trials two years after the order\nThe yard says the vessel is ready, but operators fear the chargers will not be.\nShare full article\nListen to this article · 4:12 min Learn more\nThe ferry at the quay in Gdansk on Monday.\nCredit...Piotr Nowak for The Harbour Gazette\nBy Maria Jensen and Per Olsen\nReporting from Oslo and Gdansk\nPublished March 12, 2031Updated March 13, 2031, 9:14 a.m. ET\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Electric ferry finishes its sea trials two years after the order', date: '2031-03-12', authors: ['Maria Jensen', 'Per Olsen'] });
    // "Reporting from …" says where the reporters are: no outlet.
    expect(meta(a).publisher).not.toBe('Reporting from Oslo and Gdansk');
  });
});

describe('a headline written as two sentences over a standfirst', () => {
  it('is the headline when the byline follows the standfirst', () => {
    const a = read(`${MENU}\nShipping Stocks\nFerry Shares Suffer Record Loss. Why the Battery Ship Spooked the Trade.\nThe operator lost more market value than any shipping company has in a single day. Investors are asking whether the bet on batteries can pay off.\nBy Maria Jensen\nMarch 12, 2031, 4:28 pm EST\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Ferry Shares Suffer Record Loss. Why the Battery Ship Spooked the Trade.', date: '2031-03-12T16:28', authors: ['Maria Jensen'] });
  });
});

describe('the first publication stated under the text', () => {
  const top = `${MENU}\nElectric ferry finishes its sea trials two years after the order\nBy Maria Jensen\nUpdated March 13, 2031 6:12 AM\n${BODY}\nThe yard expects to deliver the second ship next spring, the operator added.`;
  it('wins over an update at the top', () => {
    expect(meta(read(`${top}\nThis story was originally published March 12, 2031 at 5:00 AM.\nRead Next`)).date).toBe('2031-03-12T05:00');
    expect(meta(read(`${top}\nFirst published on 12 March 2031.`)).date).toBe('2031-03-12');
  });

  it('but not a later date, nor a date in a sentence of the text', () => {
    expect(meta(read(`${top}\nThis story was originally published March 14, 2031 at 5:00 AM.`)).date).toBe('2031-03-13T06:12');
    expect(meta(read(`${top}\nThe yard's plan was originally published in a trade paper on March 2, 2031, and revised since.`)).date).toBe('2031-03-13T06:12');
  });
});

describe("a menu's last item above the headline", () => {
  it('is no byline when compromise knows it as a place as well as a name', () => {
    const countries = ['Bhutan', 'Cambodia', 'China', 'India', 'Japan', 'Nepal', 'Pakistan', 'Singapore', 'Sri Lanka', 'Thailand'].join('\n');
    const a = read(`ANN\nAsia News Network\n${countries}\nHome / Europe / Business\nElectric ferry finishes its sea trials two years after the order\nKim Min-seo\nThe Harbour Ledger\nMarch 12, 2031\n${BODY}`);
    expect(meta(a).authors).toEqual(['Kim Min-seo']);
  });
});

describe("a blog hub's author cards", () => {
  it('reads every name line past the handle above it', () => {
    const a = read(`FerryHub\nModels\nDocs\nBack to Articles\nElectric ferry finishes its sea trials two years after the order\nPublished March 12, 2031\nUpvote\n86\nmariaj\nMaria Jensen\nperolsen\nPer Olsen\n${BODY}`);
    expect(meta(a).authors).toEqual(['Maria Jensen', 'Per Olsen']);
  });
});

describe("a release page's header repeated after the text", () => {
  it('reads the headline, provider and date even though a "You just read:" block prints them again', () => {
    const head = 'Fjord Ferries brings three battery ships into service on the Bergen crossing';
    const a = read(`Wire Hub\nNewsroom\nPricing\nSign In\nPress Release\n${head}\nCommuters can book the new crossings through the regional travel app at lower fares\nNews Provided By\nFjord Ferries ASA\nMar 12, 2031, 09:30 GMT\nShare This Article\n${BODY}\nThe yard expects to deliver the second ship next spring, the operator added in a statement on its website on Monday.\nAbout Fjord Ferries\nFjord Ferries ASA\nYou just read:\n${head}\nNews Provided By\nFjord Ferries ASA\nMar 12, 2031, 09:30 GMT\nMore From This Author`);
    expect(meta(a)).toMatchObject({ title: head, date: '2031-03-12T09:30', publisher: 'Fjord Ferries ASA' });
  });
});

describe('labelled lines under the date', () => {
  it("are the page's labels, not the text: 'Views：3,482', 'Font Size：S M L'", () => {
    const a = read(`Electric ferry finishes its sea trials two years after the order\nPublish Date：2031-03-12\nSource：Maritime Division\nViews：3,482\nFont Size：S M L\n${BODY}`);
    expect(meta(a).date).toBe('2031-03-12');
    expect(a.body.map((b) => b.text)).toEqual([BODY]);
  });
});

describe('a name and its job title after a slash or comma, under the headline', () => {
  it('is the byline, the name in capitals written as a name', () => {
    const head = `${MENU}\nElectric ferry finishes its sea trials two years after the order`;
    expect(meta(read(`${head}\n2031/03/12 18:30 CET\nMARIA JENSEN / HG staff writer\n${BODY}`)).authors).toEqual(['Maria Jensen']);
    expect(meta(read(`${head}\nMaria Jensen, Senior Shipping Reporter\n12 March 2031 • 5:47pm\n${BODY}`))).toMatchObject({ authors: ['Maria Jensen'], date: '2031-03-12T17:47' });
  });
});

describe('"Reporting from …" between the byline and the date', () => {
  it('is neither the headline nor the outlet', () => {
    const a = read(`Battery Ferry Clears Trials, Opening Door to Baltic Orders\nThe vessel's success could reshape how northern Europe moves commuters across its fjords.\nShare full article\nBy Maria Jensen\nReporting from Bergen, Norway\nPublished March 12, 2031Updated March 13, 2031, 7:10 a.m. ET\n${BODY}`);
    expect(meta(a)).toMatchObject({ title: 'Battery Ferry Clears Trials, Opening Door to Baltic Orders', date: '2031-03-12', authors: ['Maria Jensen'], publisher: null });
  });
});

describe('author rows of mainstream pages', () => {
  const head = `${MENU}\nElectric ferry finishes its sea trials two years after the order`;
  it('reads a name with a job title naming the outlet, stacked names with their job titles, a middle-dot row, a contributor credit', () => {
    expect(meta(read(`${head}\nMaria Jensen, Gazette staff writer\nMarch 12, 2031 09:15 CET\n${BODY}`)).authors).toEqual(['Maria Jensen']);
    expect(meta(read(`${head}\nMaria Jensen\nSenior Reporter\nPer Olsen\nReporter\nMarch 12, 2031\n${BODY}`)).authors).toEqual(['Maria Jensen', 'Per Olsen']);
    expect(meta(read(`${head}\nMaria Jensen · Per Olsen\n12 March 2031\n${BODY}`)).authors).toEqual(['Maria Jensen', 'Per Olsen']);
    const credited = meta(read(`${head}\nBy Maria Jensen, with additional reporting by Per Olsen\nMar 12, 2031\n${BODY}`));
    expect(credited.authors).toEqual(['Maria Jensen']);
    expect(credited.publisher).not.toMatch(/reporting/);
  });
});
