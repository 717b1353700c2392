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

/** Query parameters that only say how a reader arrived (campaigns, click ids), not which page. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|ref_src|_ga|_gl|at_medium|at_campaign)$/i;

/**
 * The form in which two addresses of one page compare equal: no fragment, no tracking parameters.
 * A snippet saved at `…/story` is found again when the page is opened as `…/story?utm_source=x`.
 */
export function pageKey(value: string): string {
  const url = webUrl(value);
  if (!url) return value;
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  return url.href;
}
