import { describe, expect, it } from 'vitest';
import { yenSignCurrency } from './yen-sign.ts';

describe('yenSignCurrency', () => {
  it('reads "¥" as the yen in an article about Japan, in several wordings', () => {
    expect(yenSignCurrency(['GPU rents at Tokyo clouds fell from ¥750 to ¥400 an hour.', 'Japanese start-ups are the winners.'])).toBe('JPY');
    expect(yenSignCurrency(['Orbis Japan posted sales of ¥2.4 trillion, its Osaka plant running flat out.'])).toBe('JPY');
    expect(yenSignCurrency(['The ministry has committed ¥72.5 billion.', 'That is 500 billion yen over five years, more than China spends.'])).toBe('JPY');
  });
  it('reads it as the yuan in an article about China, or where the article names the yuan', () => {
    expect(yenSignCurrency(['Beijing-based Orbis charges ¥2 per million tokens, a price Chinese rivals matched.'])).toBe('CNY');
    expect(yenSignCurrency(['A Tokyo fund noted that Orbis plans to spend 380 billion yuan, or ¥380 billion, in Japan and Osaka.'])).toBe('CNY');
    expect(yenSignCurrency(['The price is ¥2 per million tokens.'])).toBe('CNY');
  });
});
