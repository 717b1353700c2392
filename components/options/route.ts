/**
 * The options page's hash routes. `#/entity/<id>` is also the deep link the in-page popover opens
 * (see the background's openOptions), so its form must not change.
 *
 *   #/, #/entities        the entity list
 *   #/entity/<id>         one entity
 *   #/entity/<id>/edit    the editor for one entity
 *   #/new                 the editor for a new entity
 *   #/snippets            the snippet library
 *   #/datasets, #/settings
 */

export type Route =
  | { name: 'entities' }
  | { name: 'entity'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'new' }
  | { name: 'snippets' }
  | { name: 'datasets' }
  | { name: 'settings' };

/** The navigation's sections; every route belongs to one. */
export type Section = 'entities' | 'snippets' | 'datasets' | 'settings';

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A malformed escape is still an id the user asked for; show it as typed.
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  const entity = /^entity\/([^/?#]+)(\/edit)?$/.exec(path);
  if (entity) return entity[2] ? { name: 'edit', id: decode(entity[1]!) } : { name: 'entity', id: decode(entity[1]!) };
  switch (path) {
    case 'new':
      return { name: 'new' };
    case 'snippets':
      return { name: 'snippets' };
    case 'datasets':
      return { name: 'datasets' };
    case 'settings':
      return { name: 'settings' };
    default:
      // "", "entities", and anything unknown: the list is the page's home.
      return { name: 'entities' };
  }
}

export function sectionOf(route: Route): Section {
  return route.name === 'snippets' || route.name === 'datasets' || route.name === 'settings' ? route.name : 'entities';
}

export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function editHref(id: string): string {
  return `${entityHref(id)}/edit`;
}

export const LIST_HREF = '#/entities';
export const NEW_HREF = '#/new';
export const SECTION_HREFS: Record<Section, string> = { entities: LIST_HREF, snippets: '#/snippets', datasets: '#/datasets', settings: '#/settings' };

/** Goes to a route; the hash change re-renders the page (useHashRoute). */
export function navigate(href: string): void {
  location.hash = href;
}
