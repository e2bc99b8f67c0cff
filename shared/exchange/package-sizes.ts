// What a package brings, counted before it is merged: records per table and the evidence bytes,
// so the user sees the size of a merge (and of a hostile package) before anything is written.
import { type PackageData, type TableName, TABLES } from './package-format';

/** Records per table (tables present only, in package order), evidence files and their bytes. */
export type PackageSizes = {
  tables: Array<{ table: TableName; records: number }>;
  records: number;
  evidenceFiles: number;
  /** Bytes of the evidence files, each evidence record's attachment counted once per record (as stored). */
  evidenceBytes: number;
};

/**
 * Counts a read package. Input: its data (as `readPackage` returns it). Output: records per
 * table, the total, and the evidence files and bytes the merge would store. Pure.
 */
export function packageSizes(data: PackageData): PackageSizes {
  const tables = TABLES.filter((table) => (data.tables[table]?.length ?? 0) > 0).map((table) => ({
    table,
    records: data.tables[table]!.length,
  }));
  const evidence = data.tables.evidence ?? [];
  const evidenceBytes = evidence.reduce((sum, record) => sum + (data.attachments.get(String(record.attachment))?.byteLength ?? 0), 0);
  return { tables, records: tables.reduce((sum, entry) => sum + entry.records, 0), evidenceFiles: evidence.length, evidenceBytes };
}
