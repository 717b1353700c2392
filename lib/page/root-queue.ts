/**
 * The subtrees waiting to be scanned. Adding a root drops the queued roots inside it and is a
 * no-op when an ancestor is queued; past FLOOD roots the queue folds into their lowest common
 * ancestor, so a page that changes everywhere at once costs one rescan, not thousands.
 */

export const FLOOD = 200;

export class RootQueue {
  private roots = new Set<Element>();

  get size(): number {
    return this.roots.size;
  }

  add(root: Element): void {
    for (const queued of this.roots) {
      if (queued === root || queued.contains(root)) return;
      if (root.contains(queued)) this.roots.delete(queued);
    }
    this.roots.add(root);
    if (this.roots.size > FLOOD) this.roots = new Set([commonAncestor([...this.roots])]);
  }

  /** The next root still in the document, or null. */
  take(accept: (root: Element) => boolean): Element | null {
    for (const root of this.roots) {
      this.roots.delete(root);
      if (root.isConnected && accept(root)) return root;
    }
    return null;
  }

  clear(): void {
    this.roots.clear();
  }
}

export function commonAncestor(elements: readonly Element[]): Element {
  let ancestor = elements[0]!;
  for (const el of elements) while (!ancestor.contains(el) && ancestor.parentElement) ancestor = ancestor.parentElement;
  return ancestor;
}
