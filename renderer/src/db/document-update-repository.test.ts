import 'fake-indexeddb/auto';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { inputIdFor, valueAsStatus } from '#shared/domain/evaluation';
import { importPolicyFile } from '#shared/import/import-policy-file';

import { clearUndo, undoLast } from '../services/undo-service';
import { ItemsHoldInputsError } from './checklist-repository';
import { type KaopingDatabase, openDatabase } from './database';
import { applyDocumentUpdate, findDocumentUpdate, SameContentError } from './document-update-repository';
import { loadItems, saveImport } from './documents-repository';
import { createEvaluation, setChecklistStatus } from './evaluations-repository';
import { createUnit } from './units-repository';

const VERSIONS = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'policy-versions');
const version = (name: string) => new Uint8Array(readFileSync(join(VERSIONS, name)));

let db: KaopingDatabase;

beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  clearUndo();
});

afterEach(async () => {
  await db.delete();
});

/** Version 1 saved, one unit's status recorded on measures 1, 2 and 3. */
async function scoredVersion1() {
  const [stored] = await saveImport(db, await importPolicyFile(version('v1.txt'), '某政办〔2024〕7号.txt'));
  const unit = await createUnit(db, '甲区');
  const evaluation = await createEvaluation(db, '督查', { kind: 'checklist', documentId: stored!.id }, [unit.id]);
  const measures = (await loadItems(db, stored!.id)).filter((item) => item.kind === 'measure');
  for (const measure of measures.slice(0, 3)) await setChecklistStatus(db, evaluation.id, unit.id, measure.id, 'partial', '张三');
  return { stored: stored!, unit, evaluation, measures };
}

describe('re-import as update', () => {
  it('offers a changed version as an update with its diff, and applies it keeping the inputs of items that remain', async () => {
    const { stored, unit, evaluation, measures } = await scoredVersion1();
    const reading = await importPolicyFile(version('v2.txt'), '某政办〔2024〕7号（修订）.txt');
    const update = await findDocumentUpdate(db, reading);
    expect(update?.target.id).toBe(stored.id);
    expect([update!.diff.unchanged.length, update!.diff.changed.length, update!.diff.added.length, update!.diff.removed.length]).toEqual([
      4, 2, 1, 1,
    ]);
    expect(update!.dropped).toEqual({ items: 1, assessments: 1, units: 1 });

    await expect(applyDocumentUpdate(db, reading, update!, false)).rejects.toBeInstanceOf(ItemsHoldInputsError);
    expect(await loadItems(db, stored.id)).toHaveLength(7);
    await applyDocumentUpdate(db, reading, update!, true);

    const items = await loadItems(db, stored.id);
    expect(items.map((item) => item.number)).toEqual(['一', '1', '2', '二', '4', '5', '6']);
    expect(items.find((item) => item.number === '1')).toMatchObject({
      id: measures[0]!.id,
      text: expect.stringContaining('营业执照与印章同步发放') as string,
    });
    expect(items.find((item) => item.number === '2')).toMatchObject({ id: measures[1]!.id, responsibleUnits: ['市财政局'] });
    const status = async (itemId: string) => valueAsStatus((await db.inputs.get(inputIdFor(evaluation.id, unit.id, itemId)))?.value ?? -1);
    expect([await status(measures[0]!.id), await status(measures[1]!.id), await status(measures[2]!.id)]).toEqual([
      'partial',
      'partial',
      undefined,
    ]);
    expect(await db.documents.get(stored.id)).toMatchObject({
      itemCount: 7,
      fileName: '某政办〔2024〕7号（修订）.txt',
      fingerprint: reading.fingerprint,
    });

    expect(await undoLast()).toBe('按“某政办〔2024〕7号（修订）.txt”更新“某市人民政府办公室关于印发某市持续优化营商环境若干措施的通知”');
    expect((await loadItems(db, stored.id)).map((item) => item.id)).toEqual(
      (await importPolicyFile(version('v1.txt'), 'x.txt')).documents[0]!.items.map((item) => item.id),
    );
    expect(await status(measures[2]!.id)).toBe('partial');
  });

  it('recognises the same content saved again (other bytes, same reading) and refuses it', async () => {
    await scoredVersion1();
    const text = new TextDecoder().decode(version('v1.txt'));
    const resaved = new TextEncoder().encode(`\ufeff${text.replace(/\n/g, '\r\n')}\r\n`);
    const reading = await importPolicyFile(resaved, '另存为.txt');
    const refused = await findDocumentUpdate(db, reading).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SameContentError);
    expect((refused as Error).message).toBe(
      '“另存为.txt”与已导入的“某市人民政府办公室关于印发某市持续优化营商环境若干措施的通知”内容相同（同一文件另存的副本），未重复导入。',
    );
  });

  it('offers no update for another document, even under the same generic title', async () => {
    await scoredVersion1();
    const lines = [
      '重点任务清单',
      '一、改善城市交通',
      '1.建设智慧停车平台，新增公共停车泊位。（牵头单位：市城市管理局；完成时限：2024年底）',
      '2.优化公交线网，开通定制公交。（牵头单位：市交通运输局；完成时限：2024年底）',
    ];
    const reading = await importPolicyFile(new TextEncoder().encode(lines.join('\n')), '另一份.txt');
    const stored = (await db.documents.toArray())[0]!;
    await db.documents.update(stored.id, { title: reading.documents[0]!.title, docNumber: null });
    expect(await findDocumentUpdate(db, reading)).toBeNull();
    await db.documents.update(stored.id, { docNumber: '某政办〔2024〕7号' });
    expect(
      (await findDocumentUpdate(db, { ...reading, documents: [{ ...reading.documents[0]!, docNumber: '某政办〔2024〕7号' }] }))?.target.id,
    ).toBe(stored.id);
  });
});
