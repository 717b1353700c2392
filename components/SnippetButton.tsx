/** The small "Save snippet" button shown beside a text selection; it keeps the selection when pressed. */
import { t } from './i18n';

export interface SnippetButtonProps {
  top: number;
  left: number;
  busy: boolean;
  onSave(): void;
}

export function SnippetButton({ top, left, busy, onSave }: SnippetButtonProps) {
  return (
    <button
      type="button"
      class="save"
      style={{ top: `${top}px`, left: `${left}px` }}
      data-testid="snippet-save"
      aria-keyshortcuts="Alt+Shift+S"
      title={t('snip_save_hint')}
      disabled={busy}
      // A press must not clear the page's selection before the click saves it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onSave}
    >
      <span aria-hidden="true">❝</span>
      {busy ? t('snip_saving') : t('snip_save')}
    </button>
  );
}
