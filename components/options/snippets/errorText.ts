/** An error from the background as the library shows it: a full disk explained in the UI language. */
import { STORAGE_FULL_ERROR } from '../../../lib/snippets/library';
import { t } from '../../i18n';
import { isolateQuoted } from '../quotedText';

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Quoted values from the data (ids, names) are isolated so they cannot reorder the message.
  return message.startsWith(STORAGE_FULL_ERROR) ? t('lib_storage_full') : isolateQuoted(message);
}
