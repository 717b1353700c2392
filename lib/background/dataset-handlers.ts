/** The dataset manager's requests: check a file before import, import it, export the database. */
import type { DossierDb } from '../db/database';
import { exportDataset } from '../db/export';
import { applyImport, previewImport } from '../db/import';
import type { HandlerTable } from './handlers';

export function datasetHandlers(
  db: DossierDb,
  changed: () => void,
  now: () => Date = () => new Date(),
): Pick<HandlerTable, 'dataset.preview' | 'dataset.import' | 'dataset.export'> {
  return {
    'dataset.preview': (r) => previewImport(db, r.text),
    'dataset.import': async (r) => {
      const { check, wrote } = await applyImport(db, r.text, now);
      // Only after the transaction committed: open tabs then fetch a lexicon that has the new rows.
      if (wrote) changed();
      return check;
    },
    'dataset.export': (r) => exportDataset(db, r.scope, now()),
  };
}
