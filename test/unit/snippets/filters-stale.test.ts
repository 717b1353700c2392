// @vitest-environment jsdom
/**
 * Review fix: a filter whose value no longer occurs in the library (its last snippet was deleted
 * or re-tagged, and may come back with undo) still shows as chosen, so the list is not filtered
 * by something the controls hide.
 */
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SnippetFilters } from '../../../components/options/snippets/SnippetFilters';

(globalThis as unknown as { browser: unknown }).browser = { i18n: { getUILanguage: () => 'en', getMessage: (key: string) => key } };

describe('library filters after the filtered value is gone', () => {
  it('keeps showing the chosen tag, site and entity', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const facets = { sites: [{ value: 'a.example', count: 1 }], tags: [{ value: 'kept', count: 1 }], entities: [] };
    render(h(SnippetFilters, { filters: { query: '', tag: 'gone', site: 'b.example', entityId: 'nato' }, facets, names: { nato: 'NATO' }, onChange: () => undefined, onClear: () => undefined }), root);
    const select = (id: string) => root.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
    expect(select('lib-filter-tag').value).toBe('gone');
    expect(select('lib-filter-site').value).toBe('b.example');
    expect(select('lib-filter-entity').value).toBe('nato');
    expect(select('lib-filter-entity').selectedOptions[0]!.textContent).toContain('NATO');
    render(null, root);
  });
});
