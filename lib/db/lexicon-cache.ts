/**
 * The compiled lexicon, stored beside the data it was compiled from. Its fingerprint names every
 * installed dataset version and the entity count, so any install, update or removal makes it stale.
 */
import { compileLexicon, LEXICON_FORMAT, type Lexicon } from '../match/lexicon';
import type { DossierDb } from './database';
import { getAllLexiconEntities } from './queries';

const KEY = 'lexicon';

export async function lexiconFingerprint(db: DossierDb): Promise<string> {
  return db.transaction('r', db.datasets, db.entities, async () => {
    const datasets = await db.datasets.toArray();
    const parts = datasets.map((d) => `${d.id}@${d.version}@${d.installedAt}`).sort();
    return `v${LEXICON_FORMAT}|${parts.join('|')}|${await db.entities.count()}`;
  });
}

/** The stored lexicon when still valid, else a freshly compiled one (then stored). */
export async function loadLexicon(db: DossierDb): Promise<Lexicon> {
  const fingerprint = await lexiconFingerprint(db);
  const cached = await db.cache.get(KEY);
  if (cached && cached.fingerprint === fingerprint) return cached.value as Lexicon;
  const lexicon = compileLexicon(await getAllLexiconEntities(db));
  await db.cache.put({ key: KEY, fingerprint, value: lexicon });
  return lexicon;
}
