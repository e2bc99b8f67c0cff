// The 工作台's live figures: progress per evaluation, overdue ledger items, recent work.
import { useLiveQuery } from 'dexie-react-hooks';

import { useDatabase } from '../../db/database-context';
import { loadWorkbench } from '../../db/workbench-repository';

/** Live: the 工作台 as of `today` (YYYY-MM-DD, which decides what is overdue); undefined while loading. */
export function useWorkbench(today: string) {
  const database = useDatabase();
  return useLiveQuery(() => loadWorkbench(database, today), [database, today], undefined);
}
