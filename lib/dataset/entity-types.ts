/** The kinds of entity a dataset may hold. Free of zod, so content scripts can import it cheaply. */
export const ENTITY_TYPES = [
  'person',
  'company',
  'organization',
  'government-body',
  'alliance',
  'media',
  'place',
  'event',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
