import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { slugForFile } from '../../scripts/ingest/pipeline.ts';
import { ROOT } from '../helpers/site.ts';
import { launchBrowser } from './browser.ts';

const { dist, origin } = inject('previewSite');
const firstTopic = readdirSync(join(ROOT, 'content/topics')).filter((f) => f.endsWith('.mdx')).sort()[0] ?? 'missing.mdx';
const firstSource = readdirSync(join(ROOT, 'content/articles')).filter((f) => f.endsWith('.txt')).sort()[0] ?? 'missing.txt';
/** The first entity page in dist/, if entity pages exist. */
const firstEntity = existsSync(join(dist, 'entities'))
  ? readdirSync(join(dist, 'entities'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0]
  : undefined;

/** One page of each type; the optional types only where the build made them. */
const pages: [string, string][] = [
  ['home', '/'],
  ['topic', `/topics/${basename(firstTopic, '.mdx')}/`],
  ['source', `/sources/${slugForFile(firstSource)}/`],
  ['sources index', '/sources/'],
  ...([
    ['entities index', '/entities/'],
    ['entity', firstEntity ? `/entities/${firstEntity}/` : ''],
    ['figures', '/figures/'],
    ['timeline', '/timeline/'],
    ['contested claims', '/claims/'],
    ['glossary', '/glossary/'],
    ['side-by-side table', '/topics/us-and-china/'],
  ] as [string, string][]).filter(([, p]) => p && existsSync(join(dist, p, 'index.html'))),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  it.each(pages)('%s page (%s) has no serious or critical violations, in light and dark themes', async (_type, path) => {
    const report: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(origin + path, { waitUntil: 'load' });
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        for (const n of v.nodes) report.push(`[${colorScheme}] ${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`);
      }
      await context.close();
    }
    expect(report, report.join('\n')).toEqual([]);
  });
});
