/** The options page's hash routes: `#/` (dataset and entity list) and `#/entity/<id>` (one entity). */

export type Route = { name: 'list' } | { name: 'entity'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/entity\/([^/?#]+)\/?$/.exec(hash);
  if (!match) return { name: 'list' };
  try {
    return { name: 'entity', id: decodeURIComponent(match[1]!) };
  } catch {
    // A malformed escape is still an id the user asked for; show it as typed.
    return { name: 'entity', id: match[1]! };
  }
}

export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export const LIST_HREF = '#/';
