// The units screen's commands against a stored database, watched as the screen watches it.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { watch } from '../../../../test/helpers/live-query';
import { type KaopingDatabase, openDatabase } from '../../db/database';
import { bindDatabase } from '../../db/database-context';
import { UNIT_OPERATIONS } from './unit-commands';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('unit commands', () => {
  it('add, rename and delete units; the live list follows; a duplicate name is refused', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const units = bindDatabase(database, UNIT_OPERATIONS);
    const names = watch(async () => (await database.units.orderBy('createdAt').toArray()).map((unit) => unit.name));
    try {
      const first = await units.createUnit('涧西区');
      await units.createUnit('西工区');
      await names.until('two units', (list) => list.join() === '涧西区,西工区');
      await expect(units.createUnit('西工区')).rejects.toThrow('已有名为“西工区”的单位');
      await units.renameUnit(first.id, '老城区');
      await names.until('the rename', (list) => list.join() === '老城区,西工区');
      await units.deleteUnit(first.id);
      expect(await names.until('the deletion', (list) => list.length === 1)).toEqual(['西工区']);
    } finally {
      names.stop();
    }
  });
});
