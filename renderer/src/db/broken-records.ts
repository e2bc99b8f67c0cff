// Which stored records do not meet their table's schema — named to the user when a screen fails,
// so a malformed record is found, not guessed at.
import type { TableName } from '#shared/exchange/package-format';
import { TABLE_SCHEMAS } from '#shared/exchange/table-schemas';

import type { KaopingDatabase } from './database';

/** Tables checked (evidence is kept without the package's attachment path, so its schema does not apply). */
const CHECKED: TableName[] = ['indicatorSystems', 'evaluations', 'units', 'inputs', 'rectifications', 'documents', 'items'];

export type BrokenRecord = { table: TableName; id: string; problem: string };

/**
 * The first `limit` stored records that fail their table's schema. Output: table, record id and
 * the first failing field with zod's reason. Reads every record of the checked tables.
 */
export async function findBrokenRecords(db: KaopingDatabase, limit = 5): Promise<BrokenRecord[]> {
  const broken: BrokenRecord[] = [];
  for (const table of CHECKED) {
    const records = (await db.table(table).toArray()) as Array<{ id?: unknown }>;
    for (const record of records) {
      const result = TABLE_SCHEMAS[table].safeParse(record);
      if (result.success) continue;
      const issue = result.error.issues[0];
      broken.push({ table, id: String(record.id), problem: `${issue?.path.map(String).join('.') || '*'}: ${issue?.message ?? ''}` });
      if (broken.length >= limit) return broken;
    }
  }
  return broken;
}
