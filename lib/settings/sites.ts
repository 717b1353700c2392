/**
 * Which sites Dossier annotates. A site entry is a host name such as `example.com`; it covers the
 * host itself and every subdomain (`news.example.com`), whatever the scheme or port. A leading
 * `www.` is dropped, so the entry for www.example.com is `example.com`: the site, not its front door.
 */
import type { Settings } from './settings';

/** The longest list of sites kept; more is almost certainly a runaway script. */
export const MAX_SITES = 1000;

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The site entry for what a person typed: a host, a URL, `*.example.com`; lower case, IDNs as
 * punycode, without `www.`, port, path or trailing dot. Null when it is not a host name.
 */
export function normalizeHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || /\s/.test(text)) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*\./, '');
  let hostname: string;
  try {
    hostname = new URL(`http://${text}`).hostname;
  } catch {
    return null;
  }
  hostname = hostname.replace(/\.$/, '');
  if (IPV6.test(hostname)) return hostname;
  if (!hostname || hostname.length > 253) return null;
  const labels = hostname.split('.');
  if (!labels.every((l) => LABEL.test(l))) return null;
  if (labels[0] === 'www' && labels.length > 2) labels.shift();
  return labels.join('.');
}

/** True when a site entry covers `host`: the same host or a subdomain of it. */
export function hostMatches(entry: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === entry || h.endsWith(`.${entry}`);
}

/** The list the current mode reads: sites left out, or the only sites annotated. */
export function activeSites(settings: Settings): readonly string[] {
  return settings.sites.mode === 'only' ? settings.sites.only : settings.sites.except;
}

/** Entries of the active list that cover `host`. */
export function entriesFor(settings: Settings, host: string): string[] {
  return activeSites(settings).filter((entry) => hostMatches(entry, host));
}

export function isHostEnabled(settings: Settings, host: string): boolean {
  const listed = entriesFor(settings, host).length > 0;
  return settings.sites.mode === 'only' ? listed : !listed;
}

/** Pages where browsers let no extension run: extension galleries. */
const STORES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/microsoftedge\.microsoft\.com\/addons/, /^https:\/\/addons\.mozilla\.org\//];

/** True for pages a content script can run on: http(s), except the browsers' extension stores. */
export function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url) && !STORES.some((store) => store.test(url));
}

/** Whether Dossier annotates the page at `url`: http(s) pages whose host the settings allow. */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return isHostEnabled(settings, parsed.hostname);
}

function withActiveList(settings: Settings, list: string[]): Settings {
  const key = settings.sites.mode === 'only' ? 'only' : 'except';
  return { ...settings, sites: { ...settings.sites, [key]: list } };
}

/** Adds a site entry to the active list (normalised, once). Unchanged when `input` is no host. */
export function addSite(settings: Settings, input: string): Settings {
  const entry = normalizeHost(input);
  const list = activeSites(settings);
  if (!entry || list.includes(entry) || list.length >= MAX_SITES) return settings;
  return withActiveList(settings, [...list, entry]);
}

export function removeSite(settings: Settings, entry: string): Settings {
  return withActiveList(
    settings,
    activeSites(settings).filter((e) => e !== entry),
  );
}

/**
 * Switches Dossier on or off for the site of `host`, in whichever mode the settings are in.
 * Switching on removes every entry that covers the host, so an entry for a parent domain
 * (`example.com` when on news.example.com) goes too: a list of host names cannot say "all of
 * example.com but this subdomain". `entriesFor` tells the user beforehand.
 */
export function toggleSite(settings: Settings, host: string): Settings {
  const site = normalizeHost(host);
  if (!site) return settings;
  const enabled = isHostEnabled(settings, host);
  const list = activeSites(settings);
  const adding = settings.sites.mode === 'only' ? !enabled : enabled;
  if (adding) return list.length >= MAX_SITES ? settings : withActiveList(settings, [...list, site]);
  return withActiveList(
    settings,
    list.filter((entry) => !hostMatches(entry, host)),
  );
}
