/** Cross-reference checks a JSON Schema cannot express: unique ids and no dangling references. */

interface Ref {
  id: string;
}
interface IntegrityInput {
  entities: readonly (Ref & {
    aliases: readonly { text: string }[];
    roles: readonly { organizationId?: string }[];
    related: readonly { id: string }[];
  })[];
  claims: readonly (Ref & { entities: readonly string[]; sourceId: string })[];
  sources: readonly Ref[];
}

export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

function duplicates(list: readonly Ref[], key: string, noun: string, out: IntegrityIssue[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((row, i) => {
    if (seen.has(row.id)) out.push({ path: [key, i, 'id'], message: `duplicate ${noun} id "${row.id}"` });
    seen.add(row.id);
  });
  return seen;
}

export function checkIntegrity(data: IntegrityInput): IntegrityIssue[] {
  const out: IntegrityIssue[] = [];
  const entityIds = duplicates(data.entities, 'entities', 'entity', out);
  const sourceIds = duplicates(data.sources, 'sources', 'source', out);
  duplicates(data.claims, 'claims', 'claim', out);
  const missingEntity = (id: string, path: (string | number)[]) => {
    if (!entityIds.has(id)) out.push({ path, message: `refers to entity "${id}", which is not in the dataset` });
  };
  data.entities.forEach((e, i) => {
    const aliasTexts = new Set<string>();
    e.aliases.forEach((a, j) => {
      if (aliasTexts.has(a.text)) out.push({ path: ['entities', i, 'aliases', j, 'text'], message: `duplicate alias "${a.text}"` });
      aliasTexts.add(a.text);
    });
    e.roles.forEach((r, j) => r.organizationId && missingEntity(r.organizationId, ['entities', i, 'roles', j, 'organizationId']));
    e.related.forEach((r, j) => {
      missingEntity(r.id, ['entities', i, 'related', j, 'id']);
      if (r.id === e.id) out.push({ path: ['entities', i, 'related', j, 'id'], message: 'an entity cannot be related to itself' });
    });
  });
  data.claims.forEach((c, i) => {
    c.entities.forEach((id, j) => missingEntity(id, ['claims', i, 'entities', j]));
    if (!sourceIds.has(c.sourceId))
      out.push({ path: ['claims', i, 'sourceId'], message: `refers to source "${c.sourceId}", which is not in the dataset` });
  });
  return out;
}
