// The stored versions of the records a package brings, read in few requests: a package's cells
// come in groups of one evaluation and unit, read through the [evaluationId+unitId] index in one
// request per group instead of one request per record.
import type { Table } from 'dexie';

type Row = { id: string } & Record<string, unknown>;

/** Incoming records grouped by evaluation and unit (string fields only; others go to `rest`). */
function groupsOf(incoming: readonly Row[]): { groups: Map<string, { key: [string, string]; ids: string[] }>; rest: string[] } {
  const groups = new Map<string, { key: [string, string]; ids: string[] }>();
  const rest: string[] = [];
  for (const record of incoming) {
    const { evaluationId, unitId } = record;
    if (typeof evaluationId !== 'string' || typeof unitId !== 'string') {
      rest.push(record.id);
      continue;
    }
    const name = `${evaluationId}\u0000${unitId}`;
    const group = groups.get(name) ?? { key: [evaluationId, unitId], ids: [] };
    group.ids.push(record.id);
    groups.set(name, group);
  }
  return { groups, rest };
}

/**
 * The stored records of `inputs` with the ids of `incoming`, by id. Exact: per group of incoming
 * cells sharing an evaluation and unit, the stored cells of that pair are read through the index
 * (one request); an id not found there may still be stored under another evaluation or unit, so
 * the stored keys between the group's lowest and highest missing id are listed (one request) and
 * only the ones found are fetched. Cells without string `evaluationId`/`unitId` are fetched by id.
 * Call inside the merge's transaction.
 */
export async function storedInputs(inputs: Table<Row, string>, incoming: readonly Row[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  const { groups, rest } = groupsOf(incoming);
  const toFetch = [...rest];
  for (const { key, ids } of groups.values()) {
    const wanted = new Set(ids);
    for (const record of await inputs.where('[evaluationId+unitId]').equals(key).toArray())
      if (wanted.has(record.id)) found.set(record.id, record);
    const missing = ids.filter((id) => !found.has(id)).sort();
    if (missing.length === 0) continue;
    const stored = new Set(
      await inputs
        .where(':id')
        .between(missing[0]!, missing[missing.length - 1]!, true, true)
        .primaryKeys(),
    );
    toFetch.push(...missing.filter((id) => stored.has(id)));
  }
  const fetched = (await inputs.bulkGet(toFetch)).filter((record) => record !== undefined);
  for (const record of fetched) found.set(record.id, record);
  return found;
}
