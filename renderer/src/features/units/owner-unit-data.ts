// 责任单位名录 data: the stored checklist items (whose owners the page counts), the alias map
// (written name → the name kept), and merging names into one.
import { useLiveQuery } from 'dexie-react-hooks';

import type { KaopingDatabase } from '../../db/database';
import { useCommands, useDatabase } from '../../db/database-context';
import { loadAliasMap, mergeOwnerUnits } from '../../db/unit-directory-repository';

/** Every stored checklist item and the alias map, read together; undefined while loading. */
export async function loadOwnerUnitSources(database: KaopingDatabase) {
  const [items, aliases] = await Promise.all([database.items.toArray(), loadAliasMap(database)]);
  return { items, aliases };
}

/** Live: the checklist items and alias map, re-read when either changes. */
export function useOwnerUnitSources() {
  const database = useDatabase();
  return useLiveQuery(() => loadOwnerUnitSources(database), [database], undefined);
}

export const OWNER_UNIT_OPERATIONS = { mergeOwnerUnits };

/** `mergeOwnerUnits(names, canonical)` → the number of stored items rewritten. */
export const useOwnerUnitCommands = () => useCommands(OWNER_UNIT_OPERATIONS);
