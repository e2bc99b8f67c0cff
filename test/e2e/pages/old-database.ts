// Bundled into a blank page of the app's origin by upgrade.e2e.test.ts: creates the app's database
// as an earlier version of Kaoping left it (that version's schema from the history).
import Dexie from 'dexie';

import { declareSchema } from '../../../renderer/src/db/schema-history';

/** Creates database `name` at schema `version` holding `records` (table → rows). */
export async function createOldDatabase(name: string, version: number, records: Record<string, unknown[]>): Promise<void> {
  const db = new Dexie(name);
  declareSchema(db, version);
  await db.open();
  for (const [table, rows] of Object.entries(records)) await db.table(table).bulkAdd(rows);
  db.close();
}
