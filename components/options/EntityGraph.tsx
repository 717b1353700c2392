import type { EntityCard } from '../../lib/messages/protocol';
import { isolate } from '../bidi';
import { t } from '../i18n';
import { typeLabel } from './format';
import { clip, GRAPH_WIDTH, layoutGraph } from './graph-layout';
import { entityHref } from './route';

/**
 * The entity and its related entities as a small graph: the entity in the centre, each related
 * entity around it, the relation written on the edge. The drawing is one image to assistive
 * technology, described by a visually hidden list; its nodes are links for pointer users, and
 * keyboard users have the same links in the Related list beside it.
 */
export function EntityGraph({ card }: { card: EntityCard }) {
  const { entity, related } = card;
  if (related.length === 0) return null;
  const { height, center, nodes, hidden } = layoutGraph(related);
  const listId = `graph-list-${entity.id}`;
  return (
    <figure class="graph" data-testid="entity-graph">
      <svg
        viewBox={`0 0 ${GRAPH_WIDTH} ${height}`}
        role="img"
        aria-label={t('opt_graph_label', [isolate(entity.name), String(related.length)])}
        aria-describedby={listId}
      >
        {nodes.map((n, i) => (
          <line key={`e${i}`} class="graph-edge" x1={center.x} y1={center.y} x2={n.x} y2={n.y} />
        ))}
        {nodes.map((n, i) => (
          <text key={`r${i}`} class="graph-relation" x={n.edgeX} y={n.edgeY} text-anchor="middle" dominant-baseline="middle">
            {/* SVG text takes no <bdi>: the plain-text isolate instead (see bidi.ts). */}
            <title>{isolate(n.relation)}</title>
            {isolate(clip(n.relation, 26))}
          </text>
        ))}
        {nodes.map((n, i) => (
          // Out of the tab order: the Related list carries the same links for keyboard users.
          <a key={`n${i}`} href={entityHref(n.id)} tabindex={-1} class="graph-node" data-entity-id={n.id}>
            <title>{`${isolate(n.name)} (${typeLabel(n.type)})`}</title>
            <circle cx={n.x} cy={n.y} r={7} />
            <text x={n.labelX} y={n.labelY} text-anchor="middle">
              {isolate(clip(n.name, 22))}
            </text>
          </a>
        ))}
        <g class="graph-center">
          <circle cx={center.x} cy={center.y} r={11} />
          <text x={center.x} y={center.y + 30} text-anchor="middle">
            {isolate(clip(entity.name, 30))}
          </text>
        </g>
      </svg>
      <ul id={listId} class="visually-hidden">
        {related.map((r, i) => (
          <li key={i}>{t('opt_graph_edge', [isolate(entity.name), isolate(r.relation), isolate(r.name)])}</li>
        ))}
      </ul>
      {hidden > 0 && <figcaption class="muted small">{t('opt_graph_more', String(hidden))}</figcaption>}
    </figure>
  );
}
