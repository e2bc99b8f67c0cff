import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { importPolicyFile, type ImportResult } from '#shared/import/import-policy-file';

import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { type KaopingDatabase, openDatabase } from './database';
import {
  deleteDocument,
  documentDependents,
  DocumentInUseError,
  DuplicateImportError,
  loadItems,
  saveImport,
} from './documents-repository';
import { createEvaluation, setChecklistStatus } from './evaluations-repository';
import { createUnit } from './units-repository';
import { WRITE_CHUNK } from './write-in-chunks';

let db: KaopingDatabase;

function freshDatabase(): KaopingDatabase {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  return db;
}

afterEach(async () => {
  await db?.delete();
});

async function seed000(): Promise<ImportResult> {
  return importPolicyFile(seedBytes(SEED.luoyang2021), '洛政办〔2021〕39号.txt');
}

/** A result with `count` measures, so an import spans several chunks. */
async function largeResult(count: number): Promise<ImportResult> {
  const result = await seed000();
  const [document] = result.documents;
  const template = document!.items.find((item) => item.kind === 'measure')!;
  const items = Array.from({ length: count }, (_, index) => ({ ...template, id: `big-${index}`, number: String(index + 1) }));
  return { ...result, fingerprint: 'big', documents: [{ ...document!, id: 'big', items }] };
}

describe('saveImport', () => {
  it('stores the document and its checklist in reading order', async () => {
    freshDatabase();
    const result = await seed000();
    const [stored] = await saveImport(db, result);
    expect(stored).toMatchObject({ docNumber: '洛政办〔2021〕39号', itemCount: 91, fileName: '洛政办〔2021〕39号.txt' });
    const items = await loadItems(db, stored!.id);
    expect(items.map((item) => item.id)).toEqual(result.documents[0]!.items.map((item) => item.id));
  });

  it('refuses a re-import of the same file and keeps one copy', async () => {
    freshDatabase();
    await saveImport(db, await seed000());
    await expect(saveImport(db, await seed000())).rejects.toBeInstanceOf(DuplicateImportError);
    expect(await db.documents.count()).toBe(1);
    expect(await db.items.count()).toBe(91);
  });

  it('rolls the whole import back when it fails in the middle', async () => {
    freshDatabase();
    await saveImport(db, await seed000());
    const result = await largeResult(WRITE_CHUNK * 3);
    let chunks = 0;
    const failing = saveImport(db, result, () => {
      chunks += 1;
      if (chunks === 2) throw new Error('磁盘已满');
    });
    await expect(failing).rejects.toThrow('磁盘已满');
    expect(chunks).toBe(2);
    expect(await db.documents.count()).toBe(1);
    expect(await db.items.count()).toBe(91);
    expect(await db.documents.get('big')).toBeUndefined();
  });

  it('reports progress chunk by chunk', async () => {
    freshDatabase();
    const progress: Array<[number, number]> = [];
    await saveImport(db, await largeResult(WRITE_CHUNK * 2 + 7), (written, total) => progress.push([written, total]));
    expect(progress).toEqual([
      [WRITE_CHUNK, WRITE_CHUNK * 2 + 7],
      [WRITE_CHUNK * 2, WRITE_CHUNK * 2 + 7],
      [WRITE_CHUNK * 2 + 7, WRITE_CHUNK * 2 + 7],
    ]);
  });
});

describe('deleteDocument', () => {
  it('refuses a document with evaluations unless told to delete them too, then removes all in one go', async () => {
    freshDatabase();
    const [stored] = await saveImport(db, await seed000());
    const unit = await createUnit(db, '涧西区');
    const evaluation = await createEvaluation(db, '督查', { kind: 'checklist', documentId: stored!.id }, [unit.id]);
    const items = await loadItems(db, stored!.id);
    await setChecklistStatus(db, evaluation.id, unit.id, items.find((item) => item.kind === 'measure')!.id, 'implemented', '张三');
    await setChecklistStatus(db, evaluation.id, unit.id, items.filter((item) => item.kind === 'measure')[1]!.id, 'partial', '张三');
    expect(await documentDependents(db, stored!.id)).toEqual({ evaluations: 1, assessments: 2, rectifications: 0 });
    const refused = await deleteDocument(db, stored!.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DocumentInUseError);
    expect((refused as Error).message).toBe('该文件有 1 个评价（2 条评定）依赖，未删除。');
    expect([await db.documents.count(), await db.items.count(), await db.evaluations.count(), await db.inputs.count()]).toEqual([
      1, 91, 1, 2,
    ]);
    await deleteDocument(db, stored!.id, { withEvaluations: true });
    expect([await db.documents.count(), await db.items.count(), await db.evaluations.count(), await db.inputs.count()]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(await db.units.count()).toBe(1);
  });
});
