/**
 * fast-check generators for hostile article files: injection payloads in every position a
 * contributor controls — the lines of a plain-text article (headline, byline, date line, publisher,
 * URL line, body paragraph, heading, credit line), the frontmatter of a `.md` article, a
 * `.meta.yaml` sidecar, and a gazetteer entry (name and description) in content/entities.yaml.
 *
 * Every payload carries a marker (`zq003h`: case 3, position h) so that a test can find where it
 * landed and tell payloads apart; markers are fixed-width, so none is a prefix of another.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';

/** Payload templates around a marker `m`. Each is a way article text has broken out of a page before. */
export const PAYLOADS: readonly ((m: string) => string)[] = [
  (m) => `</title><script>alert("${m}")</script>`,
  (m) => `</script><script>alert("${m}")</script>`,
  (m) => `"><img src=x onerror=alert("${m}")>`,
  (m) => `'><svg onload=alert('${m}')>`,
  (m) => `javascript:alert("${m}")`,
  (m) => `data:text/html,<script>alert("${m}")</script>`,
  (m) => `<a href="javascript:alert('${m}')">${m}</a>`,
  (m) => `[${m}](javascript:alert(1))`,
  (m) => `<!-- ${m}`,
  (m) => `]]> ${m} <![CDATA[`,
  (m) => `{${m}} {props.x} }`,
  (m) => `import ${m} from './evil.astro'`,
  (m) => `export const ${m} = alert(1);`,
  (m) => `${m}\u2028after a line separator`,
  (m) => `${m}\uD800 lone surrogate`,
  (m) => `'-alert("${m}")-' \\u003c/script>`,
];

/** Templates per payload: with {@link COVERING_RUNS} cases, every template lands in every position. */
const WINDOW = 4;
/** The number of cases after which every template has been in every position. */
export const COVERING_RUNS = Math.ceil(PAYLOADS.length / WINDOW);

/**
 * The payload of case `n` at position number `k`: the {@link WINDOW} templates starting at
 * `WINDOW * n + k` (so each position sees every template within {@link COVERING_RUNS} cases), in an
 * order fast-check picks, joined by generated ASCII, sometimes with a very long token (at most
 * `maxLong` characters, so that metadata fields stay within their length limits).
 */
const payload = (m: string, n: number, k: number, maxLong: number) =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: WINDOW }, (_, i) => PAYLOADS[(WINDOW * n + k + i) % PAYLOADS.length]!),
        { minLength: WINDOW, maxLength: WINDOW },
      ),
      fc.array(fc.string({ maxLength: 4 }), { minLength: WINDOW, maxLength: WINDOW }),
      fc.option(fc.integer({ min: 60, max: maxLong }), { nil: undefined }),
    )
    .map(([templates, glue, long]) =>
      [...templates.map((t, i) => `${t(m)} ${glue[i]}`), long === undefined ? '' : `${m}${'x'.repeat(long)}`].join(' ').replace(/ +/g, ' ').trim(),
    );

/** The fields of one generated case, each a payload with its own marker. */
export interface HostileCase {
  n: number;
  /** Lines of the plain-text article. */
  headline: string;
  publisher: string;
  dateLine: string;
  urlLine: string;
  heading: string;
  paragraph: string;
  credit: string;
  /** `.md` frontmatter fields. */
  fm: { title: string; author: string; publisher: string; url: string };
  /** `.meta.yaml` sidecar fields. */
  sidecar: { title: string; author: string; publisher: string; url: string };
  /** Gazetteer entry. */
  entity: { name: string; description: string; alias: string };
}

/** A word that links the case's gazetteer entry from its articles (an alias, matched as a whole word). */
export const aliasFor = (n: number) => `Fuzzco${String(n).padStart(3, '0')}`;
const marker = (n: number, pos: string) => `zq${String(n).padStart(3, '0')}${pos}`;
/** URLs cannot hold white space; a payload inside one is written without it. */
const squashForUrl = (s: string) => s.replace(/\s+/g, '');

/** Case number `n`: every position gets a payload with its own marker. */
export function hostileCase(n: number): fc.Arbitrary<HostileCase> {
  const positions = 'hbdugpctaolTAOLne';
  // Lines of article text take tokens of any length; metadata fields (at most 300 characters) shorter ones.
  const p = (pos: string) => payload(marker(n, pos), n, positions.indexOf(pos), 'hbdugpc'.includes(pos) ? 1000 : 90);
  return fc
    .record({
      headline: p('h'),
      publisher: p('b'),
      dateLine: p('d'),
      urlLine: p('u'),
      heading: p('g'),
      paragraph: p('p'),
      credit: p('c'),
      fmTitle: p('t'),
      fmAuthor: p('a'),
      fmPublisher: p('o'),
      fmUrl: p('l'),
      scTitle: p('T'),
      scAuthor: p('A'),
      scPublisher: p('O'),
      scUrl: p('L'),
      entityName: p('n'),
      entityDescription: p('e'),
    })
    .map((r) => ({
      n,
      headline: r.headline,
      publisher: r.publisher,
      dateLine: r.dateLine,
      urlLine: `https://example.com/${squashForUrl(r.urlLine)}`,
      heading: r.heading,
      paragraph: r.paragraph,
      credit: r.credit,
      fm: { title: r.fmTitle, author: r.fmAuthor, publisher: r.fmPublisher, url: `https://example.com/a?q=${squashForUrl(r.fmUrl)}` },
      sidecar: { title: r.scTitle, author: r.scAuthor, publisher: r.scPublisher, url: `https://example.com/b?q=${squashForUrl(r.scUrl)}` },
      entity: { name: `${aliasFor(n)} ${r.entityName}`, description: `A generated entity: ${r.entityDescription}`, alias: aliasFor(n) },
    }));
}

/**
 * The body every article of a case shares: a dated sentence naming the case's entity with Nvidia (so
 * it has an edge in the co-mention graph, which leaves out unlinked entities), then the payload paragraph.
 */
const body = (c: HostileCase) =>
  [
    `In 2024 ${aliasFor(c.n)} announced a model trained on Nvidia chips, and this sentence pads the paragraph so that it reads like article text.`,
    `${c.paragraph} This sentence pads the paragraph so that it reads like article text, long enough to follow a heading.`,
  ].join('\n\n');

/** File names (in content/articles/) of a case's articles. */
export const fileNames = (n: number) => ({
  txt: `fuzz-${n}-text.txt`,
  md: `fuzz-${n}-frontmatter.md`,
  sidecar: `fuzz-${n}-sidecar.txt`,
  sidecarMeta: `fuzz-${n}-sidecar.meta.yaml`,
});

/** The files of one case, by name in content/articles/. */
export function caseFiles(c: HostileCase): Record<string, string> {
  const names = fileNames(c.n);
  const txt = [
    c.headline,
    '',
    `By Jane Doe | ${c.publisher}`,
    '',
    `${c.dateLine} January 5, 2025`,
    '',
    c.urlLine,
    '',
    body(c),
    '',
    c.heading,
    '',
    `The paragraph after the heading says more about the race, at length, so that the line above reads as a heading.`,
    '',
    `Photo by ${c.credit}: https://example.com/photo.jpg`,
    '',
  ].join('\n');
  const frontmatter = stringify({ title: c.fm.title, author: [c.fm.author, 'Jane Roe'], publisher: c.fm.publisher, url: c.fm.url });
  return {
    [names.txt]: txt,
    [names.md]: `---\n${frontmatter}---\n\n${body(c)}\n`,
    [names.sidecar]: `Sidecar Article ${c.n}\n\n${body(c)}\n`,
    [names.sidecarMeta]: stringify({ title: c.sidecar.title, author: c.sidecar.author, publisher: c.sidecar.publisher, url: c.sidecar.url }),
  };
}

/** Gazetteer entries (YAML, to append to content/entities.yaml) for the cases. */
export function gazetteerEntries(cases: readonly HostileCase[]): string {
  return stringify(
    cases.map((c) => ({ name: c.entity.name, type: 'organisation', description: c.entity.description, aliases: [c.entity.alias] })),
  );
}

/** Articles whose url field is a javascript: or data: URL: each must be rejected, naming file, line and field. */
export const BAD_URL_FILES: Record<string, string> = {
  'fuzz-bad-url.md': '---\ntitle: A Bad URL\nurl: javascript:alert(1)\n---\n\nBody text of an article with a bad url.\n',
  'fuzz-bad-url-sidecar.txt': 'Another Bad URL\n\nBody text of an article with a bad url in its sidecar.\n',
  'fuzz-bad-url-sidecar.meta.yaml': 'title: Another Bad URL\nurl: "data:text/html,<script>alert(1)</script>"\n',
};
