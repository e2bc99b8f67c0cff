// Repository operations bound to one database: the bound form passes its arguments and the
// database through, returns what the operation returns, and lets its errors through unchanged.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { type KaopingDatabase, openDatabase } from './database';
import { bindDatabase } from './database-context';

let database: KaopingDatabase;
afterEach(async () => database?.delete());

describe('bindDatabase', () => {
  it('calls each operation with the database first and returns its result or its error', async () => {
    database = openDatabase(`test-${crypto.randomUUID()}`);
    const seen: unknown[] = [];
    const commands = bindDatabase(database, {
      record: async (db: KaopingDatabase, name: string, count: number) => (seen.push(db, name, count), `${name}×${count}`),
      refuse: async (_db: KaopingDatabase, reason: string) => {
        throw new RangeError(reason);
      },
    });
    await expect(commands.record('甲区', 3)).resolves.toBe('甲区×3');
    expect(seen).toEqual([database, '甲区', 3]);
    await expect(commands.refuse('分值超出范围')).rejects.toThrow(new RangeError('分值超出范围'));
  });
});
