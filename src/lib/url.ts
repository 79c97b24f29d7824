/** A site-internal URL with the configured base path (`site.base`) in front. */
export function href(path: `/${string}`): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
}
