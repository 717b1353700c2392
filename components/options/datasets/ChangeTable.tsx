/** Added, changed, removed and kept rows per kind (entities, claims, sources), as a table. */
import type { ChangeCounts, ImportSummary } from '../../../lib/messages/protocol';
import { t } from '../../i18n';
import { formatNumber } from '../format';

const KINDS = [
  ['entities', 'ds_entities'],
  ['claims', 'ds_claims'],
  ['sources', 'ds_sources'],
] as const;

const CHANGES = [
  ['added', 'ds_col_added'],
  ['changed', 'ds_col_changed'],
  ['removed', 'ds_col_removed'],
  ['kept', 'ds_col_kept'],
] as const satisfies readonly (readonly [keyof ChangeCounts, string])[];

export function ChangeTable(props: { summary: ImportSummary; caption: string }) {
  return (
    <div class="ds-table-wrap">
      <table class="ds-changes" data-testid="ds-changes">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <td />
            {CHANGES.map(([change, label]) => (
              <th key={change} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map(([kind, label]) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">{t(label)}</th>
              {CHANGES.map(([change]) => (
                <td key={change} data-change={change} class={props.summary[kind][change] === 0 ? 'ds-zero' : undefined}>
                  {formatNumber(props.summary[kind][change])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
