/**
 * Puts the highlight colours and style (lib/settings/highlight-css.ts) on the page without adding
 * anything to it: a constructable style sheet in `document.adoptedStyleSheets`. No element goes
 * into the DOM (the page's observers and selectors see nothing), no attribute or custom property
 * lands on the page's own elements, and a page's CSP, which may forbid <style> elements, does
 * not apply to style sheets built through the CSSOM. The rules only match our marks.
 *
 * A page that assigns a whole new array to document.adoptedStyleSheets drops the sheet; the
 * highlights then keep the defaults of entrypoints/content/highlights.css until the next settings
 * change adopts it again.
 */
export class HighlightSheet {
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Replaces the rules shown with `css`; adopts the sheet again if the page dropped it. */
  set(css: string): void {
    const Sheet = this.doc.defaultView?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in this.doc)) return;
    this.sheet ??= new Sheet();
    this.sheet.replaceSync(css);
    const adopted = Array.from(this.doc.adoptedStyleSheets);
    if (!adopted.includes(this.sheet)) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
  }

  remove(): void {
    if (!this.sheet || !('adoptedStyleSheets' in this.doc)) return;
    const sheet = this.sheet;
    this.doc.adoptedStyleSheets = Array.from(this.doc.adoptedStyleSheets).filter((s) => s !== sheet);
    this.sheet = null;
  }
}
