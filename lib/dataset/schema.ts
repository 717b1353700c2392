/**
 * The dataset format: zod schemas are the single source of truth; TypeScript types and the
 * published JSON Schema (seeds/dataset.schema.json) are derived from them.
 */
import { z } from 'zod';
import { checkIntegrity } from './integrity';
import { ENTITY_TYPES, type EntityType } from './entity-types';

export { ENTITY_TYPES, type EntityType };

/** The schemaVersion this build reads and writes. */
export const SCHEMA_VERSION = 1;


export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "dmytro-kuleba"');

/** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source is. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Plain text: no control characters, no surrounding white space. Rendered as text, never HTML. */
export const PlainText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\s\p{Cc}](?:[^\p{Cc}]*[^\s\p{Cc}])?$/u, 'must be non-empty plain text without control characters or surrounding spaces');

export const HttpsUrl = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

export const AliasSchema = z
  .object({
    text: PlainText(120).describe('The name as it appears in text.'),
    caseSensitive: z.boolean().optional().describe('Match only with this exact case (acronyms such as NATO).'),
    needsContext: z
      .boolean()
      .optional()
      .describe('Ambiguous short form: counts only after the entity\'s name or an unflagged alias appeared earlier on the page.'),
    lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).optional().describe('BCP 47 language tag of the alias.'),
  })
  .strict();

export const RoleSchema = z
  .object({
    title: PlainText(160),
    organizationId: Slug.optional().describe('Entity id of the organisation the role is held in.'),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    former: z.boolean().optional().describe('The source calls the role former, without giving an end date.'),
  })
  .strict();

export const RelationSchema = z
  .object({
    id: Slug.describe('Entity id of the related entity.'),
    relation: PlainText(80).describe('How the entity relates to it, e.g. "member of".'),
  })
  .strict();

export const LinkSchema = z.object({ url: HttpsUrl, title: PlainText(160).optional() }).strict();

export const EntitySchema = z
  .object({
    id: Slug.describe('Stable kebab-case slug of the canonical English name.'),
    type: z.enum(ENTITY_TYPES),
    name: PlainText(160),
    aliases: z.array(AliasSchema).max(200).default([]),
    summary: PlainText(1000).optional(),
    roles: z.array(RoleSchema).max(50).default([]),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "UA"').optional(),
    related: z.array(RelationSchema).max(200).default([]),
    links: z.array(LinkSchema).max(20).optional(),
  })
  .strict();

export const SourceSchema = z
  .object({
    id: Slug,
    title: PlainText(300),
    publisher: PlainText(160).optional(),
    author: PlainText(160).optional(),
    date: PartialDate.optional(),
    url: HttpsUrl.optional(),
  })
  .strict();

export const ClaimSchema = z
  .object({
    id: Slug,
    entities: z.array(Slug).min(1).max(50).describe('Ids of the entities the claim is about.'),
    text: PlainText(400).describe('The claim in a short sentence.'),
    date: PartialDate.optional(),
    sourceId: Slug,
    quote: PlainText(300).describe('A verbatim passage from the source supporting the claim.'),
  })
  .strict();

export const DatasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.number().int().min(1),
    id: Slug,
    name: PlainText(160),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.2.0"'),
    publishedAt: z.iso.datetime({ offset: true }),
    description: PlainText(2000).optional(),
    entities: z.array(EntitySchema),
    claims: z.array(ClaimSchema),
    sources: z.array(SourceSchema),
  })
  .strict()
  .superRefine((dataset, ctx) => {
    if (dataset.schemaVersion > SCHEMA_VERSION) {
      ctx.addIssue({
        code: 'custom',
        path: ['schemaVersion'],
        message: `schemaVersion ${dataset.schemaVersion} is newer than this version of Dossier understands (${SCHEMA_VERSION}); update the extension`,
      });
      return;
    }
    for (const issue of checkIntegrity(dataset)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Alias = z.infer<typeof AliasSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
