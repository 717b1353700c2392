/**
 * The problems that stop a save, listed above the form: each names its field (as labelled on
 * screen) and moves focus to it. Takes focus itself when it appears after a save attempt.
 */
import type { Ref } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import { t } from '../../i18n';
import { fieldId } from './errors';
import { isolateQuoted } from '../quotedText';

/** The control for a path, or the nearest enclosing one that is on screen (`$.aliases[1].text` → `$.aliases`). */
function controlFor(path: string): HTMLElement | null {
  for (let p = path; p.length > 1; p = p.replace(/(\.[^.[]+|\[\d+\])$/, '')) {
    const el = document.getElementById(fieldId(p));
    if (el) return el;
  }
  return null;
}

/** What the user sees as the field's name: its row ("Alias 2") and label ("Text"). */
function describe(el: HTMLElement | null): string {
  if (!el) return '';
  const own =
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    (el instanceof HTMLFieldSetElement ? el.querySelector('legend')?.textContent : null) ??
    el.getAttribute('aria-label') ??
    el.textContent ??
    '';
  const groups: string[] = [];
  for (let g = el.parentElement?.closest('[role="group"][aria-label]'); g; g = g.parentElement?.closest('[role="group"][aria-label]'))
    groups.unshift(g.getAttribute('aria-label')!);
  return [...groups, own.replace(/\s*\*$/, '').trim()].filter(Boolean).join(' › ');
}

export function ErrorSummary({ errors, summaryRef }: { errors: readonly ValidationError[]; summaryRef: Ref<HTMLDivElement> }) {
  const [labels, setLabels] = useState<string[]>([]);
  // Labels are read from the rendered form, so they match what is on screen.
  useLayoutEffect(() => setLabels(errors.map((e) => describe(controlFor(e.path)))), [errors]);
  if (!errors.length) return null;
  return (
    <div class="ed-error-summary" ref={summaryRef} tabIndex={-1} role="group" aria-labelledby="edit-error-summary-heading" data-testid="error-summary">
      <h3 id="edit-error-summary-heading">{errors.length === 1 ? t('edit_errors_one') : t('edit_errors_many', String(errors.length))}</h3>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.path}-${i}`}>
            <button
              type="button"
              class="ed-link-button"
              data-path={e.path}
              onClick={() => {
                const el = controlFor(e.path);
                el?.scrollIntoView({ block: 'center' });
                el?.focus();
              }}
            >
              {labels[i] ? `${labels[i]}: ` : ''}
              {isolateQuoted(e.message)}
            </button>
          </li>
        ))}
      </ul>
      <p class="muted">{t('edit_errors_nothing_saved')}</p>
    </div>
  );
}
