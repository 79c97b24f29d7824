import type { LoaderContext } from 'astro/loaders';

/**
 * In the dev server, runs `update` after files that `accept` approves are added, changed or
 * removed: once per burst of events (an editor's save is often several), one run at a time.
 * A failed run is logged and the server keeps serving what it had.
 */
export function watchFiles(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  paths: readonly string[],
  accept: (path: string) => boolean,
  update: () => Promise<void>,
): void {
  if (!watcher) return;
  watcher.add([...paths]);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (path: string) => {
    if (!accept(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(update).catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
    }, 100);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, schedule);
}
