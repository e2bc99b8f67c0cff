import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { type KaopingDatabase, openDatabase } from './database';
import { addEvidence, createEvaluation, loadInputs, setChecklistStatus, setInput } from './evaluations-repository';
import { createUnit, deleteUnit, renameUnit, UnitNameError } from './units-repository';

let db: KaopingDatabase;

afterEach(async () => {
  await db?.delete();
});

describe('units', () => {
  it('creates, renames and refuses empty or duplicate names', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const unit = await createUnit(db, ' 涧西区 ');
    expect(unit.name).toBe('涧西区');
    await expect(createUnit(db, '涧西区')).rejects.toThrow('已有名为“涧西区”的单位');
    await expect(createUnit(db, '   ')).rejects.toBeInstanceOf(UnitNameError);
    await createUnit(db, '西工区');
    await expect(renameUnit(db, unit.id, '西工区')).rejects.toThrow(UnitNameError);
    await renameUnit(db, unit.id, '涧西区政府');
    expect((await db.units.get(unit.id))?.name).toBe('涧西区政府');
  });

  it('deleting a unit removes it from the evaluations of both bases and deletes its cells and their evidence only', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const [a, b] = [await createUnit(db, '甲区'), await createUnit(db, '乙区')];
    const inspection = await createEvaluation(db, '督查', { kind: 'checklist', documentId: 'doc' }, [a.id, b.id]);
    const scoring = await createEvaluation(db, '评分', { kind: 'indicatorSystem', systemId: 'sys' }, [a.id, b.id]);
    await setChecklistStatus(db, inspection.id, a.id, 'm1', 'implemented', '张三');
    await setChecklistStatus(db, inspection.id, b.id, 'm1', 'partial', '张三');
    await setInput(db, scoring.id, a.id, 'i1', 3, '李四');
    await setInput(db, scoring.id, b.id, 'i1', 4, '李四');
    await addEvidence(
      db,
      { id: `${scoring.id}|${a.id}|i1`, evaluationId: scoring.id },
      { name: '甲.jpg', bytes: new Uint8Array([1]) },
      '李四',
    );
    await addEvidence(
      db,
      { id: `${scoring.id}|${b.id}|i1`, evaluationId: scoring.id },
      { name: '乙.jpg', bytes: new Uint8Array([2]) },
      '李四',
    );
    await deleteUnit(db, a.id);
    expect([(await db.evaluations.get(inspection.id))?.unitIds, (await db.evaluations.get(scoring.id))?.unitIds]).toEqual([[b.id], [b.id]]);
    expect((await loadInputs(db, inspection.id)).map((entry) => [entry.unitId, entry.value])).toEqual([[b.id, 1]]);
    expect((await loadInputs(db, scoring.id)).map((entry) => [entry.unitId, entry.value])).toEqual([[b.id, 4]]);
    expect((await db.evidence.toArray()).map((entry) => entry.name)).toEqual(['乙.jpg']);
  });
});
