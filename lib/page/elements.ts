/** How the page's elements are treated: which join text into one run, which are never read. */

/** Elements whose text flows on with their neighbours', so a name may run across them. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT',
  'I', 'IMG', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/** Never annotated, nor anything inside: code, form controls, embedded and non-HTML content. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Our own in-page UI elements. */
export const UI_TAG = 'DOSSIER-POPOVER';
export const UI_ATTRIBUTE = 'data-dossier-ui';
export const MARK_CLASS = 'dossier-mark';

const INLINE_KIND = 1;
const SKIPPED_KIND = 2;
/** Tag name as the page spells it → INLINE_KIND | SKIPPED_KIND: one map look-up per element. */
const kinds = new Map<string, number>();

function kindOf(el: Element): number {
  const name = el.tagName;
  let kind = kinds.get(name);
  if (kind === undefined) {
    const tag = name.toUpperCase();
    kind = (INLINE.has(tag) ? INLINE_KIND : 0) | (SKIPPED.has(tag) || tag === UI_TAG ? SKIPPED_KIND : 0);
    kinds.set(name, kind);
  }
  return kind;
}

export function isInline(el: Element): boolean {
  return (kindOf(el) & INLINE_KIND) !== 0;
}

/** Editable regions belong to the user typing in them. */
function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

export function isSkipped(el: Element): boolean {
  return (kindOf(el) & SKIPPED_KIND) !== 0 || el.hasAttribute(UI_ATTRIBUTE) || isEditable(el);
}

/** True when the node or an ancestor up to `root` is skipped. */
export function isInSkipped(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
    if (el === root) break;
  }
  return node.ownerDocument?.designMode === 'on';
}

/** The nearest ancestor whose text does not flow on with its neighbours'. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

export function isOurMark(node: Node): node is HTMLElement {
  return node.nodeType === 1 && (node as Element).tagName === 'MARK' && (node as Element).classList.contains(MARK_CLASS);
}
