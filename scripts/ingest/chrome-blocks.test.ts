import { describe, expect, it } from 'vitest';
import { markChrome } from './chrome-blocks.ts';
import { byText } from './chrome.test-helpers.ts';
import { markAuthorBio } from './chrome-bio.ts';
import { units } from './units.ts';

const kinds = (text: string) => {
  const us = units(text);
  const marked = markChrome(us);
  return us.map((u, i) => {
    const s = marked.get(i);
    return s ? (s.kind === 'boilerplate' ? s.reason : s.kind) : 'text';
  });
};

describe('markChrome: blocks', () => {
  it('removes a quote widget: stock symbols over their price changes, and its label', () => {
    expect(kinds('Companies in this story:\nNYSE: FRRY\n-1.8%\nGDN\n+0.4%\nElectric Ferry Finishes Its Sea Trials\nThe ferry operator said on Monday that its vessel had completed sea trials.')).toEqual([
      'widget', 'widget', 'widget', 'widget', 'widget', 'text', 'text',
    ]);
    // A symbol-shaped word alone is not a widget without a price change under it.
    expect(kinds('NATO\nThe alliance met in Oslo on Monday to discuss ferries and drones at length.')).toEqual(['text', 'text']);
  });

  it('leaves a person\'s name written twice (a profile header) to the byline rules, but a doubled name with profile fields is a tag block', () => {
    expect(kinds('Ola Nordmann\nOla Nordmann\nThe ferry operator said on Monday that its vessel had completed sea trials.')).toEqual(['text', 'text', 'text']);
    expect(kinds('Gearbox Media\nGearbox Media\nLocation: Oslo\nThe ferry operator said on Monday that its vessel had completed sea trials.')).toEqual([
      'company tag block', 'company tag block', 'company tag block', 'text',
    ]);
  });

  it('follows a link list over timestamps between its titles, and over one-line blocks when its heading stands alone', () => {
    expect(kinds('Key events\n4h ago\nCrew says the ferry is ready\n5h ago\nPort officials brief on rules\nThe ferry operator said on Monday that its vessel had completed sea trials in the fjord.')).toEqual([
      'related links', 'relative time', 'related links', 'relative time', 'related links', 'text',
    ]);
    expect(kinds('The ferry operator said on Monday that its vessel had completed sea trials.\n\nRelated\n\nWhy batteries are the new diesel\n\nFerries of the north')).toEqual(['text', 'page chrome', 'related links', 'related links']);
    // Or over the one block of titles right under it (a clipper's Markdown list of links), never a block holding a sentence.
    const P = 'The ferry operator said on Monday that its vessel had completed sea trials.';
    expect(kinds(`${P}\n\n**More from the harbour**\n\n- [Why batteries are the new diesel](https://example.org/a)\n- [Ferries of the north](https://example.org/b)`)).toEqual(['text', 'related links', 'related links', 'related links']);
    expect(kinds(`${P}\n\n**More from the harbour**\n\n- [Why batteries are the new diesel](https://example.org/a)\n- The operator expects its second vessel in May.`).slice(2)).toEqual(['text', 'text']);
  });

  it('removes a running header or footer that recurs with body text between, but not a headline repeated under itself', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`Harbour Research Partners        Page 1 of 2\n${long}\nHarbour Research Partners        Page 2 of 2\n${long}`)).toEqual(['page chrome', 'text', 'page chrome', 'text']);
    expect(kinds(`Electric Ferry Finishes Its Sea Trials\nBy Ola Nordmann\nElectric Ferry Finishes Its Sea Trials\n${long}`)).toEqual(['text', 'text', 'text', 'text']);
    expect(kinds(`OLA NORDMANN\n${long}\nOLA NORDMANN\n${long}`)).toEqual(['text', 'text', 'text', 'text']);
    // A long headline's own words are no body between its two copies (a portal prints it above and below the byline).
    const headline = 'Electric ferry operator finishes its long sea trials two years after the order';
    expect(kinds(`${headline}\nStory by Ola Nordmann and Kari Hansen Berg\n${headline}\n${long}`)).toEqual(['text', 'text', 'text', 'text']);
  });

  it("removes a printed page's header and footer: a long header with bars or slashes, page numbers at either end, a URL with a page counter", () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    const head = '3/2/26, 9:41 PM Electric ferry finishes its sea trials after two years of delays in the fjord | Harbour Weekly';
    expect(kinds(`${head}\n${long}\nhttps://harbour.example.org/2026/03/ferry-trials 1/2\n${head}\n${long}\nhttps://harbour.example.org/2026/03/ferry-trials 2/2`)).toEqual([
      'page chrome', 'text', 'page chrome', 'page chrome', 'text', 'page chrome',
    ]);
    // A gazette's header with the page number before it on even pages and after it on odd ones.
    expect(kinds(`112 Maritime Gazette / Vol. 7, No. 3 / Friday, March 6, 2026 / Notices\n${long}\nMaritime Gazette / Vol. 7, No. 3 / Friday, March 6, 2026 / Notices 113\n${long}`)).toEqual([
      'page chrome', 'text', 'page chrome', 'text',
    ]);
    // A print header with the site after a dash, and a footer with the address without its scheme; body text between them wrapped in short lines.
    const wrapped = 'The ferry operator said on Wednesday that it would double its fleet,\nafter a first year in which the ferries carried more passengers than expected.';
    expect(kinds(`5/7/26, 10:02 AM Ferry operator doubles fleet - Coastal Times\n${wrapped}\ncoastal.example.no/ferry-fleet 1/2\n5/7/26, 10:02 AM Ferry operator doubles fleet - Coastal Times\n${wrapped}\ncoastal.example.no/ferry-fleet 2/2`)).toEqual([
      'page chrome', 'text', 'text', 'page chrome', 'page chrome', 'text', 'text', 'page chrome',
    ]);
    expect(kinds(`${long}\nhttps://harbour.example.org/ferry Page 1 of 2\n${long}\nhttps://harbour.example.org/ferry Page 2 of 2`)).toEqual(['text', 'page chrome', 'text', 'page chrome']);
    // A long line with bars that recurs without body text between is not a running header; nor is a sentence.
    expect(kinds(`Ferries | Ports | Battery ships | The quiet revolution in short-sea shipping\nFerries | Ports | Battery ships | The quiet revolution in short-sea shipping\n${long}`)[0]).not.toBe('page chrome');
    expect(kinds(`${long}\nThe ferry sails at 9 a.m. / returns at 5 p.m. every day.\n${long}\nThe ferry sails at 9 a.m. / returns at 5 p.m. every day.`)).toEqual(['text', 'text', 'text', 'text']);
  });

  it("removes a market widget's title and item names above its figures, but not a heading above prose", () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\nFuel Prices\nBrent\n74.12\n-2.05%\nDiesel\n$1,204.50\n+0.40%\n${long}`)).toEqual([
      'text', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'widget', 'text',
    ]);
    expect(kinds(`${long}\nFuel Prices\nBrent\n74.12\n-2.05%\nPrices as of 4:30pm CET.\nCensus data as of 2020 show the islands lost residents.`)).toEqual([
      'text', 'widget', 'widget', 'widget', 'widget', 'widget', 'text',
    ]);
    expect(kinds(`${long}\nOn the Exchange\nFTSE 100 8,112.40 +0.31%\nDAX 18,220.10 -0.12%\n${long}`)).toEqual(['text', 'widget', 'widget', 'widget', 'text']);
    expect(kinds(`${long}\nWhat comes next\n${long}`)).toEqual(['text', 'text', 'text']);
  });

  it('removes a citation entry run together on one line, reading its URL', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\n@misc{nordmann2026ferry, title = {Battery ferries at sea}, year = {2026}, url = {https://harbour.example.org/ferries/} }`)).toEqual(['text', 'meta']);
    expect(kinds(`${long}\n@article{nordmann2026, title = {Battery ferries}, journal = {Maritime Letters}, year = {2026} }`)).toEqual(['text', 'page chrome']);
  });

  it("removes a citation box's heading and lead-in above its entry, but not the story's sentence above them", () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    const entry = '@misc{ferry2031,\ntitle = {Battery ferries at sea},\nauthor = {Ferry Team},\nyear = {2031}\n}';
    expect(kinds(`${long}\nCitation\nPlease cite this post if the trial data helped your work.\n${entry}`).slice(0, 3)).toEqual(['text', 'page chrome', 'page chrome']);
    expect(kinds(`${long}\nThe trial data is public.\n${entry}`).slice(0, 2)).toEqual(['text', 'text']);
  });

  it("removes a sponsor's message under its label, with or without a colon, when the message calls to action", () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\nA MESSAGE FROM HULLCOAT\nBarnacles cost fuel. Learn how HullCoat keeps a hull clean for five years.\n${long}`)).toEqual(['text', 'advertisement', 'advertisement', 'text']);
    expect(kinds(`${long}\nA message from the harbour master:\nThe outer pier will close on Friday for repairs.\n${long}`)).toEqual(['text', 'text', 'text', 'text']);
  });

  it('removes short lines stranded between chrome after the body starts, but not a heading before prose', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\nSort by:\nBest\nlevel 1\nharbour_fan\n· 2 mo. ago\nThe crossing takes twenty minutes.\nReply`)).toEqual([
      'text', 'comment form', 'page chrome', 'page chrome', 'page chrome', 'relative time', 'text', 'page chrome',
    ]);
    expect(kinds(`${long}\nAdvertisement\nWhat comes next\n${long}`)).toEqual(['text', 'page chrome', 'text', 'text']);
  });

  it('removes a tag cloud of items up to three words long', () => {
    expect(kinds('The ferry operator said on Monday that its vessel had completed sea trials.\n\nBattery Ships\nPorts\nAI\nMixture Of Experts')).toEqual([
      'text', 'navigation', 'navigation', 'navigation', 'navigation',
    ]);
  });

  it('removes a tag list under its label alone on a line', () => {
    expect(kinds('The ferry operator said on Monday that its vessel had completed sea trials.\nTopics\nFerries, Batteries, Ola Nordmann, Ports\nKeywords\n#ferries #ports #battery ships')).toEqual([
      'text', 'tag list', 'tag list', 'tag list', 'tag list',
    ]);
  });

  it('removes the link titles under a "Related" heading, up to the end of its block', () => {
    expect(kinds('Body text that is long enough to be a paragraph of the article, with a full stop.\n\nRelated stories\nDrone makers race to cut prices\nThe battery plant nobody wanted\n\nAnother real paragraph.')).toEqual([
      'text', 'related links', 'related links', 'related links', 'text',
    ]);
  });

  it('keeps the headline below a "Most read" list at the top of the page', () => {
    const k = kinds('Most read from Gearbox\nFerries go electric\nRail strike ends\nDrone Maker Doubles Output at Porto Plant\nGearbox -- A Portuguese drone maker said on Monday that it had doubled output at its main plant, after a year of delays.');
    expect(k).toEqual(['related links', 'related links', 'related links', 'text', 'text']);
  });

  it('takes a caption beside a photo credit in a small block, but never a heading or a body paragraph', () => {
    expect(kinds('Body paragraph one, long enough to be the article and ending in a full stop as it should.\n\nPhoto: Ana Lima/Reuters\nA drone lands on a test pad near Porto.\n\nMore body.')).toEqual([
      'text', 'credit', 'image', 'text',
    ]);
    expect(kinds('Photo by Ana Lima: https://example.org/a\n\nWhere The Money Goes\n\nBody.')).toEqual(['credit', 'text', 'text']);
  });

  it('removes a menu or tag cloud: four or more one- or two-word lines in a row', () => {
    expect(kinds('Ships\nPorts\nEnergy\nOpinion\n\nReal text of the article, long enough to be read as a paragraph.')).toEqual([
      'navigation', 'navigation', 'navigation', 'navigation', 'text',
    ]);
    expect(kinds('Nvidia\nAMD\n\nReal text.')).toEqual(['text', 'text', 'text']);
  });

  it('removes an "About <company>" block at the end, but not a closing sentence starting with "About"', () => {
    const withBio = (text: string) => {
      const us = units(text);
      const out = markChrome(us);
      markAuthorBio(us, out, []);
      return us.map((_, i) => (out.get(i)?.kind === 'boilerplate' ? (out.get(i) as { reason: string }).reason : 'text'));
    };
    expect(withBio('Body text.\n\nAbout Gearbox Ferries\nGearbox builds battery ferries in Bergen.\nMedia contact\npress@gearbox.example.org')).toEqual([
      'text', 'site footer', 'site footer', 'site footer', 'site footer',
    ]);
    expect(withBio('Body text.\n\nAbout China, the data are thin.\n\nAbout Harbour Gazette')).toEqual(['text', 'text', 'site footer']);
  });

  it('runs a comment form to the end of the file', () => {
    expect(kinds('Real article text ends here.\n\n14 comments\nName\nEmail\nPost')).toEqual(['text', 'comment form', 'comment form', 'comment form', 'comment form']);
  });

  it('opens no comment form at a comment count above the article (a forum header), so no body line is lost', () => {
    const body = 'The harbour authority said on Monday that its new crane fleet moves twice as many containers an hour as the one it replaced last spring.';
    const k = kinds(`Ferry news\n48 comments\nShare\n${body}\nThe cranes were built abroad, the authority said.\nSort by:\nBest`);
    expect(k[1]).not.toBe('comment form');
    expect(k[3]).toBe('text');
    expect(k[4]).toBe('text');
  });

  it('takes no body sentence as the caption of a credit that already holds its caption', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\n\nferry.jpg\nThe ferry in Bergen harbour. Photograph: Ola Nordmann/Reuters\nThe service will start in May.`)).toEqual(['text', 'image', 'credit', 'text']);
  });

  it('takes no body sentence beside a caption that holds its own credit, in a wire story of one-sentence paragraphs', () => {
    // No paragraph reaches the "long" mark, so every line is above the first long one: only the caption's own
    // description decides. A description of several words before a bracketed or dashed credit is a whole caption.
    const story = ['The operator will invest more than 4 billion kroner in battery ferries over the next three years, it said on Monday.', 'The amount exceeds what it spent on its fleet over the past decade, it said.'];
    expect(kinds(`${story[0]}\n${story[1]}\nPhoto shows a battery ferry at the quay in Bergen, western Norway. (Photo/NTB)\nThe order follows a tender that closed in January.`)).toEqual(['text', 'text', 'image', 'text']);
    expect(kinds(`${story[0]}\nThe minister speaks at the port in Bergen, 11 February 2031 - Photo: Ola Nordmann/NTB via Getty Images\n${story[1]}`)).toEqual(['text', 'credit', 'text']);
    expect(kinds(`${story[0]}\n${story[1]}\nThe chief executive speaks at a conference in Oslo. (Photo by Kari Berg/Bloomberg via Getty Images)\nThe order follows a tender that closed in January.`)).toEqual(['text', 'text', 'credit', 'text']);
    // A credit alone still takes the caption beside it.
    expect(kinds(`${story[0]}\n\nPhoto: Ola Nordmann/NTB via Getty Images\nA visitor walks past a ferry model at a fair in Oslo on July 4, 2030.\n\n${story[1]}`)).toEqual(['text', 'credit', 'image', 'text']);
  });

  it('reads an audio player\'s label as a control: the short lead paragraph under it is the story, not a caption', () => {
    const lead = 'When the port authority opened bids for charging berths last year, it expected about 12 offers. By May, it had received 31.';
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed with a yard in the south of the country and a year later than the city had been promised.';
    expect(kinds(`Listen to this story\n${lead}\n${long}`)).toEqual(['widget', 'text', 'text']);
    expect(kinds(`Listen to this article (4 min)\n${lead}\n${long}`)).toEqual(['widget', 'text', 'text']);
  });

  it('takes one caption per photo credit: short body sentences below it are never taken in a chain', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed with a yard in the south of the country and a year later than the city had been promised.';
    // Caption above the credit: the short sentences below it are body text.
    expect(kinds(`Battery ferries get a licence\nThe new ferry in Bergen harbour.\nOla Nordmann/Reuters\nThe operator ordered four vessels in 2029.\nTwo are already at sea.\nThe rest follow in May.\n${long}`)).toEqual([
      'text', 'image', 'credit', 'text', 'text', 'text', 'text',
    ]);
    // Credit above its caption (no line above reads as one): only the next line is the caption.
    expect(kinds(`Ola Nordmann/Reuters\nThe new ferry in Bergen harbour.\nTwo are already at sea.\n${long}`)).toEqual(['credit', 'image', 'text', 'text']);
  });

  it('opens a comment form at "Comments (214)" at the end', () => {
    expect(kinds('The ferry operator said on Monday that its vessel had completed sea trials in the fjord.\nComments (214)')).toEqual(['text', 'comment form']);
  });

  it('marks an author note at the end only for a byline name or after "About the author"', () => {
    const text = 'Body text.\n\nOla Nordmann is a senior reporter covering logistics.\n\nAna Lima is an analyst at a Lisbon bank.';
    const us = units(text);
    const out = markChrome(us);
    markAuthorBio(us, out, ['Ola Nordmann']);
    expect([...out.values()].map((s) => s.text)).toEqual(['Ola Nordmann is a senior reporter covering logistics.']);
    const about = units('Body.\n\nAbout the author\n\nKari writes about ships.');
    const marked = markChrome(about);
    markAuthorBio(about, marked, []);
    expect([...marked.keys()].sort()).toEqual([1, 2]);
    // By first name, and the sentence after it.
    const tail = units('Body.\n\nKari covers shipping for the paper.\n\nShe previously worked in Bergen.');
    const t = markChrome(tail);
    markAuthorBio(tail, t, ['Kari Hansen']);
    expect([...t.keys()].sort()).toEqual([1, 2]);
    // By a leading part of a longer byline name.
    const part = units('Body.\n\nIvo Chen is a technology reporter at the paper, covering ports.');
    const p = markChrome(part);
    markAuthorBio(part, p, ['Ivo Chen Jiaqi']);
    expect([...p.keys()]).toEqual([1]);
  });

  it('removes a comment section from its heading with a count or kind to the end', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\n${long}\nComments 1,204\nkarin_h\nGreat news for the fjord.`)).toEqual(['text', 'text', 'comment form', 'comment form', 'comment form']);
    expect(kinds(`${long}\n${long}\nTop Comments\nkarin_h\nGreat news for the fjord.`)).toEqual(['text', 'text', 'comment form', 'comment form', 'comment form']);
  });

  it('removes a menu below the text whose items are partly known chrome, with its group labels, but not a list of names', () => {
    const long = 'The ferry operator said on Monday that its first battery vessel had completed sea trials, two years after the order was placed.';
    expect(kinds(`${long}\nDownloads:\nView PDF\nHTML Version\nOther Formats\nData files`)).toEqual(['text', 'navigation', 'navigation', 'navigation', 'navigation', 'navigation']);
    expect(kinds(`Downloads:\nView PDF\nHTML Version\nOther Formats\n${long}`).slice(0, 1)).toEqual(['text']);
  });
  it('leaves the first of header lines echoed only below the story ("You just read:"), and takes the echo', () => {
    const long = (k: number) => `The port authority said container traffic rose ${k} percent in March as new cranes came into service, and that two more berths would open next year at a cost of about 40 million euros.`;
    const text = [
      'Port of Vesta opens its second battery-powered container terminal',
      'Provided By',
      'Vesta Port Holdings Ltd',
      'March 3, 2031, 09:30 GMT',
      '',
      long(12),
      long(14),
      '',
      'You just read:',
      'Port of Vesta opens its second battery-powered container terminal',
      'Provided By',
      'Vesta Port Holdings Ltd',
      'March 3, 2031, 09:30 GMT',
    ].join('\n');
    const k = kinds(text);
    expect(k[0]).toBe('text');
    expect(k[2]).toBe('text');
    expect(k[3]).toBe('text');
    expect(k.slice(7)).toEqual(['page chrome', 'page chrome', 'page chrome', 'page chrome']);
  });
});

describe('topic lists with follow buttons, and link lists by their headings', () => {
  const HEAD = 'Ferry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2031\n\n';
  const P1 = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
  const P2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
  it('takes "Follow topic:" and the topics under it', () => {
    const k = byText(`${HEAD}${P1}\n\nFollow topics:\nShipping\nBattery ferries\n\n${P2}`);
    for (const t of ['Follow topics:', 'Shipping', 'Battery ferries']) expect(k.get(t), t).toBe('tag list');
    expect(k.get(P2)).toBe('paragraph');
  });

  it('takes the titles under "Visual Stories" and "Today\'s Top News"', () => {
    const k = byText(`${HEAD}${P1}\n\n${P2}\n\nVisual Stories\n10 most scenic ferry routes in Norway\n\nToday's Top News\nOslo opens its second quay\nFjord tolls to rise in May\n© 2031 Harbour Media`);
    for (const t of ['Visual Stories', '10 most scenic ferry routes in Norway', "Today's Top News", 'Oslo opens its second quay', 'Fjord tolls to rise in May']) expect(k.get(t), t).toBe('related links');
  });
});
