import type { Article } from '../core/article.ts';
import { GENERIC_LABEL, spells, squash } from './header-address-label.ts';
import { DOMAIN_LINE } from './header-line-url.ts';

/**
 * The site's name when only the article's address and its text give it: the address's main label
 * ("cnbiz" in www.cnbiz.example.com) written as a word of the text ("… CNBiz's request for comment",
 * "Subscribe to CNBiz PRO"), in the text's own spelling, twice or more. A domain alone is no publisher:
 * the text must name it.
 */

/** Fewest times the text must write the name. */
const MIN_MENTIONS = 2;

/** Any label but the public suffix may be the site's ("harbour" in news.harbour.co.uk, "cnbiz" in www.cnbiz.example.com). */
function hostLabels(url: string | undefined): string[] {
  const host = url ? URL.parse(url)?.hostname : undefined;
  return host ? host.split('.').slice(0, -1).filter((l) => !GENERIC_LABEL.test(l) && l.length >= 4 && /^[a-z][a-z\d]*$/i.test(l)) : [];
}

/** A name's letters as an address writes them: "Weights & Measures" → "weightsandmeasures". */
const asLabel = (t: string) => squash(t.replace(/&/g, 'and'));

/**
 * A header line that is the whole of the address's label, spelled out ("Weights & Measures" over the byline, on
 * weightsandmeasures.example.dev): a name of several words the address spells letter for letter is the site's, said once.
 */
export function headerLineSpellingHost(url: string | undefined, lines: readonly string[]): string | undefined {
  const labels = hostLabels(url).filter((l) => l.length >= 8);
  return lines.find((t) => { const w = t.trim().split(/\s+/).length; return w >= 2 && w <= 6 && /^\p{Lu}/u.test(t.trim()) && labels.includes(asLabel(t)); })?.trim();
}

export function hostPublisher(url: string | undefined, texts: readonly string[]): string | undefined {
  const labels = hostLabels(url);
  if (!labels.length) return undefined;
  const seen = new Map<string, number>();
  for (const label of labels) {
    const word = new RegExp(`(?<![\\p{L}\\d.@/-])(${RegExp.escape(label)})(?=['’]s\\b|[^\\p{L}\\d.@/-]|$)`, 'giu');
    for (const t of texts) for (const m of t.matchAll(word)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  }
  // The spelling the text uses most, when it is a name's (a capital in it): "cnbiz" in lower case is a word or a handle.
  const [best, n] = [...seen].filter(([w]) => /\p{Lu}/u.test(w)).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (best && n! >= MIN_MENTIONS) return best;
  // "techreviewmag" in the address, "Tech Review Magazine" in a credit and a sign-up line: a name of capitalised words whose
  // letters the label shortens (most of them, from the start), written twice or more.
  const spelled = new Map<string, number>();
  for (const t of texts) {
    for (const run of t.matchAll(/\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){1,5}/gu)) {
      const ws = run[0].split(/\s+/);
      for (let a = 0; a < ws.length; a++) {
        for (let b = a + 2; b <= Math.min(ws.length, a + 4); b++) {
          const name = ws.slice(a, b).join(' ');
          if (labels.some((l) => l.length >= 6 && spells(l.toLowerCase(), name))) spelled.set(name, (spelled.get(name) ?? 0) + 1);
        }
      }
    }
  }
  // Of names written as often, the fullest: "Tech Review" inside "Tech Review Magazine" is the same name, cut short.
  const [name, m] = [...spelled].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0] ?? [];
  return name && m! >= MIN_MENTIONS ? name : undefined;
}

/** The article with the site its address and text name, when nothing else named one. */
export function withHostPublisher(article: Article): Article {
  // Without an address, a bare domain the header prints ("fjordlinegazette.com" under the headline, as read-later apps set it) is the host.
  const domain = article.metadataLines.find((m) => m.role === 'publisher' && DOMAIN_LINE.test(m.text.trim()))?.text.trim().toLowerCase();
  const url = article.url ?? (domain ? `https://${domain}/` : undefined);
  if (article.publisher || !url) return article;
  // Credits count: "Photo: A/Harbour Gazette Magazine" names the outlet as its sign-up line does; so do the header's own lines
  // beside the title (a crumb "[Harbour Gazette](…) › [AI](…)" opens with the site's name), but not the headline, which is the story's.
  const header = article.metadataLines.filter((m) => m.role !== 'title').map((m) => m.text);
  const texts = [...article.body.map((b) => b.text), ...article.boilerplate.map((b) => b.text), ...article.credits.map((c) => c.text), ...header];
  const publisher = headerLineSpellingHost(url, header) ?? hostPublisher(url, texts);
  // janedoe.example.dev written as "Jane Doe": a personal site's address spells its author, who is no outlet.
  const author = publisher && article.authors.some((a) => a.toLowerCase().replace(/[^\p{L}\d]/gu, '') === publisher.toLowerCase().replace(/[^\p{L}\d]/gu, ''));
  return publisher && !author ? { ...article, publisher } : article;
}
