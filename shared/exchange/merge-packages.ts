// Merges the tables of a package into another's (or into local data), table by table.
import type { Versioned } from '../domain/record-meta';
import { type Conflict, mergeTable } from './merge-records';
import { type PackageData, type TableName, TABLES } from './package-format';

type Row = { id: string } & Record<string, unknown>;

export type MergeStats = Record<TableName, { added: number; updated: number; unchanged: number; conflicts: number }>;

export type PackageMerge = { data: PackageData; conflicts: Array<Conflict<Row>>; stats: Partial<MergeStats> };

/**
 * Merges `incoming` into `local`. Output: the merged data (local's version kept wherever there is
 * a conflict — both versions are in `conflicts` until the user picks), the conflicts, and counts
 * per table. Attachments are united. Pure: neither input is changed.
 */
export function mergePackageData(local: PackageData, incoming: PackageData): PackageMerge {
  const tables: PackageData['tables'] = { ...local.tables };
  const conflicts: Array<Conflict<Row>> = [];
  const stats: Partial<MergeStats> = {};
  for (const table of TABLES) {
    const theirs = incoming.tables[table];
    if (!theirs) continue;
    const mine = (local.tables[table] ?? []) as Array<Row & Versioned>;
    const merge = mergeTable(table, mine, theirs as Array<Row & Versioned>);
    const byId = new Map(mine.map((record) => [record.id, record]));
    for (const record of merge.writes) byId.set(record.id, record);
    tables[table] = [...byId.values()];
    conflicts.push(...merge.conflicts);
    stats[table] = { added: merge.added, updated: merge.updated, unchanged: merge.unchanged, conflicts: merge.conflicts.length };
  }
  return { data: { tables, attachments: new Map([...local.attachments, ...incoming.attachments]) }, conflicts, stats };
}

/** Replaces records in package data (applying conflict resolutions). */
export function withRecords(data: PackageData, table: TableName, records: Row[]): PackageData {
  const byId = new Map((data.tables[table] ?? []).map((record) => [record.id, record]));
  for (const record of records) byId.set(record.id, record);
  return { ...data, tables: { ...data.tables, [table]: [...byId.values()] } };
}
