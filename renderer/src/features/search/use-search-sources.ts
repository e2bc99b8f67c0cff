// What 全局搜索 searches: documents, checklist items, indicator systems, units and the ledger.
import { useLiveQuery } from 'dexie-react-hooks';

import type { KaopingDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';

/** Every searchable record, read in one go. */
export async function loadSearchSources(database: KaopingDatabase) {
  const [documents, items, systems, units, rectifications] = await Promise.all([
    database.documents.toArray(),
    database.items.toArray(),
    database.indicatorSystems.toArray(),
    database.units.toArray(),
    database.rectifications.toArray(),
  ]);
  return { documents, items, systems, units, rectifications };
}

/** Live while the search box is open (`open`), undefined otherwise or while loading. */
export function useSearchSources(open: boolean) {
  const database = useDatabase();
  return useLiveQuery(() => (open ? loadSearchSources(database) : undefined), [database, open], undefined);
}
