/**
 * An element of ours on the page whose contents live in an open shadow root, out of reach of
 * the page's CSS: `:host` resets everything the host could inherit, with !important, which wins
 * over the page's own !important rules for the shadow tree.
 */
import { UI_ATTRIBUTE } from '../page/elements';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

const HOST_RESET = ':host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483647 !important;display:block !important;visibility:visible !important;opacity:1 !important;}';

export function createShadowHost(tagName: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(tagName);
  host.setAttribute(UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_RESET + css;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.documentElement.append(host);
  return { host, root, container, remove: () => host.remove() };
}
