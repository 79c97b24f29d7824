import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe('small-print chrome', () => {
  it('removes postal addresses, with or without a label', () => {
    expect(reason('The Ferry Letter, 14 Quay Road, Unit 2, Portland, ME 04101')).toBe('site footer');
    expect(reason('Fjord Weekly, 88 Harbour St')).toBe('site footer');
    expect(reason('Address: No.9 Binhai Avenue, Qingdao 266000')).toBe('site footer');
    // An address inside a sentence is the story's.
    expect(reason('The company moved to 14 Quay Road, Portland, last year.')).toBeUndefined();
    expect(reason('Harbour Road, the main street, was closed for the parade.')).toBeUndefined();
  });

  it('removes registration numbers, reprint notices and contact lines', () => {
    expect(reason('ICP License No. 11002233')).toBe('site footer');
    expect(reason('This copy is for your personal, non-commercial use only.')).toBe('site footer');
    expect(reason('Media Contact: Ola Nordmann +47 555 01 234')).toBe('site footer');
    expect(reason('Contact: the ferry operator said it would reply on Monday.')).toBeUndefined();
  });

  it("removes a record's labelled fields and lists, tab-separated metadata rows, series numbers and file sizes", () => {
    expect(reason('JEL codes: R41, L92')).toBe('tag list');
    expect(reason('Issues: Shipping | Energy | Ports')).toBe('tag list');
    expect(reason('Journal ref:\tMaritime Letters 12 (2025) 44')).toBe('page chrome');
    expect(reason('Discussion Paper No. 25-117')).toBe('production note');
    expect(reason('[v3] Fri, 7 Mar 2025 10:12:00 UTC (1,204 KB)')).toBe('page chrome');
    // A table of the story's figures, a colon in prose, and a list without pipes, are not records.
    expect(reason('Revenue:\t$5.2 billion')).toBeUndefined();
    expect(reason('Prices: $1 | $2 | $4')).toBeUndefined();
    expect(reason('Three ports: Oslo, Bergen and Kiel.')).toBeUndefined();
    expect(reason('The issues: cost, range and charging time')).toBeUndefined();
  });

  it("removes a host's reprint disclaimer and a feature's production credits other than its writer", () => {
    expect(reason('Portal statement: This article is reprinted from a partner outlet and does not represent our views.')).toBe('production note');
    expect(reason('Typesetting | Kari Hansen')).toBe('wire credits');
    expect(reason('Text | Kari Hansen')).toBeUndefined();
  });

  it('removes a sponsor line with its pitch after a colon', () => {
    expect(reason('Sponsored by Quaymark: charging for ferries, by the hour.')).toBe('advertisement');
    expect(reason('Sponsored by: Ministry of Transport')).toBe('advertisement');
    expect(reason('Sponsored by the state, the ferry line opened in 2019.')).toBeUndefined();
  });

  it('removes MDX import lines and admonition fences, not prose about imports', () => {
    expect(reason("import Chart from '@site/src/Chart';")).toBe('page chrome');
    expect(reason(':::warning Mind the gap')).toBe('page chrome');
    expect(reason(':::')).toBeDefined();
    expect(reason('Imports from Norway rose 12% in 2024.')).toBeUndefined();
  });

  it('removes an end mark between dashes, which a bullet rule would otherwise shorten', () => {
    expect(reason('- END -')).toBe('wire credits');
  });
  it('removes a contact block written with full-width colons, and a phone run together with its mail link', () => {
    expect(reason('Contact Person：Mr. Okafor Bello')).toBe('site footer');
    expect(reason('Tel：03-5550-1827')).toBe('site footer');
    expect(reason('Address：No.4, Quay Rd., Harbour Dist., Port Town 200031 (R.O.C.)')).toBe('site footer');
    expect(reason('Spokesperson: Dr. Ines Varga')).toBe('site footer');
    expect(reason('+44 20 7946 0321 email us here')).toBe('site footer');
    expect(reason('Tel: (02) 555 0142 | Email us')).toBe('site footer');
    // The story naming a contact person, or a count of phone lines, is the story's.
    expect(reason('The ministry said its contact person, Ms. Varga, would answer questions.')).toBeUndefined();
    expect(reason('Contact persons were not named in the filing.')).toBeUndefined();
    expect(reason('Contact: the regulator has asked 14 ferry firms for data.')).toBeUndefined();
  });
});

describe('a footer\'s registration, policy and feedback lines, and an outlet\'s line about itself', () => {
  it('removes a company registration number and a publishing licence', () => {
    expect(reason('Harbour Gazette Media Pte. Ltd. Co. Regn. No. 201912345K')).toBe('site footer');
    expect(reason('Company registration number: 08812345')).toBe('site footer');
    expect(reason('Licence for online news services 2231907')).toBe('site footer');
    // A licence or a registration in a sentence has no long number closing it.
    expect(reason('The ferry line lost its licence for the northern route in 2024.')).toBeUndefined();
    expect(reason('Registration numbers rose 12% last year')).toBeUndefined();
  });

  it('removes feedback and policy links, and a help line', () => {
    expect(reason('Report an editorial error')).toBe('site footer');
    expect(reason('Report a typo')).toBe('site footer');
    expect(reason('Editorial code of conduct')).toBe('site footer');
    expect(reason('Editorial guidelines')).toBe('site footer');
    expect(reason('Data Protection Policy')).toBe('site footer');
    expect(reason('Need help? Contact us here.')).toBe('site footer');
    expect(reason('Report a problem with the ferry timetable to the harbour office.')).toBeUndefined();
    expect(reason('The code of conduct was signed by all 14 ferry firms.')).toBeUndefined();
    expect(reason('Need help? The harbour office answers calls until six.')).toBeUndefined();
  });

  it('removes an acknowledgement of country', () => {
    expect(reason('We acknowledge the Traditional Custodians of the lands on which we work, and pay our respects to Elders past and present.')).toBe('site footer');
    expect(reason('We respectfully acknowledge Aboriginal and Torres Strait Islander peoples as the first peoples of this country.')).toBe('site footer');
    expect(reason('We acknowledge that we are on the unceded territory of the Coast nations.')).toBe('site footer');
    expect(reason('We acknowledge the ferry was late, the operator said.')).toBeUndefined();
  });

  it("removes an outlet's line about itself with its founding year, a print-edition line and a data-delay note", () => {
    expect(reason('The Harbour Wire is an independent news agency serving coastal towns. Founded in 1902.')).toBe('site footer');
    expect(reason('Coast Media is a nonprofit news organization covering the fjords, established in 2011.')).toBe('site footer');
    expect(reason('The Harbour Wire is an independent news agency based in Bergen.')).toBeUndefined();
    expect(reason('From the March 3rd 2031 edition')).toBe('production note');
    expect(reason('From the print edition')).toBe('production note');
    expect(reason('This article appeared in the Business section of the print edition under the headline "Ferries".')).toBe('production note');
    expect(reason('Quotes are a snapshot. Data is delayed at least 20 minutes.')).toBe('widget');
    expect(reason('From the edition of 1902, the gazette printed ferry times.')).toBeUndefined();
    expect(reason('The ferry was delayed 20 minutes by fog.')).toBeUndefined();
  });

  it("removes a blog's post footer, a mail client's blocked-content banner and a translation notice", () => {
    expect(reason('This entry was posted in Shipping, Energy and tagged ferries, batteries, quays.')).toBe('tag list');
    expect(reason('This entry was posted in Shipping. Bookmark the permalink.')).toBe('tag list');
    expect(reason("Some content in this message has been blocked because the sender isn't in your Safe senders list.")).toBe('page chrome');
    expect(reason('Some pictures in this email have been blocked to protect your privacy.')).toBe('page chrome');
    expect(reason('Statement: This article is a translation. In case of any discrepancy, the Norwegian version shall prevail.')).toBe('production note');
    expect(reason('Note: This report is a machine translation.')).toBe('production note');
    expect(reason('This entry was posted in the harbour log in 1902, the archivist said.')).toBeUndefined();
    expect(reason('Some content in the filing was blocked by the court.')).toBeUndefined();
    expect(reason('The treaty is a translation of the 1902 agreement.')).toBeUndefined();
  });
});

