/**
 * Snippets as a W3C Web Annotation collection (JSON-LD). Each annotation targets the page with a
 * TextQuoteSelector and a TextPositionSelector; the note, the entities and the tags are its bodies.
 * Each annotation also carries the whole snippet under `dossier:snippet` (an absolute IRI key that
 * Web Annotation tools ignore), which is what `import.ts` reads back: nothing is lost on the way.
 */
import { canonicalSnippet, entityName, exportOrder, type ExportContext } from './export-common';
import type { Snippet } from './schema';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The extension property holding Dossier's own record of the snippet. */
export const DOSSIER_PROPERTY = 'dossier:snippet';

export const snippetIri = (id: string) => `urn:dossier:snippet:${id}`;
export const entityIri = (id: string) => `urn:dossier:entity:${id}`;

type Body =
  | { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }
  | { type: 'TextualBody'; purpose: 'identifying'; id: string; value: string }
  | { type: 'TextualBody'; purpose: 'tagging'; value: string };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified?: string;
  body?: Body[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  [DOSSIER_PROPERTY]: Snippet;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(snippet: Snippet, ctx: ExportContext): WebAnnotation {
  const s = canonicalSnippet(snippet);
  const body: Body[] = [];
  if (s.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: s.note, format: 'text/plain' });
  for (const id of s.entities) body.push({ type: 'TextualBody', purpose: 'identifying', id: entityIri(id), value: entityName(ctx, id) });
  for (const tag of s.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return {
    id: snippetIri(s.id),
    type: 'Annotation',
    motivation: s.note ? 'commenting' : 'highlighting',
    created: s.savedAt,
    ...(s.updatedAt ? { modified: s.updatedAt } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: s.url,
      selector: [
        { type: 'TextQuoteSelector', exact: s.quote, prefix: s.prefix, suffix: s.suffix },
        { type: 'TextPositionSelector', start: s.position.start, end: s.position.end },
      ],
    },
    [DOSSIER_PROPERTY]: s,
  };
}

/** The collection's JSON text, newest snippet first. `label` names it for people (e.g. "Dossier snippets"). */
export function exportWebAnnotations(snippets: readonly Snippet[], ctx: ExportContext, label = 'Dossier snippets'): string {
  const items = exportOrder(snippets).map((s) => toWebAnnotation(s, ctx));
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
