/** The dataset manager's edits: entities, claims and sources, deletes and undo (logic in lib/db/edit*.ts). */
import type { DossierDb } from '../db/database';
import { saveEntity } from '../db/edit';
import { listClaims, listSources, saveClaim, saveSource } from '../db/edit-claims';
import { deleteClaimBasedOn, deleteEntityBasedOn, deleteSourceBasedOn } from '../db/edit-deletes';
import { applyUndo } from '../db/edit-undo';
import type { DeleteResult, SaveResult } from '../messages/protocol';
import type { HandlerTable } from './handlers';

type EditRequests = 'entity.save' | 'entity.delete' | 'claim.list' | 'claim.save' | 'claim.delete' | 'source.list' | 'source.save' | 'source.delete' | 'undo.apply';

/** `changed` runs after every successful write: it drops the cached lexicon and tells open tabs. */
export function editHandlers(db: DossierDb, changed: () => void): Pick<HandlerTable, EditRequests> {
  /** A save answering with errors wrote nothing; anything else that returns did write. */
  const saved = <T>(result: SaveResult<T>) => {
    if (result.ok) changed();
    return result;
  };
  /** A refused delete (a conflict) removed nothing. */
  const deleted = (result: DeleteResult) => {
    if (!result.conflict) changed();
    return result;
  };
  const done = <T>(value: T) => {
    changed();
    return value;
  };
  return {
    'entity.save': async (r) => saved(await saveEntity(db, r.entity, r.create, r.basedOn)),
    'entity.delete': async (r) => deleted(await deleteEntityBasedOn(db, r.id, r.basedOn)),
    'claim.list': async (r) => ({ claims: await listClaims(db, r.entityId) }),
    'claim.save': async (r) => saved(await saveClaim(db, r.claim, r.create, r.basedOn)),
    'claim.delete': async (r) => deleted(await deleteClaimBasedOn(db, r.id, r.basedOn)),
    'source.list': async () => ({ sources: await listSources(db) }),
    'source.save': async (r) => saved(await saveSource(db, r.source, r.create, r.basedOn)),
    'source.delete': async (r) => deleted(await deleteSourceBasedOn(db, r.id, r.basedOn)),
    'undo.apply': async (r) => {
      await applyUndo(db, r.undo);
      return done({ restored: true as const });
    },
  };
}
