/**
 * Bidi isolation of dataset text (names, aliases, roles, summaries, claims, quotes, sources,
 * snippet quotes, notes and tags). Such text may be right-to-left or carry bidi controls
 * (U+202A–U+202E, U+2066–U+2069); an override left open inside a name would reorder the UI text
 * next to it ("Kuleba‮ – NATO" shows the rest of the line reversed). The one approach used
 * throughout Dossier's UI: every element that shows such a string holds it in a `<bdi>` (or is a
 * `<bdi>`), which the browser lays out as an isolate (`unicode-bidi: isolate`): whatever the
 * string opens ends with it, and its direction comes from its own first strong character. A value
 * substituted into a translated sentence gets its `<bdi>` from IsolatedText.tsx. Where no element
 * can go (an `<option>` label, a title or aria-label attribute, SVG text, the document title),
 * `isolate` gives the plain-text equivalent. The page's own text and highlight marks are never
 * touched: this is for our UI only.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * `text` unchanged, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. Balanced against the
 * string's own isolates: a stray PDI in it would otherwise end the isolate early and let an
 * override after it leak out, so each stray one gets an FSI of its own before, and each isolate the
 * string leaves open gets a PDI after (a PDI also ends every embedding and override inside it).
 */
export function isolate(text: string): string {
  let open = 0;
  let stray = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) open++;
    else if (ch === PDI) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return FSI.repeat(stray + 1) + text + PDI.repeat(open + 1);
}
