/** A sync problem in the reader's language, with every error of an invalid file at its path. */
import { isStorageFullText } from '../../../lib/db/storage-full';
import type { SyncProblem } from '../../../lib/db/sync-rows';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { isolate } from '../../bidi';
import { isolateQuoted } from '../quotedText';

/** At most this many file errors are listed; the count says how many there are. */
const MAX_LISTED = 50;

export function problemText(problem: SyncProblem): string {
  // Also a problem recorded before the code existed, as `internal` with the plain English message.
  if (problem.code === 'storage-full' || (problem.code === 'internal' && isStorageFullText(problem.message))) return t('full_sync');
  const key = `sync_err_${problem.code.replace(/-/g, '_')}`;
  // The params are values from the data (names, ids, addresses): each isolated in the sentence.
  const text = t(key, problem.params?.map(isolate));
  // A code this build has no text for (should not happen) still says something true.
  return text === key ? isolateQuoted(problem.message) : text;
}

export function SyncProblemText(props: { problem: SyncProblem; testid?: string }) {
  const { problem } = props;
  const errors = problem.errors ?? [];
  return (
    <div data-testid={props.testid ?? 'sync-problem'} data-code={problem.code}>
      <p class="ds-error-text">{problemText(problem)}</p>
      {errors.length > 0 && (
        <>
          <p class="ds-muted">{t('sync_errors_count', formatNumber(errors.length))}</p>
          {/* Focusable: a long list scrolls inside its box, and keyboard users must be able to scroll it. */}
          <ol class="ds-error-list" tabIndex={0} aria-label={t('sync_errors_label')}>
            {errors.slice(0, MAX_LISTED).map((e, i) => (
              <li key={i} data-testid="sync-error" data-path={e.path}>
                <code class="ds-error-path">{e.path}</code> <span>{isolateQuoted(e.message)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
