import { describe, expect, it } from 'vitest';
import { lineChrome } from './chrome.ts';

const reason = (t: string) => {
  const v = lineChrome(t);
  return v && 'reason' in v ? v.reason : v ? 'credit' : undefined;
};

describe("a reader-funded or paywalled page's pitches", () => {
  it('removes a price per period offered to the reader, and an unlimited-access offer', () => {
    expect(reason('Enjoy unlimited access for just £2 a week')).toBe('share or subscribe prompt');
    expect(reason('Fund independent harbour reporting with €8 per month')).toBe('share or subscribe prompt');
    expect(reason('Get the full edition from $4/mo')).toBe('share or subscribe prompt');
    expect(reason('Unlock unlimited digital access to the Ferry Gazette')).toBe('share or subscribe prompt');
    // A sentence quoting a price, a price after a noun, a price with its full stop: the story's.
    expect(reason('The ferry pass costs €8 per month.')).toBeUndefined();
    expect(reason('Enjoy the ride: the operator charges €8 per month for a pass.')).toBeUndefined();
    expect(reason('Commuters pay £2 a week for parking')).toBeUndefined();
  });

  it('removes a support ask by the outlet\'s name or its cause, and the box\'s payment furniture', () => {
    expect(reason('Support the Harbour Gazette')).toBe('share or subscribe prompt');
    expect(reason('Support independent journalism')).toBe('share or subscribe prompt');
    expect(reason('Thanks for reading. Before you go, would you consider a gift to support our reporting on the coast?')).toBe('share or subscribe prompt');
    expect(reason('I wanted to ask whether you could support the Gazette’s journalism this year.')).toBe('share or subscribe prompt');
    expect(reason("Before you go, would you consider supporting the Courier's journalism with a gift of any size?")).toBe('share or subscribe prompt');
    expect(reason('Accepted payment methods: Visa, PayPal and bank transfer')).toBe('share or subscribe prompt');
    expect(reason('Remind me in October')).toBe('share or subscribe prompt');
    expect(reason('Remind me later')).toBe('share or subscribe prompt');
    // The story's verbs: supporting a plan, asking about support, a reminder in a quote.
    expect(reason('Support the plan')).toBeUndefined();
    expect(reason('The mayor asked whether the council could support the ferry plan.')).toBeUndefined();
    expect(reason('Regulators said the payment methods were under review.')).toBeUndefined();
  });

  it("removes a paywall's gate, however the outlet words it", () => {
    expect(reason('This article is for paying subscribers only.')).toBe('share or subscribe prompt');
    expect(reason('The rest of this story is reserved for subscribers.')).toBe('share or subscribe prompt');
    expect(reason('This report is available only to premium members')).toBe('share or subscribe prompt');
    expect(reason('The report is for members of the harbour board only.')).toBeUndefined();
  });

  it("removes a newsletter box's slot markers, its pitch, its long privacy notice and its footer links", () => {
    expect(reason('after newsletter promotion')).toBe('advertisement');
    expect(reason('skip past newsletter promotion')).toBe('advertisement');
    expect(reason('Get the latest analysis from our Harbour Watch newsletter on the stories shaping the coast.')).toBe('share or subscribe prompt');
    expect(reason('Forward this email to a friend')).toBe('share or subscribe prompt');
    expect(reason('Update your preferences')).toBe('share or subscribe prompt');
    expect(reason('Manage your subscription')).toBe('share or subscribe prompt');
    expect(reason('Ready for more?')).toBe('share or subscribe prompt');
    expect(reason('Privacy Notice: Newsletters may contain information about charities, online ads and content funded by outside parties. See our Privacy Policy for more. We use a captcha service to protect our site and its privacy policy and terms of service apply.')).toBe('production note');
    // A sentence about a newsletter or a promotion.
    expect(reason('The ferry line got the latest figures from our reporters on Monday.')).toBeUndefined();
    expect(reason('He was passed over after the promotion.')).toBeUndefined();
  });

  it("removes a paywall's price printed first, and a shop widget's title and retailer buttons", () => {
    expect(reason('S$1.49/month for the first 6 months')).toBe('share or subscribe prompt');
    expect(reason('€2 a week for 12 weeks, then €5')).toBe('share or subscribe prompt');
    expect(reason('$5/mo, cancel anytime')).toBe('share or subscribe prompt');
    expect(reason("Today's best electric ferry model kit deals")).toBe('advertisement');
    expect(reason('View at Harbour Shop')).toBe('advertisement');
    expect(reason('Check price on ShipMart')).toBe('advertisement');
    expect(reason('Show more deals')).toBe('widget');
    // A sentence opening with a price, and a view of a place.
    expect(reason('$5 a month was what the ferry pass cost in 2029.')).toBeUndefined();
    expect(reason('View at dawn')).toBeUndefined();
    expect(reason("Today's best ferry routes run along the fjord.")).toBeUndefined();
  });

  it("removes a reader-supported box, a subscriber's perk, a like ask and an event's promotion", () => {
    expect(reason('Harbour Notes is reader-supported. Become a paid subscriber to support the work.')).toBe('share or subscribe prompt');
    expect(reason('Subscribe to get new posts in your inbox.')).toBe('share or subscribe prompt');
    expect(reason('Read 10 articles a month free when you sign up.')).toBe('share or subscribe prompt');
    expect(reason('If you liked this, a ❤️ helps a lot.')).toBe('share or subscribe prompt');
    expect(reason('If you enjoyed this post, hit the heart so others find it.')).toBe('share or subscribe prompt');
    expect(reason('Register now for DevSummit Berlin – tickets from €99')).toBe('advertisement');
    expect(reason('Our Upcoming Events')).toBe('advertisement');
    expect(reason('May 3, 2025 | 📍 Convention Centre, Singapore')).toBe('advertisement');
    // The story's sentences about subscribing, registering or finding things stay.
    expect(reason('Users can subscribe to the service for $20 a month.')).toBeUndefined();
    expect(reason('When you subscribe, the company said, the price is locked for a year.')).toBeUndefined();
    expect(reason('The lab is reader-supported in the sense that donors fund half its budget, he said.')).toBeUndefined();
    expect(reason('If you found this hard to follow, the company’s own paper is clearer.')).toBeUndefined();
    expect(reason('Register now, the agency told firms, or face fines of up to $1 million.')).toBeUndefined();
  });
});
