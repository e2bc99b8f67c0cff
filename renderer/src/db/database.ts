// The IndexedDB schema (Dexie). Every version ever shipped stays listed here; never edit one.
import Dexie, { type EntityTable } from 'dexie';
import type { Assessment, ChecklistItem, Evaluation, PolicyDocument, Unit } from '../../../shared/domain/types';

/** A stored document: the PolicyDocument without its items, plus where it came from. */
export type StoredDocument = Omit<PolicyDocument, 'items'> & {
  fingerprint: string;
  fileName: string;
  importedAt: string;
  itemCount: number;
};

/** A stored checklist item: the item plus its document and reading order. */
export type StoredItem = ChecklistItem & {
  documentId: string;
  order: number;
};

export type KaopingDatabase = Dexie & {
  documents: EntityTable<StoredDocument, 'id'>;
  items: EntityTable<StoredItem, 'id'>;
  units: EntityTable<Unit, 'id'>;
  evaluations: EntityTable<Evaluation, 'id'>;
  assessments: EntityTable<Assessment, 'id'>;
};

export const DATABASE_NAME = 'kaoping';

/** Opens (and creates or upgrades) the database. `name` lets tests use one database each. */
export function openDatabase(name: string = DATABASE_NAME): KaopingDatabase {
  const db = new Dexie(name) as KaopingDatabase;
  db.version(1).stores({
    documents: 'id, &fingerprint, importedAt',
    items: 'id, [documentId+order]',
    units: 'id, &name, createdAt',
    evaluations: 'id, documentId, createdAt',
    assessments: 'id, evaluationId, [evaluationId+unitId]',
  });
  return db;
}
