/** Small datasets and a fresh fake-indexeddb database for each test. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { DatasetInput } from '../../../lib/dataset/schema';
import { DossierDb } from '../../../lib/db/database';

let counter = 0;

/** A database of its own for each test, so tests never see each other's rows. */
export function freshDb(): DossierDb {
  counter += 1;
  return new DossierDb(`dossier-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
}

/** Version 1.0.0 of a small dataset: three entities, three claims, two sources. */
export function fixtureV1(): DatasetInput {
  return {
    schemaVersion: 1,
    id: 'fixture',
    name: 'Fixture dataset',
    version: '1.0.0',
    publishedAt: '2025-01-15T10:00:00Z',
    entities: [
      {
        id: 'dmytro-kuleba',
        type: 'person',
        name: 'Dmytro Kuleba',
        aliases: [
          { text: 'Дмитро Кулеба', lang: 'uk' },
          { text: 'Дмитрий Кулеба', lang: 'ru' },
          { text: 'Kuleba', needsContext: true },
        ],
        summary: 'Ukrainian diplomat.',
        country: 'UA',
        roles: [{ title: 'Minister of Foreign Affairs', organizationId: 'mfa-ukraine', start: '2020-03', end: '2024-09' }],
        related: [
          { id: 'mfa-ukraine', relation: 'headed' },
          { id: 'nato', relation: 'negotiated with' },
        ],
      },
      {
        id: 'mfa-ukraine',
        type: 'government-body',
        name: 'Ministry of Foreign Affairs of Ukraine',
        aliases: [{ text: 'MFA', caseSensitive: true, needsContext: true }, { text: 'МЗС України', lang: 'uk' }],
        country: 'UA',
      },
      {
        id: 'nato',
        type: 'alliance',
        name: 'North Atlantic Treaty Organization',
        aliases: [{ text: 'NATO', caseSensitive: true }, { text: 'НАТО', caseSensitive: true }],
      },
    ],
    claims: [
      {
        id: 'kuleba-appointed',
        entities: ['dmytro-kuleba', 'mfa-ukraine'],
        text: 'Kuleba became foreign minister.',
        date: '2020-03-04',
        sourceId: 'source-a',
        quote: 'Parliament appointed Dmytro Kuleba as foreign minister.',
      },
      {
        id: 'kuleba-resigned',
        entities: ['dmytro-kuleba'],
        text: 'Kuleba resigned.',
        date: '2024-09-04',
        sourceId: 'source-b',
        quote: 'Kuleba submitted his resignation.',
      },
      {
        id: 'kuleba-undated',
        entities: ['dmytro-kuleba', 'nato'],
        text: 'Kuleba spoke about NATO.',
        sourceId: 'source-b',
        quote: 'Kuleba said NATO membership was the goal.',
      },
    ],
    sources: [
      { id: 'source-a', title: 'Parliament appoints new foreign minister', publisher: 'Example News', date: '2020-03-04', url: 'https://example.com/a' },
      { id: 'source-b', title: 'Foreign minister resigns', publisher: 'Example Daily', date: '2024-09-04' },
    ],
  };
}

/** Version 1.1.0: NATO and one claim and source removed, Kuleba's summary changed, one entity added. */
export function fixtureV2(): DatasetInput {
  const v1 = fixtureV1();
  return {
    ...v1,
    version: '1.1.0',
    publishedAt: '2025-02-01T10:00:00Z',
    entities: [
      ...v1.entities
        .filter((e) => e.id !== 'nato')
        .map((e) => (e.id === 'dmytro-kuleba' ? { ...e, summary: 'Ukrainian diplomat, foreign minister 2020–2024.', related: [{ id: 'mfa-ukraine', relation: 'headed' }] } : e)),
      { id: 'andrii-sybiha', type: 'person', name: 'Andrii Sybiha', aliases: [{ text: 'Андрій Сибіга', lang: 'uk' }] },
    ],
    claims: v1.claims.filter((c) => c.id === 'kuleba-appointed'),
    sources: v1.sources.filter((s) => s.id === 'source-a'),
  };
}
