/**
 * The compiled lexicon, stored beside the data it was compiled from. Its fingerprint names every
 * installed dataset version and the entity count, so any install, update or removal makes it
 * stale; edits clear the cache table outright (lib/db/edit*.ts).
 */
import { compileLexicon, LEXICON_FORMAT, type Lexicon } from '../match/lexicon';
import type { DossierDb } from './database';
import { getAllLexiconEntities } from './queries';
import { isStorageFull } from './storage-full';

const KEY = 'lexicon';
/** Set when a compile starts; an edit meanwhile clears it, and the compile's result is not kept. */
const PENDING = 'lexicon-pending';

export async function lexiconFingerprint(db: DossierDb): Promise<string> {
  return db.transaction('r', db.datasets, db.entityBlocks, async () => {
    const datasets = await db.datasets.toArray();
    const parts = datasets.map((d) => `${d.id}@${d.version}@${d.installedAt}`).sort();
    return `v${LEXICON_FORMAT}|${parts.join('|')}|${await db.entityRows.count()}`;
  });
}

/**
 * The stored lexicon when still valid, else a freshly compiled one (then stored). `read` reads
 * the entities to compile; tests pass their own to change the data mid-compile.
 */
export async function loadLexicon(db: DossierDb, read = getAllLexiconEntities): Promise<Lexicon> {
  const fingerprint = await lexiconFingerprint(db);
  const cached = await db.cache.get(KEY);
  if (cached && cached.fingerprint === fingerprint) return cached.value as Lexicon;
  const token = `${Date.now()}-${Math.random()}`;
  // The cache is an optimisation: on a full disk the lexicon is compiled and used, just not kept,
  // so pages are still highlighted.
  const notWhenFull = (error: unknown) => {
    if (isStorageFull(error)) return false;
    throw error;
  };
  const keep = await db.cache.put({ key: PENDING, fingerprint: token, value: null }).then(() => true, notWhenFull);
  const lexicon = compileLexicon(await read(db));
  if (!keep) return lexicon;
  await db.transaction('rw', db.cache, db.datasets, db.entityBlocks, async () => {
    const pending = await db.cache.get(PENDING);
    // Only what was compiled from data nobody changed meanwhile is worth keeping.
    if (pending?.fingerprint === token && (await lexiconFingerprint(db)) === fingerprint) {
      await db.cache.put({ key: KEY, fingerprint, value: lexicon });
      await db.cache.delete(PENDING);
    }
  }).catch(notWhenFull);
  return lexicon;
}
