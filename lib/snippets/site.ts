/**
 * Which pages count as one site for snippets: the same host name, with or without a leading
 * "www.". The background uses it to let a page read only its own site's snippets; the content
 * script uses it to accept a canonical URL. zod-free: both sides import it.
 */

export function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export function sameSite(a: string, b: string): boolean {
  return a !== '' && siteOf(a) === siteOf(b);
}

/** An http(s) URL without its fragment, or null when `value` is not one. */
export function webUrl(value: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url;
}
