/**
 * The entity editor at `#/entity/<id>/edit` and `#/new`: every field of an entity and its claims.
 * Nothing is sent until the form passes the same checks the background applies; the background
 * checks again and writes nothing unless the whole entity is valid. Leaving with unsaved changes asks.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import { stableJson } from '../../../lib/db/edit-checks';
import type { Client } from '../../../lib/messages/client';
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { isolate } from '../../bidi';
import { t } from '../../i18n';
import { IsolatedText } from '../../IsolatedText';
import { AliasRows } from './AliasRows';
import { checkAll } from './check';
import { ClaimsEditor } from './ClaimsEditor';
import { ConflictNotice, type ConflictKind, type ConflictSubject } from './ConflictNotice';
import { draftToClaim, draftToEntity, emptyEntityDraft, type ClaimDraft, type EntityDraft } from './draft';
import { EntityBasics } from './EntityBasics';
import { ErrorSummary } from './ErrorSummary';
import { toErrorMap } from './errors';
import { FormErrors } from './formContext';
import { LinkRows } from './LinkRows';
import { loadEntity } from './load';
import { RelatedRows } from './RelatedRows';
import { RoleRows } from './RoleRows';
import { saveEntityForm } from './save';
import { useLeaveGuard } from './useLeaveGuard';
import { useSources } from './useSources';
import { isolateQuoted } from '../quotedText';
import './controls.css';
import './editor.css';

export interface EntityEditorProps {
  client: Client;
  /** The entity to edit; none to create one. */
  id?: string;
  /** Called after a save (with the entity's id) or a cancel (without). */
  onDone(savedId?: string): void;
}

type Load = { status: 'loading' } | { status: 'ready' } | { status: 'missing' } | { status: 'error'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function claimChanged(entityId: string, c: ClaimDraft): boolean {
  return c.create || c.deleted || c.newSource !== null || stableJson(draftToClaim(entityId, c)) !== c.initial;
}

export function EntityEditor({ client, id, onDone }: EntityEditorProps) {
  const [load, setLoad] = useState<Load>(id === undefined ? { status: 'ready' } : { status: 'loading' });
  const [create, setCreate] = useState(id === undefined);
  const [draft, setDraft] = useState<EntityDraft>(emptyEntityDraft);
  const [claims, setClaims] = useState<ClaimDraft[]>([]);
  const [initial, setInitial] = useState(() => stableJson(draftToEntity(emptyEntityDraft())));
  /** The dataset the entity came from (by name), when not the user's own. */
  const [dataset, setDataset] = useState<string | null>(null);
  /** The name as stored, for the heading: it should not change while the name field is edited. */
  const [storedName, setStoredName] = useState('');
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [idTouched, setIdTouched] = useState(false);
  /** The version of the entity as loaded or last saved: the background refuses saves based on an older one. */
  const [base, setBase] = useState<string | undefined>(undefined);
  /** Set when a save was refused because another window changed or deleted the entity, or one of its claims, meanwhile. */
  const [conflict, setConflict] = useState<{ kind: ConflictKind; subject: ConflictSubject; deleting?: boolean } | null>(null);
  /** Bumped to load the entity again (after a conflict). */
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const conflictNotice = useRef<HTMLDivElement>(null);

  const entityId = draft.id.trim();
  const dirty = stableJson(draftToEntity(draft)) !== initial || claims.some((c) => claimChanged(entityId, c));
  const guard = useLeaveGuard(dirty && !saving, t('edit_leave_confirm'));
  const errorMap = useMemo(() => toErrorMap(errors), [errors]);
  const sourceList = useSources(client, claims, (f) => setClaims(f));

  useEffect(() => {
    let current = true;
    if (id !== undefined)
      loadEntity(client, id).then(
        (loaded) => {
          if (!current) return;
          if (!loaded) return setLoad({ status: 'missing' });
          setDraft(loaded.draft);
          setBase(loaded.version);
          setInitial(stableJson(draftToEntity(loaded.draft)));
          setClaims(loaded.claims);
          if (loaded.datasetId !== 'user') setDataset(loaded.datasetName);
          setStoredName(loaded.draft.name);
          setLoad({ status: 'ready' });
        },
        (e: unknown) => current && setLoad({ status: 'error', message: messageOf(e) }),
      );
    return () => {
      current = false;
    };
  }, [client, id, reloads]);

  useEffect(() => {
    if (load.status === 'loading') return;
    heading.current?.focus();
    document.title = `${id === undefined ? t('edit_title_new') : t('edit_title_edit', isolate(storedName || id))} – ${t('extName')}`;
  }, [load.status]);

  // After a failed save, problems are re-checked as the user fixes them.
  const editDraft = (patch: Partial<EntityDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (attempted) setErrors(checkAll(next, claims));
  };
  const editClaims = (next: ClaimDraft[]) => {
    setClaims(next);
    if (attempted) setErrors(checkAll(draft, next));
  };
  const showErrors = (list: ValidationError[]) => {
    setErrors(list);
    setTimeout(() => summary.current?.focus(), 0);
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setAttempted(true);
    const problems = checkAll(draft, claims);
    if (problems.length) return showErrors(problems);
    setSaving(true);
    setConflict(null);
    try {
      const out = await saveEntityForm(client, draft, claims, create, base);
      if (out.ok) {
        guard.release();
        return onDone(out.id);
      }
      if (out.conflict) {
        // Nothing was written; the edits stay in the form until the user reloads.
        setErrors([]);
        setConflict({ kind: out.conflict, subject: 'entity' });
        setTimeout(() => conflictNotice.current?.focus(), 0);
        return;
      }
      if (out.sources.length) sourceList.add(out.sources);
      if (out.entitySaved) {
        // The entity is stored: from now on this form edits it.
        setCreate(false);
        setBase(out.version);
        setInitial(stableJson(draftToEntity(draft)));
        setStoredName(draft.name.trim());
        setClaims(out.claims);
      }
      if (out.claimConflict) {
        // The claim's error stays listed at it; the notice, which offers to reload, takes focus.
        setErrors(out.errors);
        setConflict({ kind: out.claimConflict, subject: 'claim', deleting: out.claimConflictOnDelete === true });
        setTimeout(() => conflictNotice.current?.focus(), 0);
        return;
      }
      showErrors(out.errors);
    } catch (err) {
      const message = messageOf(err);
      showErrors([{ path: '$', message: message.startsWith(STORAGE_FULL_ERROR) ? t('conc_storage_full') : t('edit_save_failed', message) }]);
    } finally {
      setSaving(false);
    }
  };

  /** Loads the stored entity again, dropping the form's edits (offered after a conflict). */
  const reload = () => {
    setConflict(null);
    setErrors([]);
    setAttempted(false);
    setLoad({ status: 'loading' });
    setReloads((n) => n + 1);
  };

  const cancel = () => {
    if (dirty && !window.confirm(t('edit_discard_confirm'))) return;
    guard.release();
    onDone();
  };

  if (load.status !== 'ready')
    return (
      <article class="panel ed-editor" data-testid="entity-editor" aria-busy={load.status === 'loading'}>
        {load.status === 'loading' && <p class="muted">{t('edit_loading')}</p>}
        {load.status !== 'loading' && (
          <>
            <h2 ref={heading} tabIndex={-1}>
              {load.status === 'missing' ? t('edit_missing_title') : t('edit_load_failed')}
            </h2>
            <p class={load.status === 'error' ? 'error' : ''} role={load.status === 'error' ? 'alert' : undefined}>
              {load.status === 'missing' ? <IsolatedText msg="edit_missing" values={[id ?? '']} /> : isolateQuoted(load.message)}
            </p>
            <button type="button" class="ed-secondary" onClick={() => onDone()}>
              {t('edit_back')}
            </button>
          </>
        )}
      </article>
    );

  return (
    <FormErrors.Provider value={errorMap}>
      <form class="panel ed-editor" data-testid="entity-editor" data-entity-id={id} noValidate onSubmit={onSubmit} aria-busy={saving}>
        <h2 ref={heading} tabIndex={-1}>
          {create ? t('edit_title_new') : <IsolatedText msg="edit_title_edit" values={[storedName || entityId]} />}
        </h2>
        {dataset && (
          <p class="muted ed-note">
            <IsolatedText msg="edit_dataset_note" values={[dataset]} />
          </p>
        )}
        <p class="muted ed-note">{t('edit_required_note')}</p>
        {conflict && <ConflictNotice kind={conflict.kind} subject={conflict.subject} deleting={conflict.deleting} onReload={reload} noticeRef={conflictNotice} />}
        <ErrorSummary errors={errors} summaryRef={summary} />
        <EntityBasics draft={draft} create={create} idTouched={idTouched} onIdTouched={() => setIdTouched(true)} onChange={editDraft} />
        <AliasRows aliases={draft.aliases} onChange={(aliases) => editDraft({ aliases })} />
        <RoleRows client={client} roles={draft.roles} onChange={(roles) => editDraft({ roles })} />
        <RelatedRows client={client} selfId={entityId} related={draft.related} onChange={(related) => editDraft({ related })} />
        <LinkRows links={draft.links} onChange={(links) => editDraft({ links })} />
        <ClaimsEditor client={client} claims={claims} sources={sourceList.sources} sourceActions={sourceList.actions} selfId={entityId} selfName={draft.name.trim()} errors={errorMap} onChange={editClaims} />
        <div class="ed-form-actions">
          <button type="submit" class="ed-primary" data-testid="editor-save" disabled={saving}>
            {saving ? t('edit_saving') : t('edit_save')}
          </button>
          <button type="button" class="ed-secondary" data-testid="editor-cancel" onClick={cancel}>
            {t('edit_cancel')}
          </button>
          <span class="muted" role="status">
            {dirty ? t('edit_unsaved') : ''}
          </span>
        </div>
      </form>
    </FormErrors.Provider>
  );
}
