import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import { importPolicyFile } from '#shared/import/import-policy-file';

import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { BACKUPS_KEPT, collectBeforeUpgrade, collectEverything, databaseBackups, restoreEverything } from './backup-repository';
import { type KaopingDatabase, openDatabase } from './database';
import { saveImport } from './documents-repository';
import { addEvidence, createEvaluation, setChecklistStatus, setInput } from './evaluations-repository';
import { declareSchema } from './schema-history';
import { createUnit } from './units-repository';

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
    ['documents', 'items', 'units', 'evaluations', 'inputs', 'indicatorSystems', 'rectifications'].map((name) => db.table(name).toArray()),
  );
}

describe('backups', () => {
  it('restore brings back exactly what was backed up, evidence bytes included', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await saveImport(db, await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt'));
    const unit = await createUnit(db, '涧西区');
    const evaluation = await createEvaluation(db, '评价', { kind: 'indicatorSystem', systemId: 'system' }, [unit.id]);
    const inspection = await createEvaluation(db, '督查', { kind: 'checklist', documentId: 'doc' }, [unit.id]);
    await setInput(db, evaluation.id, unit.id, 'i1', 2.5, '张三');
    await setChecklistStatus(db, inspection.id, unit.id, 'm1', 'partial', '张三');
    await addEvidence(
      db,
      { id: inputIdFor(evaluation.id, unit.id, 'i1'), evaluationId: evaluation.id },
      { name: '照片.jpg', bytes: new Uint8Array([7, 8, 9]) },
      '张三',
    );
    const before = await everything();
    const backup = await readPackage(await buildPackage(await collectEverything(db), INFO), 'backup.kaoping');
    await db.units.clear();
    await setInput(db, evaluation.id, unit.id, 'i1', 1, '李四');
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

  it('reads a database about to be upgraded, converted as the upgrade converts it, and nothing when there is no upgrade to make', async () => {
    const name = `before-upgrade-${crypto.randomUUID()}`;
    expect(await collectBeforeUpgrade(name)).toBeNull();
    const old = new Dexie(name);
    declareSchema(old, 2);
    await old.open();
    await old.table('units').add({ id: 'u1', name: '涧西区', createdAt: '2026-01-05' });
    const input = {
      id: 'r|u1|i1',
      evaluationId: 'r',
      unitId: 'u1',
      indicatorId: 'i1',
      value: 2,
      note: '',
      inspector: '张三',
      updatedAt: '2026-01-06',
    };
    await old.table('rubricInputs').add(input);
    old.close();
    const before = await collectBeforeUpgrade(name);
    expect(before?.version).toBe(2);
    expect(before?.data.tables.units).toEqual([{ id: 'u1', name: '涧西区', createdAt: '2026-01-05' }]);
    expect([before?.data.tables.inputs, before?.data.tables.evaluations, before?.data.tables.rectifications]).toEqual([[input], [], []]);
    expect(Object.keys(before!.data.tables).sort()).toEqual(
      ['documents', 'evaluations', 'evidence', 'indicatorSystems', 'inputs', 'items', 'rectifications', 'units'].sort(),
    );
    const upgraded = openDatabase(name);
    await upgraded.open();
    upgraded.close();
    expect(await collectBeforeUpgrade(name)).toBeNull();
  });

  it('the backup taken before the v7 upgrade restores into v7 as the upgraded database holds it', async () => {
    const name = `before-v7-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareSchema(old, 6);
    await old.open();
    await old.table('units').add({ id: 'u1', name: '涧西区', createdAt: '2026-01-05' });
    await old
      .table('evaluations')
      .add({ id: 'c', name: '督查', documentId: 'doc', unitIds: ['u1'], tieRule: 'dense', createdAt: '2026-01-06' });
    await old.table('assessments').bulkAdd([
      { id: 'c|u1|m1', evaluationId: 'c', unitId: 'u1', itemId: 'm1', status: 'implemented', note: '', updatedAt: '2026-01-07' },
      { id: 'c|u1|m2', evaluationId: 'c', unitId: 'u1', itemId: 'm2', status: 'notApplicable', note: '无此业务', updatedAt: '2026-01-07' },
    ]);
    await old.table('rubricEvaluations').add({
      id: 'r',
      name: '评分',
      systemId: 'sys',
      unitIds: ['u1'],
      tieRule: 'competition',
      notApplicable: 'zero',
      createdAt: '2026-01-08',
    });
    await old.table('rubricInputs').add({
      id: 'r|u1|i1',
      evaluationId: 'r',
      unitId: 'u1',
      indicatorId: 'i1',
      value: 2,
      note: '',
      inspector: '张三',
      updatedAt: '2026-01-09',
    });
    await old.table('evidence').add({
      id: 'ev',
      inputId: 'r|u1|i1',
      evaluationId: 'r',
      name: '照片.jpg',
      type: 'image/jpeg',
      size: 3,
      blob: new Blob([new Uint8Array([1, 2, 3])]),
      addedAt: '2026-01-09',
      inspector: '张三',
    });
    old.close();
    const before = await collectBeforeUpgrade(name);
    db = openDatabase(name);
    await db.open();
    const upgraded = await everything();

    const backup = await readPackage(await buildPackage(before!.data, INFO), 'before-v7.kaoping');
    const fresh = openDatabase(`restored-${crypto.randomUUID()}`);
    await restoreEverything(fresh, backup.data);
    const restored = await Promise.all(
      ['documents', 'items', 'units', 'evaluations', 'inputs', 'indicatorSystems', 'rectifications'].map((table) =>
        fresh.table(table).toArray(),
      ),
    );
    expect(restored).toEqual(upgraded);
    expect((await fresh.inputs.toArray()).map((cell) => [cell.id, cell.value])).toEqual([
      ['c|u1|m1', 2],
      ['c|u1|m2', null],
      ['r|u1|i1', 2],
    ]);
    const [evidence] = await fresh.evidence.toArray();
    expect(new Uint8Array(await evidence!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await fresh.delete();
  });
});
