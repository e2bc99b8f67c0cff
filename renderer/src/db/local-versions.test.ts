import 'fake-indexeddb/auto';

import type { Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { type KaopingDatabase, openDatabase } from './database';
import { storedInputs } from './local-versions';

type Row = { id: string } & Record<string, unknown>;

const opened: KaopingDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function cell(id: string, evaluationId: unknown, unitId: unknown, value: number): Row {
  return {
    id,
    evaluationId,
    unitId,
    indicatorId: id.split('|').pop(),
    value,
    note: '',
    inspector: '张三',
    updatedAt: '2026-11-23T09:00:00.000Z',
  };
}

describe('storedInputs', () => {
  it('finds every stored cell a package names, wherever it is stored, and nothing else', async () => {
    const db = openDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.inputs.bulkPut([
      cell('e1|甲|i1', 'e1', '甲', 1),
      cell('e1|甲|i2', 'e1', '甲', 2),
      cell('e1|甲|i9', 'e1', '甲', 9), // not in the package: not returned
      cell('e1|乙|i1', 'e1', '乙', 3),
      // stored under another unit than the package says: still found by its id
      cell('e1|甲|i3', 'e1', '丙', 4),
    ] as never);
    const incoming = [
      cell('e1|甲|i1', 'e1', '甲', 10),
      cell('e1|甲|i2', 'e1', '甲', 20),
      cell('e1|甲|i3', 'e1', '甲', 30),
      cell('e1|甲|i4', 'e1', '甲', 40), // new
      cell('e1|乙|i1', 'e1', '乙', 50),
      cell('e1|乙|i1x', 42, '乙', 60), // no string evaluationId: fetched by id, absent
    ];
    const found = await db.transaction('r', db.inputs, () => storedInputs(db.inputs as unknown as Table<Row, string>, incoming));
    expect(Object.fromEntries([...found].map(([id, record]) => [id, record.value]))).toEqual({
      'e1|甲|i1': 1,
      'e1|甲|i2': 2,
      'e1|甲|i3': 4,
      'e1|乙|i1': 3,
    });
  });
});
