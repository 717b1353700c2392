/**
 * Messages the background builds (validation, import, sync and delete errors) quote values from
 * the data in ASCII double quotes: `duplicate alias "…"`, `refers to entity "…"`. Shown as they
 * are, a value with bidi controls (U+202E …) or right-to-left text would reorder the message
 * around it. `isolateQuoted` gives the message with each quoted value isolated (bidi.ts
 * `isolate`, for plain strings: the messages are shown as text, in titles and in t()
 * substitutions alike). A value that itself holds a `"` splits where the quotes pair up; the
 * message templates never contain bidi controls, so any stretch outside a pair that carries one
 * came from the data, and is isolated too.
 */
import { isolate } from '../bidi';

/** Embeddings, overrides, isolates and the marks (LRM, RLM, ALM) that could move the text around them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function isolateQuoted(message: string): string {
  const parts = message.split('"');
  return parts
    .map((part, i) => {
      // Odd parts lie between a quote and the next one, when there is a next one.
      const quoted = i % 2 === 1 && i < parts.length - 1;
      return quoted || BIDI_CONTROLS.test(part) ? isolate(part) : part;
    })
    .join('"');
}

/** An error caught from a request, as text with its quoted values isolated. */
export function errorMessage(error: unknown): string {
  return isolateQuoted(error instanceof Error ? error.message : String(error));
}
