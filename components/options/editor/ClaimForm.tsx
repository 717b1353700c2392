/**
 * One claim about the entity, editable in place: its text, date, verbatim quote (≤ 300 characters,
 * counted as one types), source and the entities it is about. Collapsed to a one-line summary
 * unless opened, new, or holding an error.
 */
import type { Source } from '../../../lib/dataset/schema';
import type { Client } from '../../../lib/messages/client';
import { t } from '../../i18n';
import { formatPartialDate } from '../format';
import { AboutEntities } from './AboutEntities';
import type { ClaimDraft } from './draft';
import { fieldId } from './errors';
import { SourceField, type SourceActions } from './SourceField';
import { TextField } from './TextField';

export const QUOTE_MAX = 300;

export interface ClaimFormProps {
  client: Client;
  index: number;
  claim: ClaimDraft;
  sources: readonly Source[] | null;
  sourceActions: SourceActions;
  selfId: string;
  selfName: string;
  expanded: boolean;
  onToggle(): void;
  onChange(patch: Partial<ClaimDraft>): void;
  /** Removes a new claim, or marks a stored one for deletion (or unmarks it). */
  onDelete(): void;
}

export function ClaimForm(props: ClaimFormProps) {
  const { claim, index } = props;
  const path = `$.claims[${index}]`;
  const bodyId = `${fieldId(path)}-body`;
  const counterId = `${fieldId(path)}-quote-count`;
  const length = claim.quote.trim().length;
  const over = length > QUOTE_MAX;
  const label = t('edit_claim_n', String(index + 1));
  return (
    <li class={`ed-claim-edit${claim.deleted ? ' ed-deleted' : ''}`} role="group" aria-label={label} data-testid="claim-editor" data-claim-id={claim.id || undefined}>
      <div class="ed-claim-head">
        <p class="ed-claim-head-text">
          {claim.text.trim() ? <bdi>{claim.text.trim()}</bdi> : <span class="muted">{t('edit_claim_untitled')}</span>}
          {claim.date && <span class="ed-claim-date"> · {formatPartialDate(claim.date)}</span>}
          {claim.deleted && <span class="ed-flag ed-danger-flag">{t('edit_claim_will_delete')}</span>}
        </p>
        {!claim.deleted && (
          <button type="button" class="ed-text-button" aria-expanded={props.expanded} aria-controls={bodyId} onClick={props.onToggle}>
            {props.expanded ? t('edit_claim_close') : t('edit_claim_edit')}
          </button>
        )}
        <button type="button" class="ed-text-button ed-danger-text" aria-label={`${claim.deleted ? t('edit_claim_keep') : t('edit_claim_delete')}: ${label}`} onClick={props.onDelete}>
          {claim.deleted ? t('edit_claim_keep') : t('edit_claim_delete')}
        </button>
      </div>
      {props.expanded && !claim.deleted && (
        <div class="ed-claim-body" id={bodyId}>
          <TextField path={`${path}.text`} label={t('edit_claim_text')} value={claim.text} multiline rows={2} required onInput={(text) => props.onChange({ text })} />
          <TextField path={`${path}.date`} label={t('edit_claim_date')} value={claim.date} class="ed-date" hint={t('edit_date_hint')} onInput={(date) => props.onChange({ date })} />
          <TextField
            path={`${path}.quote`}
            label={t('edit_claim_quote')}
            value={claim.quote}
            multiline
            rows={4}
            required
            hint={t('edit_claim_quote_hint')}
            describedBy={counterId}
            onInput={(quote) => props.onChange({ quote })}
            after={
              <>
                <p id={counterId} class={`ed-counter${over ? ' ed-over' : ''}`} data-testid="quote-counter">
                  {t('edit_quote_count', [String(length), String(QUOTE_MAX)])}
                </p>
                {/* Announced only when the limit is crossed, not at every keystroke. */}
                <span class="ed-visually-hidden" role="status">
                  {over ? t('edit_quote_over', String(length - QUOTE_MAX)) : ''}
                </span>
              </>
            }
          />
          <SourceField client={props.client} path={path} claim={claim} sources={props.sources} actions={props.sourceActions} onChange={props.onChange} />
          <AboutEntities client={props.client} path={path} about={claim.about} selfId={props.selfId} selfName={props.selfName} onChange={(about) => props.onChange({ about })} />
        </div>
      )}
    </li>
  );
}
