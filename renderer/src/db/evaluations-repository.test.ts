import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { type KaopingDatabase, openDatabase } from './database';
import {
  assessmentId,
  createEvaluation,
  createUnit,
  deleteUnit,
  loadAssessments,
  renameUnit,
  setAssessmentNote,
  setAssessmentStatus,
  UnitNameError,
} from './evaluations-repository';

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

  it('deleting a unit removes it from evaluations and deletes its assessments only', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const [a, b] = [await createUnit(db, '甲区'), await createUnit(db, '乙区')];
    const evaluation = await createEvaluation(db, '督查', 'doc', [a.id, b.id]);
    await setAssessmentStatus(db, evaluation.id, a.id, 'm1', 'implemented');
    await setAssessmentStatus(db, evaluation.id, b.id, 'm1', 'partial');
    await deleteUnit(db, a.id);
    expect((await db.evaluations.get(evaluation.id))?.unitIds).toEqual([b.id]);
    expect((await loadAssessments(db, evaluation.id)).map((entry) => entry.unitId)).toEqual([b.id]);
  });
});

describe('assessments', () => {
  it('replaces a status in place and keeps its note', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await setAssessmentStatus(db, 'e', 'u', 'm1', 'notImplemented');
    await setAssessmentNote(db, 'e', 'u', 'm1', '未见台账');
    await setAssessmentStatus(db, 'e', 'u', 'm1', 'partial');
    const stored = await db.assessments.get(assessmentId('e', 'u', 'm1'));
    expect(stored).toMatchObject({ status: 'partial', note: '未见台账' });
    expect(await db.assessments.count()).toBe(1);
  });
});
