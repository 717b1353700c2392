/** Saving text as a file the browser downloads: a Blob behind an object URL, clicked through `<a download>`. */

/** How long the object URL stays valid: the browser reads it after the click, not during it. */
const REVOKE_AFTER_MS = 60_000;

export function saveTextFile(doc: Document, filename: string, text: string, type = 'application/json'): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
