import { originalPublisher } from './read-html-syndication.ts';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { lowerCaseAttributes } from './read-html-attributes.ts';
import { blockLines, squash, type El } from './read-html-blocks.ts';
import { containerRoles, type ContainerRole } from './read-html-containers.ts';
import { factsUnderHeadline } from './read-html-facts.ts';
import { parseByline } from './byline.ts';
import { parseDateLine } from './dates.ts';
import { readMeta } from './header-line.ts';
import { articleMetaSchema, type ArticleMeta } from './overrides.ts';
import { abbrPublished, brandOver, hEntry, shownTime, titleSite } from './read-html-formats.ts';

/**
 * Saved web pages (`.html`): the main text, found by Mozilla's Readability over a linkedom DOM,
 * becomes plain text with one block per line, to go through the same segment/extract stages as a
 * text article; the page's own metadata (JSON-LD, Open Graph, <meta>, canonical link) becomes
 * metadata overrides, each field validated like frontmatter and dropped when it is not valid.
 */

/** JSON-LD types that describe an article. */
const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$|^PressRelease$/;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An HTML character reference: "&#8217;", "&#x2019;", "&amp;". */
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/** Every object in the page's JSON-LD blocks (arrays and `@graph` flattened); invalid JSON is skipped. */
function jsonLd(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  // Some CMSs write HTML entities into JSON-LD strings ("Stargate&#8217;s"): the page's own parser reads them as the browser would show them.
  const box = document.createElement('div');
  const decode = (_: string, v: unknown) => {
    if (typeof v !== 'string' || !ENTITY.test(v)) return v;
    box.innerHTML = v;
    return box.textContent ?? v;
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '', decode));
    } catch {
      // A broken JSON-LD block is the page's problem; the <meta> tags may still say enough.
    }
  }
  // A `@graph` (Yoast) names an article's author and publisher by reference (`{"@id": …}`) to nodes of their own.
  const byId = new Map(out.filter((o) => typeof o['@id'] === 'string' && Object.keys(o).length > 1).map((o) => [o['@id'] as string, o]));
  const deref = (v: unknown) => (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v);
  for (const o of out) for (const k of ['author', 'publisher']) if (o[k] !== undefined) o[k] = Array.isArray(o[k]) ? o[k].map(deref) : deref(o[k]);
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && squash(v) ? squash(v) : undefined);
const nameOf = (v: unknown): string | undefined => str(v) ?? (isObj(v) ? str(v.name) : undefined);
/** "Halvorsen, Margit": a name in catalogue order (Dublin Core, Scholar tags) is written given name first. */
const catalogueOrder = (a: string) => a.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Metadata a saved page states about itself, before validation. */
export interface PageMeta {
  title?: string;
  /** As written in the page (an ISO date-time, usually). */
  date?: string;
  authors: string[];
  publisher?: string;
  url?: string;
}

/** The article's first `<time datetime>` (or the page's), when no metadata names the publication date. */
function timeElement(document: Document): string | undefined {
  // <time pubdate>: HTML5's first draft marked the publication date so; it outranks other <time>s (comments, archives).
  const el = document.querySelector('time[pubdate][datetime]') ?? document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return str(el?.getAttribute('datetime'));
}

function pageMeta(document: Document): PageMeta {
  // <meta> names are matched without case: Dublin Core is written "DC.creator", "dc.creator" and "dcterms.creator".
  const metas = Array.from(document.querySelectorAll('meta[content]')).map((m) => ({ key: (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase(), value: str(m.getAttribute('content')) }));
  const metaAll = (name: string) => metas.filter((m) => m.key === name.toLowerCase() && m.value).map((m) => m.value!);
  const meta = (name: string) => metaAll(name)[0];
  /** A Dublin Core field, in either of its two vocabularies. */
  const dc = (field: string) => [...metaAll(`DC.${field}`), ...metaAll(`dcterms.${field}`)];
  // schema.org microdata: <time itemprop="datePublished" datetime="…">, <h1 itemprop="headline">.
  const micro = (prop: string) => {
    const el = document.querySelector(`[itemprop="${prop}"]`);
    // <abbr itemprop="datePublished" title="2031-03-26T08:30:00+08:00">8:30 AM</abbr>: the abbr's title is the whole value, its text what a reader sees.
    return str(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? (el?.tagName.toUpperCase() === 'ABBR' ? el.getAttribute('title') : null) ?? el?.textContent);
  };
  const microAuthors = Array.from(document.querySelectorAll('[itemprop="author"]'))
    .map((el) => str(el.querySelector('[itemprop="name"]')?.textContent ?? el.getAttribute('content') ?? el.textContent))
    .filter((a): a is string => !!a);
  const ld = jsonLd(document);
  const entry = hEntry(document);
  const types = (o: Json) => list(o['@type']).filter((t): t is string => typeof t === 'string');
  const art = ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? ld.find((o) => str(o.headline));
  const site = ld.find((o) => types(o).includes('WebSite'));
  // The web page the article is part of (`isPartOf`, or the graph's WebPage) carries the URL when the article does not.
  const partOf = art && isObj(art.isPartOf) ? str(art.isPartOf['@id']) : undefined;
  const webPage = ld.find((o) => (partOf !== undefined && str(o['@id']) === partOf) || types(o).includes('WebPage'));
  const ldUrl = art ? (str(art.url) ?? nameOf(art.mainEntityOfPage) ?? (isObj(art.mainEntityOfPage) ? str(art.mainEntityOfPage['@id']) : undefined) ?? (webPage && str(webPage.url))) : undefined;
  // An author of type Organization ("Harbour Gazette Staff") is the outlet writing as itself, not a person's byline.
  const ldAuthors = art ? list(art.author).filter((a) => !(isObj(a) && types(a).some((t) => /Organization$/.test(t)))).map(nameOf).filter((a): a is string => !!a) : [];
  // "byl" (a print view's byline, "By A and B") is read like a byline line: names only.
  const byl = meta('byl');
  const bylAuthors = byl ? (parseByline(/^by\b/i.test(byl) ? byl : `By ${byl}`)?.authors ?? []) : [];
  // Parse.ly writes one `parsely-author` tag per author; the other tags name one author each.
  const parsely = metaAll('parsely-author');
  // `dable:author` (a recommendation widget's tag) names the reporter where `author` names the paper.
  const metaAuthors = parsely.length > 1 ? [...new Set(parsely)] : [meta('author'), meta('article:author'), meta('parsely-author'), meta('sailthru.author'), meta('dable:author'), meta('cxenseparse:author')].filter((a): a is string => !!a && !/^https?:/.test(a));
  // <a rel="author">: the blog's own link to its author (hCard and WordPress themes write it).
  const relAuthors = [...new Set(Array.from(document.querySelectorAll('a[rel~="author"]')).map((a) => str(a.textContent)).filter((a): a is string => !!a && a.split(/\s+/).length <= 5))];
  // <span class="author">Jane Doe</span>: the byline's element as themes mark it (hCard's "author"), when it holds names alone
  // (read by their shape: the page itself says they are the author's, so compromise is not asked).
  const classAuthors = [...new Set(Array.from(document.querySelectorAll('article [class~="author"], [class~="byline"] [class~="author"], main [class~="author"]')).map((el) => str(el.textContent)?.replace(/\s+/g, ' ')).flatMap((a) => (a && a.split(/\s+/).length <= 8 && parseByline(/^by\b/i.test(a) ? a : `By ${a}`)?.authors) || []))];
  // Dublin Core lists each creator in its own tag, often in catalogue order ("Halvorsen, Margit").
  const dcAuthors = dc('creator').map(catalogueOrder);
  // Google Scholar's `citation_author` tags are not read: "Sun, Meiling" cannot say which part is the given name, and the page's visible byline writes the names as their owners do.
  const title = (art && str(art.headline)) ?? meta('og:title') ?? meta('twitter:title') ?? meta('citation_title') ?? dc('title')[0] ?? micro('headline');
  const date =
    (art && str(art.datePublished)) ?? meta('article:published_time') ?? meta('date') ?? meta('pubdate') ?? meta('parsely-pub-date') ?? meta('DC.date.issued') ?? dc('date')[0] ?? dc('issued')[0] ?? meta('publish-date') ?? meta('publish_date') ?? meta('publishdate') ?? meta('article.published') ?? meta('sailthru.date') ?? meta('citation_publication_date') ?? meta('citation_date') ?? meta('citation_online_date') ?? meta('cxenseparse:recs:publishtime') ?? entry?.published ?? micro('datePublished') ?? abbrPublished(document) ??
    // An article that states only when it was created (JSON-LD `dateCreated`) was published then as far as the page says.
    (art && str(art.dateCreated)) ?? timeElement(document);
  // "2031-03-12T11:45:00Z" in one tag, "2031-03-12T06:45:00-05:00" in another: the same instant, the second on the page's own
  // clock, as its visible time prints it; a time in UTC is the server's (header-resolve.ts shifts a lone UTC time the same way).
  const local = date && /(?:Z|[+-]00:?00)$/.test(date) ? [art && str(art.datePublished), meta('article:published_time'), micro('datePublished'), timeElement(document)].find((d) => !!d && /[+-](?!00:?00)\d{2}:?\d{2}$/.test(d) && Date.parse(d) === Date.parse(date)) : undefined;
  // The link to the site's home page in the page header (the masthead) names the site.
  const home = str(document.querySelector('header a[href="/"], [role="banner"] a[href="/"]')?.textContent);
  const masthead = home && home.split(/\s+/).length <= 6 && !/^home$/i.test(home) ? home : undefined;
  // "<h1 text> | Site" in <title>: what follows the page's own headline there is the site's name.
  const h1 = str(document.querySelector('h1')?.textContent)?.replace(/\s+/g, ' ');
  const docTitle = str(document.querySelector('title')?.textContent)?.replace(/\s+/g, ' ');
  // Or "Site: Headline" before it (Blogger), the headline being the <h1> or the article's own title.
  const titled = titleSite(document, docTitle, h1) ?? titleSite(document, docTitle, title);
  // A logo image's alt text is the site's name when the page writes it nowhere else (a print view).
  const logo = str(document.querySelector('img[src*="logo" i][alt], img[class*="logo" i][alt], [class*="logo" i] img[alt]')?.getAttribute('alt'))?.replace(/\s+(?:logo|home ?page)$/i, '');
  const logoName = logo && logo.split(/\s+/).length <= 6 && !/^(?:logo|home)$/i.test(logo) ? logo : undefined;
  // "© 2031 Harbour Gazette. Independent and reader-funded.": the page footer's copyright holder is the site, when nothing else names it.
  const footer = str(document.querySelector('footer, [role="contentinfo"]')?.textContent)?.replace(/\s+/g, ' ');
  const holder = footer && /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?,?\s+)?(\p{Lu}[\p{L}\d&'’ -]{1,50}?)(?:,?\s+(?:inc|ltd|llc|gmbh|plc|s\.a)\b\.?)?(?:\.|\s+all rights|\s*\||$)/iu.exec(footer)?.[1]?.trim();
  const holderName = holder && holder.split(/\s+/).length <= 6 ? holder : undefined;
  // `<meta name="source">` (news portals): the agency or paper the article comes from, when it is a name.
  const source = meta('source');
  const sourceName = source && !/[/:]/.test(source) && source.split(/\s+/).length <= 6 ? source : undefined;
  // The institution or publisher a Scholar record names (not its journal's or conference's title, which is where it appeared).
  const citationPublisher = meta('citation_technical_report_institution') ?? meta('citation_publisher') ?? meta('citation_dissertation_institution');
  // GOV.UK's own tags name the department that publishes on the platform (og:site_name is the platform's name).
  // A syndicated copy (canonical on another site than og:url) that links to the original by name: that name publishes it.
  const original = originalPublisher(document, str(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), meta('og:url'));
  // "Headline | Harbour Labs Blog" over a logo or © naming "Harbour Labs": the <title> adds the section the page is in to the brand.
  const brand = [logoName, holderName].find((b) => b && titled && SECTION_AFTER_BRAND.test(titled.slice(b.length)) && titled.startsWith(b));
  const titledSite = brand ?? titled;
  const publisher = original ?? brandOver(art && nameOf(art.publisher), meta('og:site_name')) ?? meta('govuk:primary-publishing-organisation') ?? meta('og:site_name') ?? (site && str(site.name)) ?? dc('publisher')[0] ?? citationPublisher ?? meta('application-name') ?? sourceName ?? masthead ?? titledSite ?? logoName ?? holderName;
  const dcUrl = dc('identifier').find((v) => /^https?:\/\//.test(v));
  // Microdata: the article item's own url (not its author's or publisher's, which are items of their own).
  const itemUrl = Array.from(document.querySelectorAll('[itemprop="url"]'))
    .filter((el) => ARTICLE_TYPE.test((el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype') ?? '').split('/').at(-1) ?? ''))
    .map((el) => str(el.getAttribute('content') ?? el.getAttribute('href')))[0];
  // Microdata's <link itemprop="mainEntityOfPage" href="…">: the page the article is the main thing of, i.e. its own address.
  const mainEntity = Array.from(document.querySelectorAll('[itemprop="mainEntityOfPage"]'))
    .map((el) => str(el.getAttribute('href') ?? el.getAttribute('itemid') ?? el.getAttribute('content')))
    .find((u) => !!u && /^https?:\/\//.test(u));
  // RDFa Lite: the article's own `property="url"` (vocab schema.org, `typeof="NewsArticle"`), not its publisher's.
  const rdfaUrl = Array.from(document.querySelectorAll('[property="url"]'))
    .filter((el) => list((el.closest('[typeof]')?.getAttribute('typeof') ?? '').split(/\s+/)).some((t) => ARTICLE_TYPE.test(String(t))))
    .map((el) => str(el.getAttribute('href') ?? el.getAttribute('content') ?? el.getAttribute('resource')))
    .find((u) => !!u && /^https?:\/\//.test(u));
  const url = str(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url') ?? ldUrl ?? entry?.url ?? dcUrl ?? meta('parsely-link') ?? itemUrl ?? rdfaUrl ?? mainEntity ??
    // A Scholar record's landing page (never its PDF's address).
    meta('citation_abstract_html_url') ?? meta('citation_fulltext_html_url') ?? meta('citation_public_url');
  // An author tag naming the site itself (`<meta name="author" content="<og:site_name>">`) is the outlet writing as itself, not a person's byline.
  const siteNames = new Set([publisher, meta('og:site_name'), site && str(site.name)].filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const personTags = metaAuthors.filter((a) => !siteNames.has(a.toLowerCase()));
  return {
    ...(title ? { title } : {}),
    ...(date ? { date: local ?? date } : {}),
    authors: ldAuthors.length ? ldAuthors : microAuthors.length ? microAuthors : entry?.authors.length ? entry.authors : personTags.length ? personTags.slice(0, parsely.length > 1 ? undefined : 1) : bylAuthors.length ? bylAuthors : dcAuthors.length ? dcAuthors : relAuthors.length ? relAuthors : classAuthors,
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
  };
}

/** Keeps only the fields that pass the same validation as frontmatter. */
function validMeta(p: PageMeta): ArticleMeta {
  const shape = articleMetaSchema.shape;
  const ok = <T>(r: { success: boolean; data?: T }) => (r.success ? r.data : undefined);
  const date = p.date ? parseDateLine(p.date)?.iso : undefined;
  const out: ArticleMeta = {};
  // "Headline | Site" in <title> or og:title: the site name is not part of the headline.
  const bare = p.title && p.publisher ? p.title.replace(new RegExp(`\\s+[|–—-]\\s+${RegExp.escape(p.publisher)}(?:${SECTION_AFTER_BRAND.source.slice(1, -1)})?$`, 'i'), '') : p.title;
  const title = bare ? ok(shape.title.safeParse(bare)) : undefined;
  if (title) out.title = title;
  if (date && ok(shape.date.safeParse(date))) out.date = date;
  const author = p.authors.length ? ok(shape.author.safeParse(p.authors)) : undefined;
  if (author) out.author = author;
  const publisher = p.publisher ? ok(shape.publisher.safeParse(p.publisher)) : undefined;
  if (publisher) out.publisher = publisher;
  const url = p.url ? ok(shape.url.safeParse(p.url)) : undefined;
  if (url) out.url = url;
  return out;
}

export interface SavedPage {
  /** The main text, one block per line, blank lines between blocks. */
  text: string;
  /** What the page's metadata states, validated. */
  meta: ArticleMeta;
  /** The date as the page writes it, when one was taken from its metadata. */
  dateText?: string;
  /** Lines the page's markup puts only in containers with a role (a caption, an advert, a promo…), read before Readability drops the markup. */
  containers?: Map<string, ContainerRole>;
}

/**
 * Reads a saved page: metadata first (Readability changes the document), then the main text.
 * The headline and Readability's byline open the text, so that the header rules read them as
 * they would in a text article (a byline line may carry the only date).
 */
/** A site's section after its brand in a page's <title>: " Blog", " Newsroom", " Insights". */
const SECTION_AFTER_BRAND = /^\s+(?:blog|blogs|news|newsroom|insights|resources|engineering|updates|stories|press)$/i;

export function readHtml(html: string): SavedPage {
  const { document } = parseHTML(html);
  lowerCaseAttributes(document);
  const found = pageMeta(document as unknown as Document);
  // The page's one <h1>, as written (Readability may drop it and re-case a title taken from <title>).
  const h1s = Array.from((document as unknown as Document).querySelectorAll('h1')).map((h) => squash(h.textContent ?? '')).filter((h): h is string => !!h);
  // A short og:title the <h1> opens with ("Small model, big claim" over "Small model, big claim: …") is the headline cut short: the <h1> is the headline.
  if (h1s.length === 1 && found.title && h1s[0]!.length > found.title.length && h1s[0]!.startsWith(found.title)) found.title = h1s[0];
  const facts = h1s.length === 1 ? factsUnderHeadline(document as unknown as Document) : [];
  // A site name in another script than the headline's (og:site_name "微信公众平台" over an English article) is the hosting
  // platform's interface, not who writes in this language: an outlet the row under the headline names publishes it.
  const stated = facts.map((f) => readMeta(f, true)).map((m) => (m && (m.kind === 'byline' || m.kind === 'date') ? m.publisher : undefined)).find((p) => !!p);
  const latin = (t: string) => /\p{Script=Latin}/u.test(t);
  if (stated && found.publisher && found.title && latin(found.title) && !latin(found.publisher)) found.publisher = stated;
  // The <time> element that shows the metadata's own time ("April 15, 2025 at 4:41 PM EDT" for `20:41:07Z`) is the page's clock,
  // though other lines (a summary list) stand between it and the headline.
  const shown = found.date && !facts.some((f) => readMeta(f, true)?.kind === 'date') ? shownTime(document as unknown as Document, found.date) : undefined;
  if (shown) facts.push(shown);
  const containers = containerRoles(document.body as unknown as El);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const lines: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
    blockLines(content.body as unknown as El, lines);
  } else {
    blockLines(document.body as unknown as El, lines);
  }
  // Readability's title comes from <title>, which may wrap the page's own headline ("Forum: headline | Site"): a first line it contains is the headline.
  const readTitle = squash(article?.title);
  const h1 = h1s.length === 1 && readTitle && h1s[0]!.length >= 12 && readTitle.toLowerCase().includes(h1s[0]!.toLowerCase()) ? h1s[0] : undefined;
  const pageTitle = h1 ?? readTitle;
  const wrapped = !found.title && pageTitle && lines.slice(0, 5).some((x) => x.length >= 12 && pageTitle.toLowerCase().includes(x.toLowerCase()));
  const head = [found.title ?? (wrapped ? undefined : pageTitle), squash(article?.byline), ...facts].filter((l) => l && !lines.slice(0, 5).some((x) => x.includes(l)));
  const meta = validMeta(found);
  return { text: [...head, ...lines].join('\n\n'), meta, ...(meta.date && found.date ? { dateText: found.date } : {}), ...(containers.size ? { containers } : {}) };
}
