/**
 * A claim's source: one of the sources in the database, or a new one written with the claim. The
 * picked source can be edited in place (for every claim citing it) or deleted, when nothing cites it.
 */
import { useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import type { Client } from '../../../lib/messages/client';
import { isolate } from '../../bidi';
import { t } from '../../i18n';
import { formatPartialDate } from '../format';
import { DeleteSourceButton } from './DeleteSourceButton';
import { emptySource, type ClaimDraft } from './draft';
import { fieldId } from './errors';
import { SelectField } from './SelectField';
import { SourceEditor } from './SourceEditor';
import { SourceForm } from './SourceForm';
import './sources.css';

function sourceLabel(s: Source): string {
  // An <option> holds text only: the plain-text isolate (see bidi.ts).
  const details = [s.publisher && isolate(s.publisher), s.date && formatPartialDate(s.date)].filter(Boolean).join(', ');
  return details ? `${isolate(s.title)} — ${details}` : isolate(s.title);
}

/** What the editor does when a source changes under it; sources are shared by every claim. */
export interface SourceActions {
  /** A source was saved: show it as saved, and reload the list. */
  saved(source: Source): void;
  /** A source was deleted: claims of the form that had picked it pick again. */
  deleted(id: string): void;
  /** Undo put a deleted source back: reload the list, and give it back to the claims that lost it. */
  restored(id: string): void;
  /** How many claims of the form cite it. */
  citing(id: string): number;
}

export interface SourceFieldProps {
  client: Client;
  /** Path of the claim, e.g. `$.claims[2]`. */
  path: string;
  claim: ClaimDraft;
  /** null while loading. */
  sources: readonly Source[] | null;
  actions: SourceActions;
  onChange(patch: Partial<ClaimDraft>): void;
}

export function SourceField({ client, path, claim, sources, actions, onChange }: SourceFieldProps) {
  const [editing, setEditing] = useState(false);
  const options = sources
    ? [{ value: '', label: t('edit_source_choose') }, ...sources.map((s) => ({ value: s.id, label: sourceLabel(s) }))]
    : [{ value: claim.sourceId, label: t('edit_loading') }];
  const picked = !claim.newSource && claim.sourceId ? (sources?.find((s) => s.id === claim.sourceId) ?? null) : null;
  const editId = `${fieldId(path)}-source-edit`;
  const focus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const closeEditor = () => {
    setEditing(false);
    focus(editId);
  };

  if (editing && picked)
    return (
      <div class="ed-source-field">
        <SourceEditor
          client={client}
          path={`${path}.sourceEdit`}
          source={picked}
          citedHere={actions.citing(picked.id)}
          onSaved={(s) => {
            actions.saved(s);
            closeEditor();
          }}
          onReloaded={(s) => {
            if (s) return actions.saved(s);
            // Deleted in another window: claims that had picked it pick again.
            actions.deleted(picked.id);
            setEditing(false);
            focus(fieldId(`${path}.sourceId`));
          }}
          onClose={closeEditor}
        />
      </div>
    );

  return (
    <div class="ed-source-field">
      {claim.newSource ? (
        <SourceForm path={`${path}.source`} value={claim.newSource} onChange={(newSource) => onChange({ newSource })} />
      ) : (
        <SelectField path={`${path}.sourceId`} label={t('edit_claim_source')} value={claim.sourceId} options={options} required onChange={(sourceId) => onChange({ sourceId })} />
      )}
      <div class="ed-src-tools">
        {picked && (
          <>
            <button type="button" class="ed-text-button" id={editId} data-testid="source-edit" onClick={() => setEditing(true)}>
              {t('edit_src_edit')}
            </button>
            <DeleteSourceButton
              key={picked.id}
              client={client}
              source={picked}
              onDeleted={(id) => {
                actions.deleted(id);
                focus(fieldId(`${path}.sourceId`));
              }}
              onRestored={actions.restored}
              onReloaded={(s) => {
                if (s) return actions.saved(s);
                actions.deleted(picked.id);
                focus(fieldId(`${path}.sourceId`));
              }}
            />
          </>
        )}
        <button
          type="button"
          class="ed-text-button"
          data-testid="source-new"
          onClick={() => onChange({ newSource: claim.newSource ? null : emptySource() })}
        >
          {claim.newSource ? t('edit_source_pick_existing') : t('edit_source_new')}
        </button>
      </div>
    </div>
  );
}
