/**
 * Wraps an expensive, content-derived computation so a production build runs it once for all pages.
 * In the dev server it runs on every call, so edits to articles and pages show up without a restart.
 */
export function buildOnce<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}
