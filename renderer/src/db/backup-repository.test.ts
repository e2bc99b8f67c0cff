import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import { importPolicyFile } from '#shared/import/import-policy-file';

import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { BACKUPS_KEPT, collectBeforeUpgrade, collectEverything, databaseBackups, restoreEverything } from './backup-repository';
import { type KaopingDatabase, openDatabase } from './database';
import { saveImport } from './documents-repository';
import { createUnit } from './evaluations-repository';
import { addEvidence, createRubricEvaluation, rubricInputId, setRubricInput } from './rubric-repository';
import { declareSchema } from './schema-history';

let db: KaopingDatabase;
afterEach(async () => {
  await db?.delete();
});

const INFO = {
  appVersion: '0.1.0',
  createdBy: '',
  createdAt: '2026-11-23T00:00:00Z',
  scope: { kind: 'backup' as const, description: '全部数据备份' },
};

async function everything() {
  return Promise.all(
    [
      'documents',
      'items',
      'units',
      'evaluations',
      'assessments',
      'indicatorSystems',
      'rubricEvaluations',
      'rubricInputs',
      'rectifications',
    ].map((name) => db.table(name).toArray()),
  );
}

describe('backups', () => {
  it('restore brings back exactly what was backed up, evidence bytes included', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await saveImport(db, await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt'));
    const unit = await createUnit(db, '涧西区');
    const evaluation = await createRubricEvaluation(db, '评价', 'system', [unit.id]);
    await setRubricInput(db, evaluation.id, unit.id, 'i1', 2.5, '张三');
    await addEvidence(
      db,
      { id: rubricInputId(evaluation.id, unit.id, 'i1'), evaluationId: evaluation.id },
      { name: '照片.jpg', bytes: new Uint8Array([7, 8, 9]) },
      '张三',
    );
    const before = await everything();
    const backup = await readPackage(await buildPackage(await collectEverything(db), INFO), 'backup.kaoping');
    await db.units.clear();
    await setRubricInput(db, evaluation.id, unit.id, 'i1', 1, '李四');
    await db.evidence.clear();
    await restoreEverything(db, backup.data);
    expect(await everything()).toEqual(before);
    const [evidence] = await db.evidence.toArray();
    expect(new Uint8Array(await evidence!.blob.arrayBuffer())).toEqual(new Uint8Array([7, 8, 9]));
  });

  it('a failed restore changes nothing', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await createUnit(db, '涧西区');
    const before = await everything();
    const broken = {
      tables: {
        units: [
          { id: 'x', name: '甲区' },
          { id: 'x', name: '重复编号' },
        ],
      },
      attachments: new Map(),
    };
    await expect(restoreEverything(db, broken)).rejects.toThrow();
    expect(await everything()).toEqual(before);
  });

  it(`keeps the last ${BACKUPS_KEPT} backups, lists them newest first and reads one back`, async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const shelf = databaseBackups(db);
    for (let index = 0; index < BACKUPS_KEPT + 3; index++) await shelf.keep(new Uint8Array([index]), `第${index + 1}次`);
    const kept = await shelf.list();
    expect(kept.map((entry) => entry.reason)).toEqual(
      Array.from({ length: BACKUPS_KEPT }, (_, index) => `第${BACKUPS_KEPT + 3 - index}次`),
    );
    expect(await shelf.read(kept[0]!.id)).toEqual(new Uint8Array([BACKUPS_KEPT + 2]));
    await expect(shelf.read('no-such-backup')).rejects.toThrow('该备份已不存在');
  });

  it('reads a database about to be upgraded as it is, and nothing when there is no upgrade to make', async () => {
    const name = `before-upgrade-${crypto.randomUUID()}`;
    expect(await collectBeforeUpgrade(name)).toBeNull();
    const old = new Dexie(name);
    declareSchema(old, 2);
    await old.open();
    await old.table('units').add({ id: 'u1', name: '涧西区', createdAt: '2026-01-05' });
    await old.table('rubricInputs').add({ id: 'r|u1|i1', evaluationId: 'r', unitId: 'u1', indicatorId: 'i1', value: 2 });
    old.close();
    const before = await collectBeforeUpgrade(name);
    expect(before?.version).toBe(2);
    expect(before?.data.tables.units).toEqual([{ id: 'u1', name: '涧西区', createdAt: '2026-01-05' }]);
    expect(before?.data.tables.rubricInputs).toHaveLength(1);
    expect(before?.data.tables.rectifications).toBeUndefined();
    const upgraded = openDatabase(name);
    await upgraded.open();
    upgraded.close();
    expect(await collectBeforeUpgrade(name)).toBeNull();
  });
});
