// 全局搜索's sources: every kind of record it searches, read live.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { storeChecklistInspection } from '../../../../test/helpers/stored-inspection';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { createUnit } from '../../db/units-repository';
import { loadSearchSources } from './use-search-sources';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('search sources', () => {
  it('holds the stored documents, items and units, and a unit added later', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const { items } = await storeChecklistInspection(database);
    const sources = watch(() => loadSearchSources(database));
    try {
      const first = await sources.until('the stored records', (value) => value.units.length === 2);
      expect([first.documents.length, first.items.length, first.systems.length, first.rectifications.length]).toEqual([
        1,
        items.length,
        0,
        0,
      ]);
      await createUnit(database, '丙区');
      const after = await sources.until('the new unit', (value) => value.units.length === 3);
      expect(after.units.map((unit) => unit.name)).toContain('丙区');
    } finally {
      sources.stop();
    }
  });
});
