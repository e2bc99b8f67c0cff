// The stored records that do not meet their schema, for a screen that failed to draw.
import { useEffect, useState } from 'react';

import { type BrokenRecord, findBrokenRecords } from '../db/broken-records';
import { useDatabase } from '../db/database-context';

/** The first broken records (null while looking; an empty list when none or when looking failed). */
export function useBrokenRecords(): BrokenRecord[] | null {
  const database = useDatabase();
  const [broken, setBroken] = useState<BrokenRecord[] | null>(null);
  useEffect(() => {
    void findBrokenRecords(database).then(setBroken, () => setBroken([]));
  }, [database]);
  return broken;
}
