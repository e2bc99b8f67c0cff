import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';

import { clearUndo, undoLast } from '../services/undo-service';
import { type KaopingDatabase, openDatabase } from './database';
import { applyFillIn, clearInput, createEvaluation, setChecklistStatus, setInputNote } from './evaluations-repository';
import { createUnit } from './units-repository';

let db: KaopingDatabase;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clearUndo();
});

afterEach(async () => {
  await db.delete();
});

/** A checklist inspection of 甲区 over measure m1 of item m1 (no document stored: labels fall back to ids). */
async function inspection() {
  const unit = await createUnit(db, '甲区');
  const evaluation = await createEvaluation(db, '督查', { kind: 'checklist', documentId: 'doc' }, [unit.id]);
  return { evaluation, unit, id: inputIdFor(evaluation.id, unit.id, 'm1') };
}

describe('checklist cells', () => {
  it('stores a status as its level with the inspector, keeps the note across a new status, and revises only on change', async () => {
    const { evaluation, unit, id } = await inspection();
    expect(evaluation).toMatchObject({ basis: { kind: 'checklist', documentId: 'doc' }, tieRule: 'competition', notApplicable: 'rescale' });
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'notImplemented', '张三');
    await setInputNote(db, id, '未见台账', '张三');
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'partial', '李四');
    const stored = await db.inputs.get(id);
    expect(stored).toMatchObject({ value: 1, note: '未见台账', inspector: '李四', indicatorId: 'm1', unitId: unit.id });
    expect(stored!.meta!.rev).toBe(3);
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'partial', '王五');
    expect(await db.inputs.get(id)).toEqual(stored);
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'notApplicable', '王五');
    expect((await db.inputs.get(id))!.value).toBeNull();
    expect(await db.inputs.count()).toBe(1);
  });

  it('takes a cell back to 未评 and 撤销 brings it back as it was', async () => {
    const { evaluation, unit, id } = await inspection();
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'implemented', '张三');
    const scored = await db.inputs.get(id);
    await clearInput(db, evaluation.id, unit.id, 'm1');
    expect(await db.inputs.get(id)).toBeUndefined();
    expect(await undoLast()).toBe('甲区 × m1 的评定');
    expect(await db.inputs.get(id)).toEqual(scored);
  });
});

describe('applyFillIn', () => {
  it('writes the changed rows of a returned 填报表 by its inspector and leaves unchanged cells as they were', async () => {
    const { evaluation, unit, id } = await inspection();
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'implemented', '张三');
    const kept = await db.inputs.get(id);
    const rows = [
      { unitId: unit.id, indicatorId: 'm1', value: 2, note: '' },
      { unitId: unit.id, indicatorId: 'm2', value: 0, note: '未落实' },
    ];
    expect(await applyFillIn(db, evaluation.id, rows, '区发改委')).toBe(1);
    expect(await db.inputs.get(id)).toEqual(kept);
    expect(await db.inputs.get(inputIdFor(evaluation.id, unit.id, 'm2'))).toMatchObject({
      value: 0,
      note: '未落实',
      inspector: '区发改委',
    });
  });
});
