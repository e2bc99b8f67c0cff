import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { inputIdFor, valueAsStatus } from '#shared/domain/evaluation';
import { mergeIntoPrevious, removeItem, splitItem, updateItem } from '#shared/import/edit-checklist';
import { importPolicyFile } from '#shared/import/import-policy-file';

import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { clearUndo, undoLast } from '../services/undo-service';
import { applyChecklistEdit, ItemsHoldInputsError, previewChecklistEdit } from './checklist-repository';
import { type KaopingDatabase, openDatabase, type StoredItem } from './database';
import { loadItems, saveImport } from './documents-repository';
import { createEvaluation, setChecklistStatus } from './evaluations-repository';
import { createUnit } from './units-repository';

let db: KaopingDatabase;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clearUndo();
});

afterEach(async () => {
  await db.delete();
});

/** Seed 000 saved, two units, and the first three measures scored for both. */
async function scored() {
  const [document] = await saveImport(db, await importPolicyFile(seedBytes(SEED.luoyang2021), '洛政办〔2021〕39号.txt'));
  const units = [await createUnit(db, '甲区'), await createUnit(db, '乙区')];
  const evaluation = await createEvaluation(
    db,
    '督查',
    { kind: 'checklist', documentId: document!.id },
    units.map((unit) => unit.id),
  );
  const measures = (await loadItems(db, document!.id)).filter((item) => item.kind === 'measure');
  for (const unit of units)
    for (const measure of measures.slice(0, 3)) await setChecklistStatus(db, evaluation.id, unit.id, measure.id, 'implemented', '张三');
  return { documentId: document!.id, evaluation, units, measures };
}

const statusOf = async (evaluationId: string, unitId: string, item: StoredItem) =>
  valueAsStatus((await db.inputs.get(inputIdFor(evaluationId, unitId, item.id)))?.value ?? -1);

describe('applyChecklistEdit', () => {
  it('edits an item’s text, owners and deadline and keeps its assessments', async () => {
    const { documentId, evaluation, units, measures } = await scored();
    const patch = { text: '改写后的举措。', leadUnits: ['市发展改革委'], deadline: { text: '2022年6月底前', date: '2022-06-30' } };
    await applyChecklistEdit(db, documentId, (items) => updateItem(items, measures[0]!.id, patch), '编辑');
    expect(await db.items.get(measures[0]!.id)).toMatchObject(patch);
    expect(await statusOf(evaluation.id, units[0]!.id, measures[0]!)).toBe('implemented');
  });

  it('splits an item: the first part keeps the id and its assessments, the second is new, in order', async () => {
    const { documentId, evaluation, units, measures } = await scored();
    const target = measures[1]!;
    await applyChecklistEdit(db, documentId, (items) => splitItem(items, target.id, 4), '拆分');
    const items = await loadItems(db, documentId);
    const index = items.findIndex((item) => item.id === target.id);
    expect(items[index]!.text).toBe(target.text.slice(0, 4).trim());
    expect(items.find((item) => item.id === `${target.id}.2`)?.text).toBe(target.text.slice(4).trim());
    expect(items.map((item) => item.order)).toEqual(items.map((_, order) => order));
    expect((await db.documents.get(documentId))?.itemCount).toBe(92);
    expect(await statusOf(evaluation.id, units[1]!.id, target)).toBe('implemented');
  });

  it('asks before dropping an item with inputs, naming how many units’ inputs, then drops them only when told', async () => {
    const { documentId, evaluation, units, measures } = await scored();
    const drop = (items: Parameters<typeof removeItem>[0]) => removeItem(items, measures[0]!.id);
    expect(await previewChecklistEdit(db, documentId, drop)).toEqual({ items: 1, assessments: 2, units: 2 });
    const refused = await applyChecklistEdit(db, documentId, drop, '删除').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ItemsHoldInputsError);
    expect((refused as Error).message).toBe('要删除的条目已有 2 个单位的评定（共 2 条），未修改。');
    expect(await db.items.get(measures[0]!.id)).toEqual(measures[0]); // refused: the item is untouched
    await applyChecklistEdit(db, documentId, drop, '删除', { dropInputs: true });
    expect(await db.items.get(measures[0]!.id)).toBeUndefined();
    expect(await statusOf(evaluation.id, units[0]!.id, measures[0]!)).toBeUndefined();
    expect(await statusOf(evaluation.id, units[0]!.id, measures[1]!)).toBe('implemented');
  });

  it('merges into the previous sibling, keeping the earlier item’s assessments; 撤销 restores both', async () => {
    const { documentId, evaluation, units, measures } = await scored();
    const index = measures.findIndex(
      (item, at) => at > 0 && item.parentId === measures[at - 1]!.parentId && item.order === measures[at - 1]!.order + 1,
    );
    const [first, second] = [measures[index - 1]!, measures[index]!];
    for (const unit of units)
      for (const item of [first, second]) await setChecklistStatus(db, evaluation.id, unit.id, item.id, 'partial', '张三');
    const merge = (items: Parameters<typeof mergeIntoPrevious>[0]) => mergeIntoPrevious(items, second.id);
    await applyChecklistEdit(db, documentId, merge, '合并', { dropInputs: true });
    expect((await db.items.get(first.id))?.text).toBe(`${first.text}\n${second.text}`);
    expect(await statusOf(evaluation.id, units[0]!.id, first)).toBe('partial');
    expect(await statusOf(evaluation.id, units[0]!.id, second)).toBeUndefined();
    expect(await undoLast()).toBe('合并');
    expect(await db.items.get(first.id)).toMatchObject({ text: first.text, order: first.order });
    expect(await db.items.get(second.id)).toMatchObject({ text: second.text, order: second.order });
    expect(await statusOf(evaluation.id, units[0]!.id, second)).toBe('partial');
    expect((await db.documents.get(documentId))?.itemCount).toBe(91);
  });
});
