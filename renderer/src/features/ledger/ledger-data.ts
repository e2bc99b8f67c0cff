// 整改台账 data: the findings' sources (for the charts) and the commands on ledger items —
// progress, edits and close-out — bound to the screen's database.
import { useLiveQuery } from 'dexie-react-hooks';

import { useCommands, useDatabase } from '../../db/database-context';
import { addProgress, closeRectification, editLedgerItem, loadFindingSources } from '../../db/ledger-repository';

/** Live: where each finding of these evaluations came from (section, owner unit); undefined while loading. */
export function useFindingSources(evaluationIds: readonly string[]) {
  const database = useDatabase();
  // The list as a value: a new array with the same ids must not query again.
  const key = JSON.stringify(evaluationIds);
  return useLiveQuery(() => loadFindingSources(database, JSON.parse(key) as string[]), [database, key], undefined);
}

export const LEDGER_OPERATIONS = { addProgress, closeRectification, editLedgerItem };

/** `addProgress(id, entry)`, `closeRectification(id, date, verifiedBy)`, `editLedgerItem(id, changes, by)`. */
export const useLedgerCommands = () => useCommands(LEDGER_OPERATIONS);
