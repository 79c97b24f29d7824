import { describe, expect, it } from 'vitest';
import { parseByline, tailByline, wireReporters } from './byline.ts';
import { parseCreditParts, parseRoleCredit } from './byline-credits.ts';
import { parseNameLine, titleCase } from './byline-names.ts';
import { spelledOut } from './outlet-name.ts';
import { parseNameWithJob } from './byline-job.ts';
import { readMeta } from './header-line.ts';
import { looksLikeOutlet } from './outlet-name.ts';

describe('parseCreditParts', () => {
  it('reads each semicolon part on its own: a job title with a place names nobody, a name may carry its outlet', () => {
    expect(parseCreditParts('Staff reporter, Bergen; Kari Hansen, FJORDTIMES Nordic')).toEqual({ authors: ['Kari Hansen'], publisher: 'FJORDTIMES Nordic' });
    expect(parseCreditParts('Ola Nordmann; Kari Hansen')).toEqual({ authors: ['Ola Nordmann', 'Kari Hansen'] });
    expect(parseCreditParts('Prices rose; demand fell')).toBeUndefined();
  });
});

describe('parseRoleCredit', () => {
  it('reads the writer credited by role, with an outlet before the role; other roles name no author', () => {
    expect(parseRoleCredit('Text | Kari Hansen')).toEqual({ authors: ['Kari Hansen'] });
    expect(parseRoleCredit('Fjord Wire reporter | Kari Hansen')).toEqual({ authors: ['Kari Hansen'], publisher: 'Fjord Wire' });
    for (const line of ['Editor | Kari Hansen', 'Typesetting | Ola Nordmann', 'Image source | Fjord Photo', 'Text | the ferry'])
      expect(parseRoleCredit(line)).toBeUndefined();
  });
});

describe('parseByline', () => {
  it.each([
    ['By Ola Nordmann', ['Ola Nordmann'], undefined],
    ['By Ola Nordmann and Kari Hansen', ['Ola Nordmann', 'Kari Hansen'], undefined],
    ['By Ines Duarte, Piotr Nowak and Kari Hansen', ['Ines Duarte', 'Piotr Nowak', 'Kari Hansen'], undefined],
    ['By Ines Duarte, with Piotr Nowak in Gdansk', ['Ines Duarte', 'Piotr Nowak'], undefined],
    ['Written by Kari Hansen', ['Kari Hansen'], undefined],
    ['Author: Kari Hansen', ['Kari Hansen'], undefined],
    ['Hosts: Ola Nordmann and Kari Hansen', ['Ola Nordmann', 'Kari Hansen'], undefined],
    ['By Ola Nordmann | Harbour Gazette', ['Ola Nordmann'], 'Harbour Gazette'],
    ['By Ola Nordmann, Harbour Gazette', ['Ola Nordmann'], 'Harbour Gazette'],
    ['By Ola Nordmann for The Fjord Post', ['Ola Nordmann'], 'The Fjord Post'],
    ['By OLA NORDMANN', ['Ola Nordmann'], undefined],
    ['From Kari Hansen (now), Piotr Nowak (earlier) and agencies', ['Kari Hansen', 'Piotr Nowak'], undefined],
    ['By Ursula van der Berg', ['Ursula van der Berg'], undefined],
    ['By: Kari Hansen', ['Kari Hansen'], undefined],
    ['Analysts: Ola Nordmann, CFA; Kari Hansen', ['Ola Nordmann', 'Kari Hansen'], undefined],
    ['Reporter: Ola Nordmann, Bergen; Kari Hansen, Oslo', ['Ola Nordmann', 'Kari Hansen'], undefined],
    ['By OLA NORDMANN and KARI HANSEN', ['Ola Nordmann', 'Kari Hansen'], undefined],
    ['Guest essay by Dr. Kari Hansen, Senior Fellow at the Fjord Institute', ['Kari Hansen'], undefined],
    ['By Kari Hansen, Senior Correspondent', ['Kari Hansen'], undefined],
    ['By Kari Hansen / Harbour Gazette', ['Kari Hansen'], 'Harbour Gazette'],
    // A publishing platform's handle with the writer's name in brackets.
    ['by @fjordcoder (Kari Hansen)', ['Kari Hansen'], undefined],
    // The agencies a reporter worked with are neither authors nor the publisher; a person worked with is an author.
    ['By Kari Hansen with AFP', ['Kari Hansen'], undefined],
    ['By Kari Hansen with AFP and Reuters', ['Kari Hansen'], undefined],
    ['By Kari Hansen with agencies', ['Kari Hansen'], undefined],
    // A domain after "for" is where the page is, not the outlet's name.
    ['By KARI HANSEN, TRANSPORT EDITOR FOR HARBOURPOST.COM', ['Kari Hansen'], undefined],
    // The word for "by" of Portuguese, Spanish, French, German and Dutch pages.
    ['Por Ines Duarte', ['Ines Duarte'], undefined],
    ['Par Claire Martin et Ola Nordmann', ['Claire Martin', 'Ola Nordmann'], undefined],
    ['Von Kari Hansen', ['Kari Hansen'], undefined],
    // The role first, without "By"; a romanised Korean or Chinese given name compromise does not know.
    ['Reporter Kim Tae-yang', ['Kim Tae-yang'], undefined],
    ['Senior correspondent Ines Duarte', ['Ines Duarte'], undefined],
    // An agency or outlet as the byline is the publisher, not an author.
    ['By Fjordwire', [], 'Fjordwire'],
    ['By NWA', [], 'NWA'],
    ['By The Harbour Press', [], 'The Harbour Press'],
  ])('%j', (line, authors, publisher) => {
    expect(parseByline(line)).toEqual({ authors, ...(publisher ? { publisher } : {}) });
  });

  it.each(['by the shipyard in Gdansk', 'By then, the ferry was late.', 'From the deck, the view is grey.', 'Bystanders watched the launch', 'Reporter Jailed In Port City', 'Reporter Wins Award', 'Por favor', 'Par for the course'])(
    'is not a byline: %j',
    (line) => {
      expect(parseByline(line)).toBeUndefined();
    },
  );
});

describe('parseNameLine', () => {
  it('keeps surnames that are plural words, but not a group label', () => {
    expect(parseNameLine('Kari Banks, Ola Woods')).toEqual(['Kari Banks', 'Ola Woods']);
    expect(parseNameLine('Conference Participants')).toBeUndefined();
  });

  it('reads a bare list of names', () => {
    expect(parseNameLine('Piotr Nowak, Ines Duarte')).toEqual(['Piotr Nowak', 'Ines Duarte']);
    expect(parseNameLine('Kari Hansen and Ola Nordmann')).toEqual(['Kari Hansen', 'Ola Nordmann']);
    // Names in capitals joined by a lower-case "and", each with the city it was written from after a comma.
    expect(parseNameLine('KARI HANSEN, Oslo, and WU MEILIN, Shanghai')).toEqual(['Kari Hansen', 'Wu Meilin']);
    expect(parseNameLine('KARI HANSEN and OLA NORDMANN')).toEqual(['Kari Hansen', 'Ola Nordmann']);
    expect(parseNameLine('KARI HANSEN')).toEqual(['Kari Hansen']);
    expect(parseNameLine('Lena Park')).toEqual(['Lena Park']);
    expect(parseNameLine('Staff Reporter')).toBeUndefined();
  });

  it.each(['Artificial Intelligence, Machine Learning', 'Global Markets', 'Harbour Gazette', 'AI Pricing', 'Ferries go electric', 'Company Participants', 'JAN\tFEB\tMAR'])('is not a name line: %j', (line) => {
    expect(parseNameLine(line)).toBeUndefined();
  });
});

describe('outlets and credits', () => {
  it('recognises outlet-shaped names', () => {
    for (const name of ['The Fjord Post', 'GearboxDaily', 'Harbour Gazette', 'gearbox.io', 'Land of Lakes', 'Rope & Rigging', 'Le Courrier du Port', 'Die Hafenzeitung', 'Fjord Ferries ASA', 'HARBOUR CAPITAL MANAGEMENT, LP', 'Acme Robotics Inc.', 'Crane & Birk LLP']) expect(looksLikeOutlet(name), name).toBe(true);
    for (const name of ['Kari Hansen', 'Transport', 'A sentence, with a comma.', 'Jan de Vries', 'The yard hired 300 workers in Gdansk, including Kari Hansen of Acme Robotics Inc.']) expect(looksLikeOutlet(name), name).toBe(false);
  });

  it('writes capitals as names, keeping two-letter words', () => {
    expect(titleCase('THE FJORD POST')).toBe('The Fjord Post');
    expect(titleCase('AI WEEKLY')).toBe('AI Weekly');
  });

  it('reads the reporters of a wire credit, not its editors or helpers', () => {
    expect(wireReporters('Reporting by Ola Nordmann and Kari Hansen in Oslo; Editing by Piotr Nowak')).toEqual(['Ola Nordmann', 'Kari Hansen']);
    expect(wireReporters('(Reporting by Ines Duarte; Editing by Piotr Nowak)')).toEqual(['Ines Duarte']);
    expect(wireReporters('Additional reporting by Ines Duarte')).toBeUndefined();
  });
});

describe('bylines in capitals and with a job title', () => {
  it('splits names joined by "AND" in a byline set in capitals', () => {
    expect(parseByline('BY MARIA JENSEN AND PER OLSEN')?.authors).toEqual(['Maria Jensen', 'Per Olsen']);
  });

  it('reads a job title after the name as no outlet, and a role before the name as not part of it', () => {
    expect(parseByline('By Maria Jensen · Staff Writer')).toEqual({ authors: ['Maria Jensen'] });
    expect(parseByline('By Maria Jensen | Harbour Gazette')).toEqual({ authors: ['Maria Jensen'], publisher: 'Harbour Gazette' });
    expect(parseByline('By technology reporter Maria Jensen')).toEqual({ authors: ['Maria Jensen'] });
    expect(parseByline('By senior Europe correspondent Maria Jensen')).toEqual({ authors: ['Maria Jensen'] });
    // Names in capitals before a slash and a job title in mixed case ("NAME/ Staff Writer"), or an outlet.
    expect(parseByline('By MARIA JENSEN/ Staff Writer')).toEqual({ authors: ['Maria Jensen'] });
    expect(parseByline('By PER OLSEN / Harbour Gazette')).toEqual({ authors: ['Per Olsen'], publisher: 'Harbour Gazette' });
    // A name in capitals beside a job title after a comma; "By" before a name and its job title without a comma.
    expect(parseByline('By MARIA JENSEN, Staff Writer')).toEqual({ authors: ['Maria Jensen'] });
    expect(parseByline('By MARIA JENSEN AND PER OLSEN, Staff Writers')).toEqual({ authors: ['Maria Jensen', 'Per Olsen'] });
    expect(parseNameWithJob('By Maria Jensen Technology correspondent')).toEqual(['Maria Jensen']);
    // Names joined by "and", one with its job title: both names, never the job.
    expect(parseNameWithJob('Maria Jensen Global shipping editor and Per Olsen')).toEqual(['Maria Jensen', 'Per Olsen']);
    expect(parseNameWithJob('Maria Jensen and Per Olsen Ports correspondent')).toEqual(['Maria Jensen', 'Per Olsen']);
    expect(parseNameWithJob('Cranes and ferries and the night shift')).toBeUndefined();
    // Another role's credit after the bar names no outlet.
    expect(parseByline('Written by Maria Jensen | Edited by Per Olsen')).toEqual({ authors: ['Maria Jensen'] });
    expect(readMeta('Written by Maria Jensen | Edited by Per Olsen', false)).toEqual({ kind: 'byline', authors: ['Maria Jensen'] });
  });

  it('names the authors of a byline standing at the end only in its explicit forms', () => {
    expect(tailByline('(By Maria Jensen and Per Olsen)')).toEqual(['Maria Jensen', 'Per Olsen']);
    expect(tailByline('Written by Maria Jensen')).toEqual(['Maria Jensen']);
    expect(tailByline('By Maria Jensen')).toBeUndefined();
    expect(tailByline('(By the numbers)')).toBeUndefined();
  });

  it('spells out an agency’s initials from a copyright line', () => {
    expect(spelledOut('HNA', ['Related', '© 2031 Harbour News Agency. All Rights Reserved.'])).toBe('Harbour News Agency');
    expect(spelledOut('HNA', ['© 2031 Harbour Media Group.'])).toBeUndefined();
    expect(spelledOut('Reuters', ['© 2031 Reuters.'])).toBeUndefined();
    // A masthead line that is the name alone spells it out too; a longer line does not.
    expect(spelledOut('NWS', ['Nordic Wire Service', 'Home'])).toBe('Nordic Wire Service');
    expect(spelledOut('NWS', ['Nordic Wire Service reporters said'])).toBeUndefined();
    // A dateline's short name ("(Fjordline)") that the masthead writes in full; a copyright line or another word is not it.
    expect(spelledOut('Fjordline', ['Home', 'Fjordline Wire'])).toBe('Fjordline Wire');
    expect(spelledOut('Fjordline', ['© 2031 Fjordline Group', 'Fjordline Ferries Ltd'])).toBeUndefined();
    // A logo's alt text names the site as the masthead does.
    expect(spelledOut('Fjordline', ['Play', 'Fjordline Wire logo', 'Fjordline Wire'])).toBe('Fjordline Wire');
  });
});

describe('parseNameLine: names set in capitals', () => {
  it('writes each part of a joined name as a name, not a two-letter acronym', () => {
    expect(parseNameLine('NOURA AL-HAMADI')).toEqual(['Noura Al-Hamadi']);
    expect(parseNameLine('KIM SO-YEON')).toEqual(['Kim So-Yeon']);
  });
});

describe('parseNameLine: honorifics', () => {
  it('drops an honorific before each name of a bare name line', () => {
    expect(parseNameLine('Dr. Ines Varga, Tomas Lindqvist')).toEqual(['Ines Varga', 'Tomas Lindqvist']);
    expect(parseNameLine('Prof Ines Varga')).toEqual(['Ines Varga']);
  });
});
