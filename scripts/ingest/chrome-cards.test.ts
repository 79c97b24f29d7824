import { describe, expect, it } from 'vitest';
import { byText } from './chrome.test-helpers.ts';

const LONG = 'The ferry operator said on Monday that it would double its fleet of battery ships by the end of next year, citing demand from commuters.';
const LONG2 = 'Its chief executive told reporters that the new ships would be built in Norway and would each carry about three hundred passengers a trip.';
const LONG3 = 'Port officials said the charging stations at both ends of the route would be finished in the spring, a few weeks ahead of plan.';
const HEAD = 'Fjord Post\nFerry line doubles its fleet\nBy Kari Hansen\nMarch 3, 2025\n';

describe('chrome told by the shape of a group of lines (chrome-cards.ts)', () => {
  it("takes a forum post's header (handle, rank, field labels and values) as a card, and the story around it stays", () => {
    const k = byText(`${HEAD}${LONG}\nReply\nMar 4, 2025\n#2\nharbour_hans42\nSenior Member\nJoined\nMay 6, 2016\nPosts\n2,318\n${LONG2}\n${LONG3}`);
    for (const t of ['harbour_hans42', 'Senior Member', 'Joined', 'May 6, 2016', 'Posts']) expect(k.get(t), t).toBe('page chrome');
    for (const t of [LONG, LONG2, LONG3]) expect(k.get(t)).toBe('paragraph');
  });

  it('leaves a list of labels without chrome in it, a table of figures and a heading over the next paragraph', () => {
    const k = byText(`${HEAD}${LONG}\nKey numbers\nFerries\nCrossings\nPassengers\nPorts\nYards\n${LONG2}\nShare\nTweet\nEmail\nLink copied\nWhere the ships are built\n${LONG3}`);
    for (const t of ['Ferries', 'Crossings', 'Yards']) expect(k.get(t), t).not.toBe('page chrome');
    expect(k.get('Where the ships are built')).not.toBe('page chrome');
    const m = byText(`${HEAD}${LONG}\nModel\nSeats\nRange\nFjord-200\n200\n45km\nFjord-300\n300\n60km\n${LONG2}`);
    expect(m.get('Fjord-200')).not.toBe('page chrome');
  });

  it("takes a teaser set into the story under a chrome label (label, title, date), not a timeline's entry", () => {
    const k = byText(`${HEAD}${LONG}\nFor you\nWhy battery ferries cost less to run\nFebruary 20, 2025\n${LONG2}\nMost read\nBergen opens a second charging pier\n4 hours ago\n${LONG3}`);
    for (const t of ['For you', 'Why battery ferries cost less to run', 'February 20, 2025', 'Bergen opens a second charging pier']) expect(k.get(t), t).toBe('related links');
    const m = byText(`${HEAD}${LONG}\nTimeline\nFirst battery ferry enters service\nJan 5, 2015\n${LONG2}`);
    expect(m.get('First battery ferry enters service')).not.toBe('related links');
  });

  it("takes a quoted post's attribution when an expand control closes the quote, not a speaker introducing a quote", () => {
    const k = byText(`${HEAD}${LONG}\nFjord Post said:\n${LONG2}\nClick to expand...\n${LONG3}`);
    expect(k.get('Fjord Post said:')).toBe('page chrome');
    expect(k.get(LONG2)).toBe('paragraph');
    const m = byText(`${HEAD}${LONG}\nThe mayor said:\n${LONG2}\n${LONG3}`);
    expect(m.get('The mayor said:')).not.toBe('page chrome');
  });

  it("takes an advert's message under its sponsor label and a post's stamp under the story", () => {
    const k = byText(`${HEAD}${LONG}\nTogether with Tidewater Cloud\nRun every ferry timetable in one place. Start free today.\n${LONG2}\nSimilar threads\nAre battery ferries safe in winter?\nStarted by harbour_hans Jan 9, 2025\n`);
    expect(k.get('Run every ferry timetable in one place. Start free today.')).toBe('advertisement');
    expect(k.get('Started by harbour_hans Jan 9, 2025')).toBeDefined();
    expect(k.get('Started by harbour_hans Jan 9, 2025')).not.toBe('paragraph');
    expect(k.get(LONG2)).toBe('paragraph');
  });

  it("takes an advert's slogan right above its button in the story, not a short sentence of the story above a sign-up button", () => {
    const k = byText(`${HEAD}${LONG}\nEvery sailing, first on the Harbour Terminal.\nLEARN MORE\n${LONG2}\nFares rose again.\nSign up\n${LONG3}`);
    expect(k.get('Every sailing, first on the Harbour Terminal.')).toBe('advertisement');
    expect(k.get('Fares rose again.')).toBe('paragraph');
  });

  it("takes a transcript's speaker labels with their timestamps and keeps the speaker's short question under one", () => {
    const k = byText(`Ferry Talk\nEp. 12: The battery ferries\nAired March 3, 2025\nKari Hansen (00:00:04):\n${LONG}\nOla Berg (00:01:10):\nSo what did the ships cost?\nKari Hansen (00:01:13):\n${LONG2}\n`);
    expect(k.get('Ola Berg (00:01:10):')).toBe('page chrome');
    expect(k.get('So what did the ships cost?')).toBe('paragraph');
  });

  it("takes a sponsor's message under its label above the story's first paragraph, its call to action ending in an arrow", () => {
    const k = byText(`Harbour Notes\nMarch 3, 2025\nFerry line doubles its fleet\nTogether with Quayside Cloud\nDeploy models in minutes with one command. Try it free →\n${LONG}\n${LONG2}`);
    expect(k.get('Deploy models in minutes with one command. Try it free →')).toBe('advertisement');
    expect(k.get(LONG)).toBe('paragraph');
    // With no sponsor label above it, a line is the story's.
    const m = byText(`${HEAD}The operator wants riders to start now.\n${LONG}\n${LONG2}`);
    expect(m.get('The operator wants riders to start now.')).toBe('paragraph');
  });
});
