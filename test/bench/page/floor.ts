/** The floor: the least any page scanner must do, read every text node once. */
export function floor(root: Node = document.body): { ms: number; chars: number; nodes: number } {
  const start = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - start, chars, nodes };
}
