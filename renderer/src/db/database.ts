// The database's record types and its opening; the versions themselves are in schema-history.ts.
import Dexie, { type EntityTable } from 'dexie';

import type { Evaluation, EvaluationInput } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { Rectification } from '#shared/domain/rectification';
import type { ChecklistItem, PolicyDocument, Unit, UnitAlias } from '#shared/domain/types';

import { declareSchema } from './schema-history';

/** A stored document: the PolicyDocument without its items, plus where it came from. */
export type StoredDocument = Omit<PolicyDocument, 'items'> & {
  fingerprint: string;
  fileName: string;
  importedAt: string;
  itemCount: number;
  /** When a new version of the file last updated it (re-import as update). */
  updatedAt?: string;
};

/** A stored checklist item: the item plus its document and reading order. */
export type StoredItem = ChecklistItem & {
  documentId: string;
  order: number;
};

/** A stored indicator system (评分细则) with where it came from. */
export type StoredIndicatorSystem = IndicatorSystem & { fileName: string; importedAt: string };

export type { Evaluation, EvaluationInput };

/** A record changed on both sides of a merge, both versions kept until the user picks one. */
export type StoredConflict = {
  id: string;
  table: 'inputs' | 'units' | 'evaluations' | 'indicatorSystems' | 'rectifications' | 'documents' | 'items';
  recordId: string;
  evaluationId: string;
  mine: Record<string, unknown> & { id: string };
  theirs: Record<string, unknown> & { id: string };
  source: string;
  detectedAt: string;
  /** Changed on both sides, or a change to a shared definition the package's scope does not cover. */
  reason?: 'bothChanged' | 'outOfScope';
};

/** 佐证材料 attached to a cell: a file kept as a Blob. */
export type Evidence = {
  id: string;
  inputId: string;
  evaluationId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  addedAt: string;
  inspector: string;
};

/** An automatic or manual backup: a .kaoping package of all data, kept in the database. */
export type Backup = { id: string; createdAt: string; reason: string; size: number; blob: Blob };

export type KaopingDatabase = Dexie & {
  documents: EntityTable<StoredDocument, 'id'>;
  items: EntityTable<StoredItem, 'id'>;
  units: EntityTable<Unit, 'id'>;
  evaluations: EntityTable<Evaluation, 'id'>;
  inputs: EntityTable<EvaluationInput, 'id'>;
  indicatorSystems: EntityTable<StoredIndicatorSystem, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  conflicts: EntityTable<StoredConflict, 'id'>;
  rectifications: EntityTable<Rectification, 'id'>;
  backups: EntityTable<Backup, 'id'>;
  unitAliases: EntityTable<UnitAlias, 'id'>;
};

export const DATABASE_NAME = 'kaoping';

/** Opens (and creates or upgrades) the database. `name` lets tests use one database each. */
export function openDatabase(name: string = DATABASE_NAME): KaopingDatabase {
  const db = new Dexie(name) as KaopingDatabase;
  declareSchema(db);
  return db;
}
