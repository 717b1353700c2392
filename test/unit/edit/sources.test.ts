/** Editing a stored source in the editor: its form round-trips it, it is checked like a new source, and a refused delete is told in the UI language. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { deleteSource, saveSource } from '../../../lib/db/edit-claims';
import { seededDb } from './helpers';

// `t` reads browser.i18n at call time; in Node it answers with the key and its substitutions.
beforeAll(() => {
  (globalThis as { browser?: unknown }).browser = {
    i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...([] as string[]).concat(subs ?? [])].join('|') },
  };
});

const { checkSource, checkClaim } = await import('../../../components/options/editor/check');
const { draftToSource, sourceToDraft, newClaimDraft, emptySource } = await import('../../../components/options/editor/draft');
const { sourceDeleteMessage } = await import('../../../components/options/editor/errors');

const seed = DatasetSchema.parse(JSON.parse(readFileSync('seeds/dossier-seed.json', 'utf8')));
const PREFIX = '$.claims[0].sourceEdit';

describe('editing a stored source', () => {
  it('round-trips every seed source unchanged (so an untouched save writes nothing)', () => {
    for (const source of seed.sources) expect(draftToSource(source.id, sourceToDraft(source)), source.id).toEqual(source);
  });

  it('checks the fields like a new source, with errors at the form’s paths', () => {
    const draft = { ...sourceToDraft(seed.sources[0]!), title: '  ', url: 'not a url', date: '2024-13' };
    const errors = checkSource(seed.sources[0]!.id, draft, PREFIX);
    expect(Object.fromEntries(errors.map((e) => [e.path, e.message]))).toEqual({
      [`${PREFIX}.title`]: 'edit_err_required',
      [`${PREFIX}.url`]: 'edit_err_url',
      [`${PREFIX}.date`]: 'edit_err_date',
    });
    expect(checkSource(seed.sources[0]!.id, sourceToDraft(seed.sources[0]!), PREFIX)).toEqual([]);
  });

  it('a new source written with a claim is checked by the same rules, at `.source`', () => {
    const claim = { ...newClaimDraft(''), text: 'Text', quote: 'Quote', newSource: { ...emptySource(), url: 'nope' } };
    const paths = checkClaim('someone', claim, 2).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['$.claims[2].source.title', '$.claims[2].source.url']));
  });

  it('is saved over the stored source (create: false) and refused as a new one with the same id', async () => {
    const db = await seededDb();
    const source = draftToSource('source-a', { ...sourceToDraft((await db.sources.get('source-a'))!), publisher: 'Edited Publisher' });
    expect(await saveSource(db, source, false)).toEqual({ ok: true, value: source });
    expect((await db.sources.get('source-a'))?.publisher).toBe('Edited Publisher');
    expect((await saveSource(db, source, true)).ok).toBe(false);
  });
});

describe('the refusal to delete a cited source', () => {
  it('is recognised and told with the count, in the UI language', async () => {
    const db = await seededDb();
    const message = await deleteSource(db, 'source-b').then(
      () => '',
      (e: Error) => e.message,
    );
    expect(sourceDeleteMessage(message)).toBe('edit_src_delete_cited|2');
  });

  it('any other failure is shown as it came', () => {
    expect(sourceDeleteMessage('there is no source with the id "x"')).toBe('edit_src_delete_failed|there is no source with the id "x"');
  });
});
