/** An error from the background as the library shows it: a full disk explained in the UI language. */
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { t } from '../../i18n';

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(STORAGE_FULL_ERROR) ? t('lib_storage_full') : message;
}
