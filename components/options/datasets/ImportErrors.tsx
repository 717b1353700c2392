/** Every problem that stops a file from being imported, each with where in the file it is. */
import type { ComponentChildren } from 'preact';
import type { ValidationError } from '../../../lib/dataset/validate';
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { IsolatedText } from '../../IsolatedText';
import { isolateQuoted } from '../quotedText';

export function ImportErrors(props: { fileName: string; errors: ValidationError[]; headingId: string; children?: ComponentChildren }) {
  const countId = `${props.headingId}-count`;
  return (
    <div class="ds-result ds-result-failed" data-testid="ds-errors">
      <h4 id={props.headingId} tabIndex={-1}>
        <IsolatedText msg="ds_errors_heading" values={[props.fileName]} />
      </h4>
      <p id={countId} data-testid="ds-error-count" data-count={props.errors.length}>
        {t('ds_errors_count', formatNumber(props.errors.length))}
      </p>
      {/* Focusable: a long list scrolls inside its box, and keyboard users must be able to scroll it. */}
      <ol class="ds-error-list" tabIndex={0} aria-labelledby={props.headingId} aria-describedby={countId}>
        {props.errors.map((e, i) => (
          <li key={i} data-testid="ds-error" data-path={e.path}>
            <code class="ds-error-path">{e.path}</code> <span class="ds-error-message">{isolateQuoted(e.message)}</span>
          </li>
        ))}
      </ol>
      {props.children}
    </div>
  );
}
