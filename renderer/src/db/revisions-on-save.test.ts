// Saving writes a new revision only when a value changed; ledger edits keep their history; two
// offices that entered the same value do not get a conflict when their packages meet.
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';
import type { Rectification } from '#shared/domain/rectification';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import { parseTypedDeadline } from '#shared/rectification/ledger-edit';
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { seedBytes } from '../../../test/fixtures/seeds';
import { type KaopingDatabase, openDatabase } from './database';
import { createEvaluation, setInput, setInputNote } from './evaluations-repository';
import { addRectification, editLedgerItem } from './ledger-repository';
import { collectEvaluation, mergePackage } from './package-repository';
import { saveIndicatorSystem } from './rubric-repository';
import { createUnit } from './units-repository';

const databases: KaopingDatabase[] = [];
const fresh = () => {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const INFO = {
  appVersion: '0.1.0',
  createdBy: '测试',
  createdAt: '2026-11-23T00:00:00Z',
  scope: { kind: 'evaluation' as const, description: '' },
};

async function office() {
  const db = fresh();
  const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  await saveIndicatorSystem(db, system, '评分细则.xlsx');
  const unit = await createUnit(db, '甲区');
  const evaluation = await createEvaluation(db, '2023年度评价', { kind: 'indicatorSystem', systemId: system.id }, [unit.id]);
  const manual = system.indicators.find((indicator) => indicator.name === '质量管理情况')!;
  const scope = { kind: 'evaluation' as const, description: '', evaluationId: evaluation.id };
  return { db, unit, evaluation, manual, scope, id: inputIdFor(evaluation.id, unit.id, manual.id) };
}

describe('saving an input', () => {
  it('writes no new revision when the value (or note) typed is the one stored', async () => {
    const { db, unit, evaluation, manual, id } = await office();
    await setInput(db, evaluation.id, unit.id, manual.id, 2.5, '张三');
    const first = await db.inputs.get(id);
    await setInput(db, evaluation.id, unit.id, manual.id, 2.5, '李四');
    await setInputNote(db, id, '', '李四');
    expect(await db.inputs.get(id)).toEqual(first);
    await setInput(db, evaluation.id, unit.id, manual.id, 3, '李四');
    expect((await db.inputs.get(id))?.meta?.rev).toBe(first!.meta!.rev + 1);
  });

  it('merging a package whose record holds the same value as ours, saved by someone else later, reports no conflict', async () => {
    const a = await office();
    const b = fresh();
    const pack = async (from: KaopingDatabase) =>
      (await readPackage(await buildPackage(await collectEvaluation(from, a.evaluation), INFO), 'x.kaoping')).data;
    await setInput(a.db, a.evaluation.id, a.unit.id, a.manual.id, 1, '组长');
    await mergePackage(b, await pack(a.db), 'a.kaoping', a.scope);
    await setInput(a.db, a.evaluation.id, a.unit.id, a.manual.id, 2.5, '张三');
    await setInput(b, a.evaluation.id, a.unit.id, a.manual.id, 2.5, '李四');
    const summary = await mergePackage(b, await pack(a.db), 'a.kaoping', a.scope);
    expect(summary.conflicts).toBe(0);
    expect(await b.conflicts.count()).toBe(0);
    expect((await b.inputs.get(a.id))?.value).toBe(2.5);
  });
});

describe('editing the ledger', () => {
  const item: Rectification = {
    id: 'e|u|m',
    unitId: 'u',
    unitName: '甲区',
    source: { evaluationId: 'e', indicatorId: 'm' },
    problem: '未落实',
    target: '',
    measures: '',
    responsibleUnits: [],
    owner: '',
    deadline: { text: '2026年12月29日前', date: '2026-12-29' },
    status: 'notStarted',
    progress: [],
    closedOn: null,
    closedBy: null,
    openedOn: '2026-11-29',
  };

  it('stores each changed field with its history and a new revision; an unchanged save writes nothing', async () => {
    const db = fresh();
    await addRectification(db, item, '组长');
    await editLedgerItem(db, item.id, { measures: '本月内出台方案。', deadline: parseTypedDeadline('2027-01-15') }, '张三');
    const edited = (await db.rectifications.get(item.id))!;
    expect(edited).toMatchObject({ measures: '本月内出台方案。', deadline: { text: '2027-01-15', date: '2027-01-15' } });
    expect(edited.edits?.map((entry) => [entry.field, entry.from, entry.to, entry.by])).toEqual([
      ['measures', '', '本月内出台方案。', '张三'],
      ['deadline', '2026年12月29日前', '2027-01-15', '张三'],
    ]);
    expect(edited.meta?.rev).toBe(2);
    await editLedgerItem(db, item.id, { measures: '本月内出台方案。' }, '李四');
    expect(await db.rectifications.get(item.id)).toEqual(edited);
    await expect(editLedgerItem(db, item.id, { problem: ' ' }, '李四')).rejects.toThrow('问题描述不能为空');
    expect(await db.rectifications.get(item.id)).toEqual(edited);
  });
});
