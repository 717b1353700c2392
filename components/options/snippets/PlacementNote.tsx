/** Whether a snippet was found on its page at the last visit; said plainly when it was not. */
import type { Snippet } from '../../../lib/snippets/schema';
import { t } from '../../i18n';
import { formatDateTime } from '../format';

export function PlacementNote({ placement }: { placement: Snippet['placement'] }) {
  if (!placement) return <p class="lib-placement muted small" data-testid="lib-placement" data-status="unchecked">{t('lib_placement_unchecked')}</p>;
  const when = formatDateTime(placement.checkedAt);
  if (placement.status === 'missing')
    return (
      <p class="lib-placement lib-missing" data-testid="lib-placement" data-status="missing">
        <span aria-hidden="true">⚠ </span>
        <strong>{t('lib_placement_missing')}</strong> {t('lib_placement_checked', when)}
      </p>
    );
  return (
    <p class="lib-placement muted small" data-testid="lib-placement" data-status={placement.status}>
      {t(placement.status === 'exact' ? 'lib_placement_exact' : 'lib_placement_approximate')} {t('lib_placement_checked', when)}
    </p>
  );
}
