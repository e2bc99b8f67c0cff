import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';
import type { Indicator } from '#shared/domain/indicator-system';
import type { Rectification } from '#shared/domain/rectification';

import { type KaopingDatabase, openDatabase } from '../db/database';
import { createEvaluation, setChecklistStatus, setInput, setInputNote } from '../db/evaluations-repository';
import { addProgress, addRectification } from '../db/ledger-repository';
import { saveIndicatorSystem, updateIndicators } from '../db/rubric-repository';
import { createUnit } from '../db/units-repository';
import { clearUndo, UNDO_LIMIT, undoEntries, undoLast } from './undo-service';

let db: KaopingDatabase;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clearUndo();
});

afterEach(async () => {
  await db.delete();
});

const indicator = (id: string, name: string): Indicator => ({
  id,
  parentId: null,
  role: 'indicator',
  name,
  maxPoints: 500,
  capped: false,
  ruleText: '由评价组评分',
  rule: { kind: 'manual' },
  dataSource: { kind: 'onSite' },
  warnings: [],
  checklistItemIds: [],
});

async function rubricSetup() {
  const unit = await createUnit(db, '甲区');
  await saveIndicatorSystem(db, { id: 'sys', title: '评分细则', indicators: [indicator('i1', '政务服务满意度')] }, 'rubric.xlsx');
  const evaluation = await createEvaluation(db, '评价', { kind: 'indicatorSystem', systemId: 'sys' }, [unit.id]);
  return { unit, evaluation };
}

describe('undo', () => {
  it('restores the previous score and names the cell', async () => {
    const { unit, evaluation } = await rubricSetup();
    const id = inputIdFor(evaluation.id, unit.id, 'i1');
    await setInput(db, evaluation.id, unit.id, 'i1', 4, '张三');
    await setInputNote(db, id, '台账齐全', '张三');
    await setInput(db, evaluation.id, unit.id, 'i1', 2.5, '李四');
    expect(undoEntries().map((entry) => entry.label)).toEqual([
      '甲区 × 政务服务满意度 的评分',
      '甲区 × 政务服务满意度 的说明',
      '甲区 × 政务服务满意度 的评分',
    ]);
    expect(await undoLast()).toBe('甲区 × 政务服务满意度 的评分');
    expect(await db.inputs.get(id)).toMatchObject({ value: 4, note: '台账齐全', inspector: '张三' });
    await undoLast();
    expect((await db.inputs.get(id))?.note).toBe('');
    await undoLast();
    expect(await db.inputs.get(id)).toBeUndefined();
    expect(await undoLast()).toBeNull();
  });

  it('undoes a write still in flight when 撤销 is asked for, not the action before it', async () => {
    const { unit, evaluation } = await rubricSetup();
    const id = inputIdFor(evaluation.id, unit.id, 'i1');
    await setInput(db, evaluation.id, unit.id, 'i1', 1, '张三');
    const second = setInput(db, evaluation.id, unit.id, 'i1', 2, '张三');
    expect(await undoLast()).toBe('甲区 × 政务服务满意度 的评分');
    await second;
    expect((await db.inputs.get(id))?.value).toBe(1);
  });

  it('records nothing for a write that changes nothing', async () => {
    const { unit, evaluation } = await rubricSetup();
    await setInput(db, evaluation.id, unit.id, 'i1', 4, '张三');
    const saved = await db.inputs.get(inputIdFor(evaluation.id, unit.id, 'i1'));
    await setInput(db, evaluation.id, unit.id, 'i1', 4, '李四');
    expect(await db.inputs.get(inputIdFor(evaluation.id, unit.id, 'i1'))).toEqual(saved);
    await setInputNote(db, inputIdFor(evaluation.id, unit.id, 'i1'), '', '张三');
    const evaluationB = await createEvaluation(db, '督查', { kind: 'checklist', documentId: 'doc' }, [unit.id]);
    await setChecklistStatus(db, evaluationB.id, unit.id, 'm1', 'implemented', '张三');
    await setChecklistStatus(db, evaluationB.id, unit.id, 'm1', 'implemented', '张三');
    expect(undoEntries()).toHaveLength(2);
  });

  it('undoes an assessment, a ledger change and an indicator edit, each in turn', async () => {
    const { unit } = await rubricSetup();
    const evaluation = await createEvaluation(db, '督查', { kind: 'checklist', documentId: 'doc' }, [unit.id]);
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'partial', '张三');
    await setChecklistStatus(db, evaluation.id, unit.id, 'm1', 'notImplemented', '张三');
    const rectification: Rectification = {
      id: 'r1',
      unitId: unit.id,
      unitName: '甲区',
      source: { evaluationId: evaluation.id, indicatorId: 'm1' },
      problem: '未建立台账',
      target: '',
      measures: '',
      responsibleUnits: [],
      owner: '',
      deadline: null,
      status: 'notStarted',
      progress: [],
      closedOn: null,
      closedBy: null,
    };
    await addRectification(db, rectification, '张三');
    await addProgress(db, 'r1', { date: '2026-11-29', note: '已部署', by: '张三', status: 'inProgress' });
    await updateIndicators(db, 'sys', [indicator('i1', '政务服务好差评')]);

    expect(await undoLast()).toBe('指标体系“评分细则”的修改');
    expect((await db.indicatorSystems.get('sys'))?.indicators[0]?.name).toBe('政务服务满意度');
    expect(await undoLast()).toBe('整改事项“未建立台账”的修改');
    expect(await db.rectifications.get('r1')).toMatchObject({ status: 'notStarted', progress: [] });
    expect(await undoLast()).toMatch(/^甲区 × .* 的评定$/);
    expect((await db.inputs.get(inputIdFor(evaluation.id, unit.id, 'm1')))?.value).toBe(1);
  });

  it(`keeps the last ${UNDO_LIMIT} actions`, async () => {
    const { unit, evaluation } = await rubricSetup();
    for (let points = 0; points < UNDO_LIMIT + 5; points++) await setInput(db, evaluation.id, unit.id, 'i1', points / 10, '张三');
    expect(undoEntries()).toHaveLength(UNDO_LIMIT);
    for (let step = 0; step < UNDO_LIMIT; step++) await undoLast();
    expect((await db.inputs.get(inputIdFor(evaluation.id, unit.id, 'i1')))?.value).toBe(0.4);
  });
});
