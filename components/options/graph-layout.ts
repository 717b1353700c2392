/**
 * Where the related-entities graph draws its nodes: the entity in the centre, the related ones on
 * an ellipse around it, clockwise, each name on the outer side of its node, away from the edges.
 */
import type { RelatedView } from '../../lib/messages/protocol';

export const GRAPH_WIDTH = 640;
const TALL = 380;
/** One or two nodes sit level with the centre: a low drawing is enough. */
const LOW = 150;
/** More nodes than this crowd the ellipse; the rest are in the list beside the graph. */
export const MAX_GRAPH_NODES = 12;

export interface GraphNode extends RelatedView {
  x: number;
  y: number;
  /** Where the name goes (centred on it): above a node in the upper part, below the others. */
  labelX: number;
  labelY: number;
  /** Where the relation goes on the edge. */
  edgeX: number;
  edgeY: number;
}

export interface GraphLayout {
  height: number;
  center: { x: number; y: number };
  nodes: GraphNode[];
  /** Related entities left out of the drawing. */
  hidden: number;
}

export function layoutGraph(related: readonly RelatedView[]): GraphLayout {
  const shown = related.slice(0, MAX_GRAPH_NODES);
  const height = shown.length <= 2 ? LOW : TALL;
  const cx = GRAPH_WIDTH / 2;
  const cy = height / 2;
  // Room for half a name beside the leftmost and rightmost nodes, and a line of text above and below.
  const rx = GRAPH_WIDTH / 2 - 95;
  const ry = height / 2 - 60;
  // One node goes right and two go left and right, where the drawing is widest; more start at the top.
  const start = shown.length === 1 ? 0 : shown.length === 2 ? Math.PI : -Math.PI / 2;
  const nodes = shown.map((r, i): GraphNode => {
    const angle = start + (2 * Math.PI * i) / shown.length;
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const above = Math.sin(angle) < -0.3;
    // The relation sits a little past the middle of the edge, away from the centre's own name.
    return { ...r, x, y, labelX: x, labelY: above ? y - 14 : y + 26, edgeX: cx + (x - cx) * 0.55, edgeY: cy + (y - cy) * 0.55 };
  });
  return { height, center: { x: cx, y: cy }, nodes, hidden: related.length - shown.length };
}

/** Text cut to `max` characters with an ellipsis; the full text goes in a <title>. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
