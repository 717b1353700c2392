/** The claims about the entity, edited with it and saved with it: add, edit in place, delete (on save). */
import { useState } from 'preact/hooks';
import type { Source } from '../../../lib/dataset/schema';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { ClaimForm } from './ClaimForm';
import { newClaimDraft, type ClaimDraft } from './draft';
import type { ErrorMap } from './errors';
import type { SourceActions } from './SourceField';

const ADD_ID = 'edit-claim-add';

export interface ClaimsEditorProps {
  client: Client;
  claims: ClaimDraft[];
  sources: readonly Source[] | null;
  sourceActions: SourceActions;
  selfId: string;
  selfName: string;
  errors: ErrorMap;
  onChange(claims: ClaimDraft[]): void;
}

export function ClaimsEditor(props: ClaimsEditorProps) {
  const { claims, onChange } = props;
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const errorPaths = [...props.errors.keys()];
  const hasErrors = (i: number) => errorPaths.some((p) => p.startsWith(`$.claims[${i}]`));
  const toggle = (key: number) => setOpen((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key])));

  const add = () => {
    const claim = newClaimDraft('');
    onChange([...claims, claim]);
    setOpen((s) => new Set([...s, claim.key]));
    setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="claim-editor"]:last-child textarea`)?.focus(), 0);
  };

  return (
    <section class="ed-claims-editor" aria-labelledby="edit-claims-heading">
      <h3 id="edit-claims-heading">{t('edit_claims')}</h3>
      <p class="muted">{t('edit_claims_note')}</p>
      {claims.length === 0 ? (
        <p class="muted ed-empty">{t('edit_claims_empty')}</p>
      ) : (
        <ol class="ed-claim-edits">
          {claims.map((c, i) => (
            <ClaimForm
              key={c.key}
              client={props.client}
              index={i}
              claim={c}
              sources={props.sources}
              sourceActions={props.sourceActions}
              selfId={props.selfId}
              selfName={props.selfName}
              expanded={open.has(c.key) || hasErrors(i)}
              onToggle={() => toggle(c.key)}
              onChange={(patch) => onChange(claims.map((x) => (x.key === c.key ? { ...x, ...patch } : x)))}
              onDelete={() => {
                if (!c.create) return onChange(claims.map((x) => (x.key === c.key ? { ...x, deleted: !x.deleted } : x)));
                // A claim never saved just goes; focus moves to "Add claim".
                onChange(claims.filter((x) => x.key !== c.key));
                setTimeout(() => document.getElementById(ADD_ID)?.focus(), 0);
              }}
            />
          ))}
        </ol>
      )}
      <button type="button" class="ed-secondary" id={ADD_ID} data-testid="claim-add" onClick={add}>
        {t('edit_claim_add')}
      </button>
    </section>
  );
}
