/**
 * UI text in the browser's language (English and Ukrainian, in public/_locales). Every string a
 * person reads goes through `t`, with its key in both message files (a unit test checks they match).
 */
export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key as never, substitutions);
  return text || key;
}
