import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe('chrome addressed to the reader, and notes about the page', () => {
  it('removes notices, prompts and controls addressed to the reader', () => {
    const cases: [string, string][] = [
      ['With your current subscription plan you can comment on stories. However, please create a display name in your profile first.', 'comment form'],
      ['You must be logged in to your account to comment on this story.', 'comment form'],
      ['You need to be a registered member to see more of this thread. Register now, it is free!', 'comment form'],
      ['Ferry Weekly is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.', 'production note'],
      ['Harbour Review may earn a commission when you buy through links in this article.', 'production note'],
      ['Contact me with news and offers from other brands', 'share or subscribe prompt'],
      ['Receive email from us on behalf of our trusted partners or sponsors', 'share or subscribe prompt'],
      ['Fjord Post is the go-to source for shipping news. Sign up for our weekly newsletter.', 'share or subscribe prompt'],
      ['Join our daily and weekly newsletters for the latest updates and exclusive content on shipping. Learn More', 'share or subscribe prompt'],
      ['(Catch all the Shipping News and Latest News Updates on The Harbour Ledger.)', 'share or subscribe prompt'],
      ['Lire en français', 'navigation'],
      ['Read this article in Deutsch', 'navigation'],
      ['Jump to:', 'navigation'],
      ['Add to your selections', 'share or subscribe prompt'],
      ['Time to read 4 min.', 'relative time'],
      ['An error occured.', 'widget'],
      ['The content you requested does not exist or is not available anymore.', 'widget'],
      ['Top comments (12)', 'comment form'],
      ['Discuss on Hacker News', 'share or subscribe prompt'],
      ['Share Ten lessons from a ferry timetable on linkedin', 'share or subscribe prompt'],
      ['Sponsored: How to cut your fleet fuel bill', 'advertisement'],
      ['Get tide data you can trust. Try the Harbour terminal free for 14 days.', 'advertisement'],
      ['« Prev Page', 'navigation'],
      ['Have your say', 'comment form'],
      ['For more news on shipping, follow us on LinkedIn.', 'share or subscribe prompt'],
      ['Did you enjoy this article? Support independent journalism with a donation.', 'share or subscribe prompt'],
      ['Like what you hear? Rate us five stars wherever you get your podcasts.', 'share or subscribe prompt'],
      ['Our newsletter: the most important shipping news, every Friday. Register now', 'share or subscribe prompt'],
      ['Get Latest Updates on Shipping along with Top Headlines from Norway and around the world.', 'share or subscribe prompt'],
      ['This text was translated from Norwegian with the help of AI and edited by our editors.', 'production note'],
      ['This article is for information only and is not investment advice.', 'production note'],
    ];
    for (const [t, r] of cases) expect(reason(t), t).toBe(r);
  });

  it('removes notes about the page: print edition, translation, licence, contact lines', () => {
    expect(reason("Appeared in the March 3, 2025, print edition as 'Ferries Go Electric'.")).toBe('production note');
    expect(reason('This article appeared in the April 2025 issue of Harbour Monthly.')).toBe('production note');
    expect(reason('Translation of an original article published in Norwegian on fjordposten.example.no.')).toBe('production note');
    expect(reason('This post is licensed under CC BY-SA 4.0 unless otherwise noted.')).toBe('site footer');
    expect(reason('Write to Kari Hansen at kari.hansen@fjord.example.com and Ola Berg at ola.berg@fjord.example.com')).toBe('author bio');
    expect(reason('Kari Hansen kari@fjord.example.no')).toBe('author bio');
  });

  it('keeps captions that end in their credit as credits', () => {
    for (const t of [
      '[PHOTO] A ferry leaves the harbour in Bergen on March 2. [KARI HANSEN]',
      'Kari Hansen, chief executive of Fjord Lines, at a news conference in Oslo on Monday. | FJORD POST',
      "The operator's new terminal in Bergen. [Photo by Ola Berg/Fjord Post]",
      'A battery ferry at the shipyard in Ulsteinvik Photo: NTB',
      'The prime minister at the shipyard in Ulsteinvik, on March 10, 2025. OLA BERG / POOL VIA NTB',
      'The ferry was launched at a fraction of the usual cost © Kari Hansen / NTB',
      'Photo taken on March 2, 2025 shows the ferry terminal in Bergen. (Xinhua/Li Fang)',
      'The shipyard in Ulsteinvik, Norway. NTB/Ola Berg/File Photo',
      "Fjord Lines' headquarters in Bergen / Courtesy of Fjord Lines",
      'The two companies signed the deal at a ceremony in Oslo. — File photo',
    ]) {
      expect(reason(t), t).toBe('credit');
    }
  });

  it('leaves body sentences that share words with these rules', () => {
    for (const t of [
      'The operator said subscribers to its commuter plan may earn points on every trip.',
      'Your subscription to the ferry pass covers all routes, the company said.',
      'Readers were asked to sign up for a trial of the new route in a survey last year.',
      'The ferry carried 300 passengers a trip. | The operator declined to comment',
      'Fjord Lines | Annual report 2024',
      'In pictures: the night shift at the Bergen shipyard',
      'English is the working language on board, the operator said.',
      'Translation services are offered on all routes.',
      'The company wrote to its customers in March.',
      'Did the operator enjoy the same support? It did not, the filing shows.',
      'Get the ferry to Bergen and you will see the new terminal from the water.',
      'This article of the treaty is not investment law but trade law.',
      'The ferry sailed at dawn. — It was the first of ten.',
      'For more than a decade the operator has followed the same route.',
    ]) {
      expect(reason(t), t).toBeUndefined();
    }
  });
});
