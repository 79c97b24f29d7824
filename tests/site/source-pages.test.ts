import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../scripts/ingest/normalise.ts';
import { slugForFile } from '../../scripts/ingest/pipeline.ts';
import { missingSentences, ROOT, readPage, squash, visibleText } from '../helpers/site.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const articlesDir = join(ROOT, 'content/articles');
const seeds = readdirSync(articlesDir).filter((f) => f.endsWith('.txt'));
const text = (el: Element | undefined) => squash(el ? toText(el) : '');

describe.each(seeds)('source page for %s', (name) => {
  const raw = normalise(readFileSync(join(articlesDir, name), 'utf8'));
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const load = async () => {
    const page = await readPage(dist, `/sources/${slugForFile(name)}/`);
    const main = select('main', page)!;
    return { page, main, body: select('.source-body', main)!, audit: select('.source-audit', main)! };
  };

  it('loses nothing: every sentence of the file is on the page, as text or in the audit list', async () => {
    const { main } = await load();
    expect(missingSentences(raw, visibleText(main))).toEqual([]);
  });

  it('lists exactly the removed lines in the audit, and none of them in the body', async () => {
    const { body, audit } = await load();
    const removed = selectAll('.audit-removed q', audit).map((q) => text(q));
    const paragraphs = selectAll('p.para, h2', body).map((p) => squash(visibleText(p)).replace(/ ¶$/, ''));
    for (const r of removed) {
      expect(lines).toContain(r);
      expect(paragraphs).not.toContain(r);
    }
    // Typical page furniture never reaches the body.
    for (const p of paragraphs) {
      expect(p).not.toMatch(/^(Advertisements?|Trending|Leave a Reply|Post Comment|Location:|Employees:|Founded date:|Photo by)\b/);
    }
  });

  it('gives every body paragraph a stable id and a permalink', async () => {
    const { body } = await load();
    const paras = selectAll('p.para', body);
    expect(paras.length).toBeGreaterThan(2);
    paras.forEach((p, i) => {
      expect(p.properties.id).toBe(`p${i + 1}`);
      expect(select('a.para-anchor', p)?.properties.href).toBe(`#p${i + 1}`);
    });
  });

  it('turns photo-credit lines into links in the credits list, not body text', async () => {
    const { body, main } = await load();
    const credits = lines.filter((l) => /^Photo by .*https?:\/\//.test(l) || /^https?:\/\/\S+$/.test(l));
    for (const c of credits) {
      const url = /https?:\/\/\S+/.exec(c)![0];
      expect(selectAll('.source-credits a', main).map((a) => a.properties.href)).toContain(url);
      expect(text(body)).not.toContain(url);
    }
  });

  it('shows a date only when the file states one, in ISO 8601', async () => {
    const { main } = await load();
    const time = select('.source-meta time', main);
    const stated = lines.slice(0, 6).find((l) => /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})/.test(l));
    if (stated) expect(String(time?.properties.dateTime)).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
    else expect(time).toBeUndefined();
  });
});

describe('sources index', () => {
  it('links every source page once, and the sidebar does not list sources one by one', async () => {
    const page = await readPage(dist, '/sources/');
    const links = selectAll('main .sources-table a', page).map((a) => a.properties.href);
    expect(links.sort()).toEqual(seeds.map((n) => `/sources/${slugForFile(n)}/`).sort());
    const sidebarSourceLinks = selectAll('#starlight__sidebar a', page).filter((a) => String(a.properties.href).startsWith('/sources/') && a.properties.href !== '/sources/');
    expect(sidebarSourceLinks).toEqual([]);
  });
});
