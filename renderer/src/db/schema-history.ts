// Every IndexedDB schema version Kaoping ever shipped, oldest first. Never edit a shipped entry:
// add a new one (with an `upgrade` when existing records must change) and a fixture for the
// migration test (schema-history.test.ts builds a database at every earlier version); record it in
// schema-snapshot.json (schema-snapshot.test.ts fails when a recorded version changes).
import type { Dexie, Transaction } from 'dexie';

import { type StoredConflictRecord, upgradeToV7, type V6Records } from '#shared/domain/schema-v7';

export type SchemaVersion = {
  version: number;
  /** What the version added or changed, for the next maintainer. */
  change: string;
  /** Dexie store specs of the tables this version adds or changes (primary key first, then indexes); null drops a table. */
  stores: Record<string, string | null>;
  /** Rewrites records of older versions; runs inside the upgrade transaction (all or nothing). */
  upgrade?: (transaction: Transaction) => Promise<void>;
};

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    change: 'checklists: documents, items, units, checklist evaluations and their assessments',
    stores: {
      documents: 'id, &fingerprint, importedAt',
      items: 'id, [documentId+order]',
      units: 'id, &name, createdAt',
      evaluations: 'id, documentId, createdAt',
      assessments: 'id, evaluationId, [evaluationId+unitId]',
    },
  },
  {
    version: 2,
    change: 'indicator systems, rubric evaluations, their inputs and evidence (additive)',
    stores: {
      indicatorSystems: 'id, importedAt',
      rubricEvaluations: 'id, systemId, createdAt',
      rubricInputs: 'id, evaluationId, [evaluationId+unitId]',
      evidence: 'id, inputId, evaluationId',
    },
  },
  { version: 3, change: 'merge conflicts awaiting the user’s choice (additive)', stores: { conflicts: 'id, evaluationId, table' } },
  { version: 4, change: 'the rectification ledger 整改台账 (additive)', stores: { rectifications: 'id, evaluationId, unitId, status' } },
  { version: 5, change: 'backups kept in the database by the browser edition (additive)', stores: { backups: 'id, createdAt' } },
  { version: 6, change: 'the 责任单位 directory: aliases the user merged (additive)', stores: { unitAliases: 'id, canonical' } },
  {
    version: 7,
    change:
      'one evaluation model: checklist inspections and rubric evaluations become `evaluations` with a basis, assessments and ' +
      'rubric inputs become `inputs`, rectifications name their source, conflicts name the v7 tables; the old tables are ' +
      'read by the upgrade and dropped in the same version',
    stores: {
      evaluations: 'id, basis.kind, basis.documentId, basis.systemId, createdAt',
      inputs: 'id, evaluationId, [evaluationId+unitId], [evaluationId+indicatorId]',
      rectifications: 'id, source.evaluationId, unitId, status',
      assessments: null,
      rubricEvaluations: null,
      rubricInputs: null,
    },
    upgrade: upgradeToOneEvaluationModel,
  },
];

/**
 * The v7 upgrade: reads the v6 tables (Dexie keeps the tables this version drops readable until
 * its upgrade is done), converts them with the pure upgradeToV7 and writes the v7 tables, all in
 * the upgrade transaction — if anything fails the database stays at v6, untouched.
 */
async function upgradeToOneEvaluationModel(transaction: Transaction): Promise<void> {
  const read = <T>(name: string) => transaction.table(name).toArray() as Promise<T[]>;
  const v6: V6Records = {
    evaluations: await read('evaluations'),
    assessments: await read('assessments'),
    rubricEvaluations: await read('rubricEvaluations'),
    rubricInputs: await read('rubricInputs'),
    conflicts: await read<StoredConflictRecord>('conflicts'),
    rectifications: await read('rectifications'),
  };
  const v7 = upgradeToV7(v6);
  for (const name of ['evaluations', 'conflicts', 'rectifications'] as const) await transaction.table(name).clear();
  await transaction.table('evaluations').bulkAdd(v7.evaluations);
  await transaction.table('inputs').bulkAdd(v7.inputs);
  await transaction.table('conflicts').bulkAdd(v7.conflicts);
  await transaction.table('rectifications').bulkAdd(v7.rectifications);
}

/** The current schema version. */
export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Declares versions 1 … `upTo` (default: all) on `db`, with their upgrade functions. */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const entry of SCHEMA_HISTORY) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}
