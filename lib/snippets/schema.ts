/**
 * A research snippet: an exact quote from a page with enough context to find it again, where it
 * came from, the entities it mentions, and the user's note and tags. Snippets are the user's own
 * work: dataset imports and syncs never touch them.
 *
 * zod lives here, so only the background and the options page import the schema; the content
 * script imports the types alone (`import type`) to stay small.
 */
import { z } from 'zod';
import { Slug } from '../dataset/schema';

/** Characters of page text kept on each side of the quote, to anchor it again. */
export const CONTEXT_CHARS = 32;

const Text = (max: number) => z.string().max(max);
const WebUrl = z
  .string()
  .max(4096)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

export const SnippetSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, "-" or "_"'),
    /** The selected text exactly as the page showed it. */
    quote: Text(20_000).min(1),
    /** Up to CONTEXT_CHARS characters of page text before and after the quote. */
    prefix: Text(200),
    suffix: Text(200),
    /** Offsets of the quote in the page's text (see lib/snippets for how page text is read). */
    position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
    /** The page's canonical URL when it declares one, else its address without the fragment. */
    url: WebUrl,
    /** The address the snippet was saved on, when it differs from `url`. */
    pageUrl: WebUrl.optional(),
    title: Text(1000),
    /** Host name of `url`. */
    site: Text(255),
    author: Text(500).optional(),
    /** As the page gives it (meta tags or JSON-LD), normalised to an ISO date or date-time. */
    publishedAt: Text(40).optional(),
    /** ISO date-time. */
    savedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
    /** Ids of the entities mentioned inside the quote. */
    entities: z.array(Slug).max(500),
    note: Text(20_000),
    tags: z.array(Text(100).min(1)).max(100),
    /**
     * Whether the snippet was found the last time its page was open: exactly, approximately (the
     * text changed a little), or not at all. Absent until the page is visited again.
     */
    placement: z
      .object({ status: z.enum(['exact', 'approximate', 'missing']), checkedAt: z.iso.datetime({ offset: true }) })
      .strict()
      .optional(),
  })
  .strict();

export type Snippet = z.infer<typeof SnippetSchema>;
