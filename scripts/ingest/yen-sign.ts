/**
 * Which currency "¥" stands for in one article: the sign is both the Japanese yen's and the Chinese
 * yuan's. An article naming either currency by its word means that one; else the country it names
 * more often (a Tokyo column on GPU rents names Japan, a Beijing report China) is the sign's.
 */

const YEN = /\b(?:yen|JPY)\b/g;
const YUAN = /\b(?:yuan|renminbi|RMB|Rmb|CNY)\b/g;
const JAPAN = /\b(?:Japan|Japanese|Tokyo|Osaka)\b/g;
const CHINA = /\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou)\b/g;

/** How often a global pattern matches in all of an article's texts (also dollar-sign.ts's count). */
export const count = (re: RegExp, texts: readonly string[]) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

/** 'JPY' where the article's texts make "¥" the yen, else 'CNY' (the sign's reading when nothing tells). */
export function yenSignCurrency(texts: readonly string[]): 'JPY' | 'CNY' {
  const yen = count(YEN, texts);
  const yuan = count(YUAN, texts);
  if (yen !== yuan) return yen > yuan ? 'JPY' : 'CNY';
  return count(JAPAN, texts) > count(CHINA, texts) ? 'JPY' : 'CNY';
}

/** The figure's currency with "¥" read as `local` (see {@link yenSignCurrency}): figures read the sign as the yuan. */
export function withYenSign<F extends { unit: string; text: string }>(f: F, local: 'JPY' | 'CNY'): F {
  return local === 'JPY' && f.unit === 'CNY' && f.text.includes('¥') ? { ...f, unit: 'JPY' } : f;
}
