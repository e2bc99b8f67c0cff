import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { importPolicyFile } from '#shared/import/import-policy-file';
import { ownerUsage } from '#shared/import/unit-aliases';

import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { type KaopingDatabase, openDatabase } from './database';
import { saveImport } from './documents-repository';
import { loadAliasMap, loadKnownUnitNames, mergeOwnerUnits } from './unit-directory-repository';
import { createUnit } from './units-repository';

let db: KaopingDatabase;

afterEach(async () => {
  await db?.delete();
});

describe('merging owner units (单位名录)', () => {
  it('rewrites every stored item naming a merged name in one go, and remembers the aliases', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await saveImport(db, await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt'));
    const before = ownerUsage(await db.items.toArray());
    const expected = before.find((usage) => usage.name === '市发展改革委')!.count;
    expect(await mergeOwnerUnits(db, ['市发展改革委', '市发改委'], '洛阳市发展和改革委员会')).toBe(expected);
    const after = ownerUsage(await db.items.toArray());
    expect(after.find((usage) => usage.name === '洛阳市发展和改革委员会')!.count).toBe(expected);
    expect(after.some((usage) => usage.name === '市发展改革委')).toBe(false);
    expect(await loadAliasMap(db)).toEqual(
      new Map([
        ['市发展改革委', '洛阳市发展和改革委员会'],
        ['市发改委', '洛阳市发展和改革委员会'],
      ]),
    );
  });

  it('moves aliases along when their canonical name is merged again, and never keeps a canonical name as an alias', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await mergeOwnerUnits(db, ['市发改委'], '市发展改革委');
    await mergeOwnerUnits(db, ['市发展改革委'], '市发展和改革委员会');
    expect(await loadAliasMap(db)).toEqual(
      new Map([
        ['市发改委', '市发展和改革委员会'],
        ['市发展改革委', '市发展和改革委员会'],
      ]),
    );
    await mergeOwnerUnits(db, ['市发展和改革委员会'], '市发展改革委');
    expect(await loadAliasMap(db)).toEqual(
      new Map([
        ['市发改委', '市发展改革委'],
        ['市发展和改革委员会', '市发展改革委'],
      ]),
    );
  });

  it('gives the reader every name of the directory and every unit evaluated, each once', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await mergeOwnerUnits(db, ['市发改委', '洛阳市发展和改革委员会'], '洛阳市发展和改革委员会');
    await createUnit(db, '涧西区');
    await createUnit(db, '县营商环境体验官队伍');
    expect((await loadKnownUnitNames(db)).sort()).toEqual(['市发改委', '洛阳市发展和改革委员会', '涧西区', '县营商环境体验官队伍'].sort());
  });
});
