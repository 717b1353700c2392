/**
 * The href for an address that came from data (a dataset link, a source, a snippet's page): the
 * address itself when it is http(s), else nothing, so a javascript: or data: URL never becomes a
 * link. Imports and edits already refuse such addresses; this holds should one reach the database
 * another way (an old build, a hand-edited profile).
 */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
