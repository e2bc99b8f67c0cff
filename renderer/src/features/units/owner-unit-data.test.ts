// 责任单位名录's live sources follow a merge of owner names.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { ownerUsage } from '#shared/import/unit-aliases';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { loadOwnerUnitSources, OWNER_UNIT_OPERATIONS } from './owner-unit-data';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('owner unit data', () => {
  it('shows the merged name and its alias once a merge is stored', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    await storeChecklistInspection(database);
    const sources = watch(() => loadOwnerUnitSources(database));
    try {
      const before = await sources.until('the stored items', (value) => value.items.length > 0);
      const [most] = ownerUsage(before.items);
      const merged = await bindDatabase(database, OWNER_UNIT_OPERATIONS).mergeOwnerUnits([most!.name], '合并后的单位');
      expect(merged).toBe(most!.count);
      const after = await sources.until('the merge', (value) => value.aliases.size === 1);
      expect([...after.aliases]).toEqual([[most!.name, '合并后的单位']]);
      expect(ownerUsage(after.items).find((usage) => usage.name === '合并后的单位')?.count).toBe(most!.count);
    } finally {
      sources.stop();
    }
  });
});
