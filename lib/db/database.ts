/**
 * Dossier's IndexedDB database: one Dexie subclass, its tables and row types.
 *
 * Every entity, claim and source row is the dataset object plus where it came from (`datasetId`)
 * and whether the user changed it (`userEdited`); updates of a dataset never touch rows the user
 * created or edited (see seed.ts).
 */
import Dexie, { type Table, type Transaction } from 'dexie';

import type { Claim, Entity, Source } from '../dataset/schema';
import type { Snippet } from '../snippets/schema';
import { EntityStore, toEntityBlocks, type EntityBlockRow } from './entity-blocks';
import { tableRows, type RowStore } from './row-store';
import type { BackupRow, SubscriptionRow } from './sync-rows';

/** `datasetId` of rows the user created rather than installed. */
export const USER_DATASET_ID = 'user';

export interface RowOrigin {
  /** Id of the dataset the row was installed from, or USER_DATASET_ID. */
  datasetId: string;
  /** Set when the user edits a row that came from a dataset: dataset updates leave it alone. */
  userEdited?: boolean;
}

/**
 * An entity as stored. Rows written before schema version 6 also carried `names` and `words`
 * (lookup keys for the `*names` and `*words` indexes); version 6 removed both, see below.
 */
export type EntityRow = Entity & RowOrigin;
export type ClaimRow = Claim & RowOrigin;
export type SourceRow = Source & RowOrigin;
/** What a tombstone stands for. */
export type TombstoneKind = 'entity' | 'claim' | 'source';
/**
 * A row of a dataset that the user deleted: installs and updates of that dataset skip it, so a
 * deletion survives the next dataset version (see seed.ts and tombstones.ts).
 */
export interface TombstoneRow {
  kind: TombstoneKind;
  id: string;
  datasetId: string;
}

/** An installed dataset: its header and how many rows it shipped. */
export interface DatasetRow {
  id: string;
  name: string;
  version: string;
  publishedAt: string;
  description?: string;
  schemaVersion: number;
  /** ISO date-time of the install or of the last update to this version. */
  installedAt: string;
  entityCount: number;
  claimCount: number;
  sourceCount: number;
}

/** A saved snippet, as the options page and the content script see it. */
export type SnippetRow = Snippet;

/** Derived data worth keeping, valid while `fingerprint` matches the data it was derived from. */
export interface CacheRow {
  key: string;
  fingerprint: string;
  value: unknown;
}

export interface DossierDbOptions {
  /** IndexedDB implementation; tests pass fake-indexeddb's. Defaults to the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * The schema history, oldest first. APPEND ONLY: a version that has shipped is never edited,
 * because installed databases were created from it. To change the schema, append
 * `{ version: n + 1, stores: { ...only the changed tables }, upgrade: (tx) => ... }` that migrates
 * existing rows (e.g. drops or recomputes a derived field, as version 6 does).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      entities: 'id, type, datasetId, *names, *words',
      claims: 'id, *entities, sourceId, datasetId',
      sources: 'id, datasetId',
      datasets: 'id',
    },
  },
  {
    // The compiled lexicon, kept across service-worker restarts (MV3 stops an idle worker after
    // 30 s; compiling 100,000 entities again on the next page load would delay its highlights).
    version: 2,
    stores: { cache: 'key' },
  },
  {
    // Rows of a dataset the user deleted, so that dataset updates do not bring them back. A new
    // table only: existing rows need no migration.
    version: 3,
    stores: { tombstones: '[kind+id], datasetId' },
  },
  {
    // Research snippets: the user's own work, kept apart from the dataset tables so that no dataset
    // import, sync or rollback can touch them. A new table only.
    version: 4,
    stores: { snippets: 'id, url, site, savedAt, *entities, *tags' },
  },
  {
    // Dataset sync: one subscription per dataset, keyed by its id (see lib/db/sync-store.ts), and
    // the previous version of a synced dataset, kept for a one-click rollback. New tables only.
    version: 5,
    stores: { subscriptions: 'datasetId', backups: 'datasetId' },
  },
  {
    // Matching performance: entities lose their multi-entry `*names` and `*words` indexes (about
    // twelve index entries per row, most of the time of a 100,000-entity import) and the unused
    // `type` index. Entity search (the list and the editor's picker) runs on the in-memory index
    // in lib/search instead. The rows lose the two derived fields nothing reads any more.
    version: 6,
    stores: { entities: 'id, datasetId' },
    upgrade: async (tx) => {
      await tx
        .table('entities')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row['names'];
          delete row['words'];
        });
    },
  },
  {
    // Import and sync speed: entities move into ENTITY_BUCKETS block records (entity-blocks.ts).
    // IndexedDB's cost is per record, and a 100,000-entity dataset took 12–16 s to write one
    // record per entity in Chromium. The rows themselves keep their shape.
    version: 7,
    stores: { entityBlocks: 'bucket, count, *datasets' },
    upgrade: async (tx) => {
      const rows = (await tx.table('entities').toArray()) as EntityRow[];
      await tx.table('entityBlocks').bulkPut(toEntityBlocks(rows));
    },
  },
  {
    // The one-row-per-entity table, emptied into blocks by version 7.
    version: 8,
    stores: { entities: null },
  },
];

export const DEFAULT_DB_NAME = 'dossier';

export class DossierDb extends Dexie {
  // `declare`: Dexie creates the table properties itself; a class field would reset them.
  /** The entity block records; read and write entities through `entityRows`. */
  declare readonly entityBlocks: Table<EntityBlockRow, number>;
  declare readonly claims: Table<ClaimRow, string>;
  declare readonly sources: Table<SourceRow, string>;
  declare readonly datasets: Table<DatasetRow, string>;
  declare readonly cache: Table<CacheRow, string>;
  declare readonly tombstones: Table<TombstoneRow, [TombstoneKind, string]>;
  declare readonly snippets: Table<SnippetRow, string>;
  declare readonly subscriptions: Table<SubscriptionRow, string>;
  declare readonly backups: Table<BackupRow, string>;
  /** Entities by id, stored in blocks (entity-blocks.ts). Transactions name `entityBlocks`. */
  readonly entityRows: EntityStore = new EntityStore(() => this.entityBlocks);

  /** The claims table as a RowStore, for code written once for every kind of row. */
  get claimRows(): RowStore<ClaimRow> {
    return tableRows(this.claims);
  }

  get sourceRows(): RowStore<SourceRow> {
    return tableRows(this.sources);
  }

  constructor(name: string = DEFAULT_DB_NAME, options: DossierDbOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
