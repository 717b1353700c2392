/** A claim's source: one of the sources in the database, or a new one written with the claim. */
import type { Source } from '../../../lib/dataset/schema';
import { t } from '../../i18n';
import { formatPartialDate } from '../format';
import { emptySource, type ClaimDraft } from './draft';
import { SelectField } from './SelectField';
import { SourceForm } from './SourceForm';

function sourceLabel(s: Source): string {
  const details = [s.publisher, s.date && formatPartialDate(s.date)].filter(Boolean).join(', ');
  return details ? `${s.title} — ${details}` : s.title;
}

export interface SourceFieldProps {
  /** Path of the claim, e.g. `$.claims[2]`. */
  path: string;
  claim: ClaimDraft;
  /** null while loading. */
  sources: readonly Source[] | null;
  onChange(patch: Partial<ClaimDraft>): void;
}

export function SourceField({ path, claim, sources, onChange }: SourceFieldProps) {
  const options = sources
    ? [{ value: '', label: t('edit_source_choose') }, ...sources.map((s) => ({ value: s.id, label: sourceLabel(s) }))]
    : [{ value: claim.sourceId, label: t('edit_loading') }];
  return (
    <div class="ed-source-field">
      {claim.newSource ? (
        <SourceForm path={`${path}.source`} value={claim.newSource} onChange={(newSource) => onChange({ newSource })} />
      ) : (
        <SelectField path={`${path}.sourceId`} label={t('edit_claim_source')} value={claim.sourceId} options={options} required onChange={(sourceId) => onChange({ sourceId })} />
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
  );
}
