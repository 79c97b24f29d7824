/**
 * Remembers the results of a slow pure function of one string (chrono, compromise): header lines
 * such as site names and date formats repeat across the articles of one site. Bounded: the cache is
 * emptied when it holds `max` entries, so memory stays flat on any number of articles.
 */
export function memoize<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    if (cache.size >= max) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
