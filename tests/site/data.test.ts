import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { disagreementsFile, entitiesFile, FIGURE_COLUMNS, figuresFile, sourcesFile } from '../../src/lib/data.ts';
import { readPage } from '../helpers/site.ts';
import { seedSite } from '../helpers/seed-site.ts';

const { dist } = await seedSite();
const read = (name: string) => readFileSync(join(dist, 'data', name), 'utf8');

describe('public data files', () => {
  it('sources.json holds every source page, each valid, with its paragraphs as on the page', async () => {
    const sources = sourcesFile.parse(JSON.parse(read('sources.json')));
    const index = await readPage(dist, '/sources/');
    expect(sources).toHaveLength(selectAll('main .sources-table tbody tr', index).length);
    const page = await readPage(dist, `/sources/${sources[0]!.slug}/`);
    expect(sources[0]!.paragraphs.map((p) => `p${p.n}`)).toEqual(selectAll('main .source-body [id^="p"]', page).map((e) => String(e.properties.id)).filter((id) => /^p\d+$/.test(id)));
    expect(sources.some((s) => s.date !== null && s.removed.length > 0)).toBe(true);
  });

  it('figures.json and figures.csv hold the same figures; the CSV parses back with its header', () => {
    const figures = figuresFile.parse(JSON.parse(read('figures.json')));
    expect(figures.length).toBeGreaterThan(0);
    const rows = parse(read('figures.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...FIGURE_COLUMNS]);
    expect(rows.map((r) => [r.source, Number(r.p), r.text, Number(r.value), r.sentence])).toEqual(figures.map((f) => [f.source, f.p, f.text, f.value, f.sentence]));
    // Sentences with commas and quotation marks survive the round trip.
    expect(rows.some((r) => /[,“”"]/.test(r.sentence!))).toBe(true);
  });

  it('entities.json lists the gazetteer and disagreements.json the ledger’s disagreements', () => {
    const entities = entitiesFile.parse(JSON.parse(read('entities.json')));
    expect(entities.find((e) => e.slug === 'deepseek')?.mentions).toBeGreaterThan(5);
    const disagreements = disagreementsFile.parse(JSON.parse(read('disagreements.json')));
    for (const d of disagreements) expect(new Set(d.figures.map((f) => f.source)).size).toBeGreaterThan(1);
  });

  it('are linked from the ledger and the sources index through the data page', async () => {
    for (const path of ['/figures/', '/sources/']) {
      expect(selectAll('main a', await readPage(dist, path)).map((a) => a.properties.href)).toContain('/data/');
    }
    const links = selectAll('main a', await readPage(dist, '/data/')).map((a) => String(a.properties.href));
    for (const file of ['sources.json', 'figures.json', 'figures.csv', 'entities.json', 'disagreements.json']) expect(links).toContain(`/data/${file}`);
  });
});
