import axe, { type AxeResults, type ContextObject, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The axe-core rules that read colours (axe's `cat.color` rules enabled by default): what can change
 * when only the theme changes. `color-contrast-enhanced` (AAA) is off by default and stays off.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** CSS selectors to check (default: the whole page). */
  include?: string[];
  /** Run only these rules (default: every rule axe enables by default). */
  rules?: string[];
}

/** The page's `window`, once axe-core is in it. */
type AxeWindow = { axe?: typeof axe };

/**
 * Puts axe-core into the page's current document, unless it is there already. AxeBuilder
 * (@axe-core/playwright, used here before) sent and ran axe's 650 kB source twice on every run,
 * though the page already held it from the run before: ~0.3 s of CPU per run, over ~90 runs. This
 * sends it once per page load; a navigation gives a new document, which gets it again.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate((version) => (window as unknown as AxeWindow).axe?.version === version, axe.version)) return;
  await page.evaluate(axe.source);
  // As AxeBuilder's legacy mode configures it: frames only of the same origin (a page here has none).
  await page.evaluate(() => (window as unknown as Required<AxeWindow>).axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } }));
}

/**
 * The serious and critical axe-core violations on `page`, one line each, prefixed with `label`.
 *
 * Axe runs in the page itself, as AxeBuilder's legacy mode ran it (`axe.run` on the page's document,
 * with the same context and options). AxeBuilder's default mode (`axe.runPartial` in each frame,
 * `axe.finishRun` in a second, blank tab) cost ~0.5 s more CPU per run; it differs only for pages
 * with frames, so this throws if the page has any.
 *
 * Only violations are gathered in full (axe's `resultTypes`): every rule still runs on every node,
 * but passing and inapplicable results keep one node each instead of all of them, with their
 * selectors and HTML. The violations are the same; a run takes about a third less time.
 */
export async function seriousViolations(page: Page, label: string, scope: AxeScope = {}): Promise<string[]> {
  if (page.frames().length !== 1) throw new Error(`${page.url()} has ${page.frames().length - 1} frame(s): check them with axe's frame-aware runPartial and finishRun`);
  await injectAxe(page);
  // The context AxeBuilder gives axe: its includes, or an empty list (the whole document).
  const context = { include: scope.include ?? [], exclude: [] as string[] };
  const options: RunOptions = { resultTypes: ['violations'], ...(scope.rules ? { runOnly: { type: 'rule', values: scope.rules } } : {}) };
  const { violations } = await page.evaluate(
    ({ context, options }) => (window as unknown as Required<AxeWindow>).axe.run(context as ContextObject, options as RunOptions) as Promise<AxeResults>,
    { context, options },
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `[${label}] ${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

/**
 * Switches the loaded page to the light or dark theme in place, as a reader's system setting does:
 * the `prefers-color-scheme` media feature changes, and Starlight's theme script (theme "auto")
 * follows it by setting `data-theme` on <html>. Resolves once `data-theme` is `scheme` and no CSS
 * transition or animation is still running (colours read mid-transition would be neither theme's).
 */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme, { timeout: 5000 }).catch((e: Error) => {
    throw new Error(`${page.url()}: data-theme did not become "${scheme}" when the system colour scheme changed\n${e.message}`);
  });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ).then(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))),
  );
}

/**
 * Resolves once the page's deferred scripts have drawn what they add: Starlight mounts Pagefind's
 * search form into the search dialog when the browser is idle after load, so a layout read before
 * and one read after it would differ by those elements (a busy CI machine can delay it by seconds).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#starlight__search form', { state: 'attached', timeout: 15000 });
}

/**
 * Where every element of the page is drawn, and whether it is shown: one line per element. Two
 * themes of a page with the same layout differ only in colours, so axe's other rules (names, roles,
 * structure, sizes, visibility) give the same result in both.
 */
export function layoutOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((e) => {
      const r = e.getBoundingClientRect();
      const shown = e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${shown ? 'shown' : 'hidden'} ${[r.x, r.y, r.width, r.height].map(Math.round).join(' ')}`;
    }),
  );
}

/** The entries of `b` that differ from `a` at the same index (and any extra ones), at most `max`. */
export function layoutChanges(a: string[], b: string[], max = 10): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max; i++) {
    if (a[i] !== b[i]) out.push(`#${i}: ${a[i] ?? '(none)'} → ${b[i] ?? '(none)'}`);
  }
  return out;
}
