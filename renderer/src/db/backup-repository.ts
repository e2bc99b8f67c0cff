// Backups of everything: all tables (evidence bytes as attachments) as one .kaoping package; the
// browser edition keeps them in the database (the last 14); restore replaces everything in one
// transaction.
import Dexie from 'dexie';

import { upgradeToV7 } from '#shared/domain/schema-v7';
import type { PackageData, TableName } from '#shared/exchange/package-format';
import { recordsOf } from '#shared/exchange/table-schemas';

import { t } from '../i18n';
import type { BackupShelf } from '../platform/platform';
import type { Evidence, KaopingDatabase } from './database';
import { SCHEMA_VERSION } from './schema-history';

/** How many backups are kept; older ones are deleted when a new one is taken. */
export const BACKUPS_KEPT = 14;

type Row = { id: string } & Record<string, unknown>;

const PLAIN_TABLES = [
  'documents',
  'items',
  'units',
  'evaluations',
  'inputs',
  'indicatorSystems',
  'rectifications',
  'unitAliases',
] as const satisfies readonly TableName[];

/** The v6 tables the one evaluation model rewrites (read from a database older than v7 by collectBeforeUpgrade). */
type V6Table = 'evaluations' | 'assessments' | 'rubricEvaluations' | 'rubricInputs' | 'rectifications';

/** Every record of every table there is (evidence with its bytes as attachments). */
export async function collectEverything(db: KaopingDatabase): Promise<PackageData> {
  const present = new Set(db.tables.map((table) => table.name));
  const tables: PackageData['tables'] = {};
  for (const name of PLAIN_TABLES) if (present.has(name)) tables[name] = (await db.table(name).toArray()) as Row[];
  const attachments = new Map<string, Uint8Array>();
  tables.evidence = [];
  for (const { blob, ...record } of present.has('evidence') ? ((await db.table('evidence').toArray()) as Evidence[]) : []) {
    const path = `attachments/${record.id}`;
    attachments.set(path, new Uint8Array(await blob.arrayBuffer()));
    tables.evidence.push({ ...record, attachment: path });
  }
  return { tables, attachments };
}

/**
 * Reads a database that is about to be upgraded, as it is (Dexie's dynamic mode, its old schema),
 * before the app opens it at SCHEMA_VERSION: a backup is kept of every database before its
 * migration. A database older than v7 is read with its own tables and converted as the upgrade
 * converts them (upgradeToV7), so the backup is a current package that restores into today's
 * schema. Output: its data and version, or null when there is nothing to upgrade (no database
 * yet, or already current).
 */
export async function collectBeforeUpgrade(name: string): Promise<{ version: number; data: PackageData } | null> {
  if (!(await Dexie.exists(name))) return null;
  const old = new Dexie(name);
  await old.open();
  try {
    if (old.verno >= SCHEMA_VERSION) return null;
    const data = await collectEverything(old as KaopingDatabase);
    if (old.verno >= 7) return { version: old.verno, data };
    const present = new Set(old.tables.map((table) => table.name));
    const read = async (table: V6Table) => (present.has(table) ? await old.table(table).toArray() : []);
    const v7 = upgradeToV7({
      evaluations: await read('evaluations'),
      assessments: await read('assessments'),
      rubricEvaluations: await read('rubricEvaluations'),
      rubricInputs: await read('rubricInputs'),
      rectifications: await read('rectifications'),
      conflicts: [],
    });
    const tables = { ...data.tables, evaluations: v7.evaluations, inputs: v7.inputs, rectifications: v7.rectifications };
    return { version: old.verno, data: { ...data, tables } };
  } finally {
    old.close();
  }
}

/** The browser edition's backup shelf: the `backups` table, newest BACKUPS_KEPT kept. */
export function databaseBackups(db: KaopingDatabase): BackupShelf {
  return {
    list: async () =>
      (await db.backups.orderBy('createdAt').reverse().toArray()).map(({ id, createdAt, reason, size }) => ({
        id,
        createdAt,
        reason,
        size,
      })),
    keep: (bytes, reason) =>
      db.transaction('rw', db.backups, async () => {
        // Strictly increasing times keep the order (and what is dropped) right even within one millisecond.
        const newest = await db.backups.orderBy('createdAt').last();
        const now = Math.max(Date.now(), newest ? Date.parse(newest.createdAt) + 1 : 0);
        const entry = { id: crypto.randomUUID(), createdAt: new Date(now).toISOString(), reason, size: bytes.byteLength };
        await db.backups.add({ ...entry, blob: new Blob([bytes as BlobPart], { type: 'application/zip' }) });
        const surplus = (await db.backups.orderBy('createdAt').reverse().primaryKeys()).slice(BACKUPS_KEPT);
        await db.backups.bulkDelete(surplus);
        return entry;
      }),
    read: async (id) => {
      const backup = await db.backups.get(id);
      if (!backup) throw new Error(t('该备份已不存在。'));
      return new Uint8Array(await backup.blob.arrayBuffer());
    },
  };
}

/**
 * Replaces all data with a backup's, in one read-write transaction: every table is cleared and
 * refilled; if anything fails nothing changes. Backups and conflicts are not part of a backup
 * and stay as they are.
 */
export async function restoreEverything(db: KaopingDatabase, data: PackageData): Promise<void> {
  const tables = [...PLAIN_TABLES.map((name) => db.table(name)), db.evidence];
  await db.transaction('rw', tables, async () => {
    for (const name of PLAIN_TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(data.tables[name] ?? []);
    }
    await db.evidence.clear();
    for (const { attachment, ...record } of recordsOf(data, 'evidence')) {
      const bytes = data.attachments.get(attachment) ?? new Uint8Array();
      await db.evidence.add({ ...record, blob: new Blob([bytes as BlobPart], { type: record.type }) });
    }
  });
}
