// Stores imported documents and their checklists: one transaction per import, written in chunks.
import type { ImportResult } from '#shared/import/import-policy-file';

import { t } from '../i18n';
import type { KaopingDatabase, StoredDocument, StoredItem } from './database';
import { writeInChunks } from './write-in-chunks';

/** Thrown when the same file (same fingerprint) was imported before. */
export class DuplicateImportError extends Error {
  constructor(fileName: string, existing: StoredDocument) {
    super(
      t('“{{fileName}}”已于 {{slice}} 导入（{{title}}），未重复导入。', {
        fileName: fileName,
        slice: existing.importedAt.slice(0, 10),
        title: existing.title,
      }),
    );
    this.name = 'DuplicateImportError';
  }
}

/**
 * Saves an import. Input: the parsed result and a progress callback (items written, total).
 * Output: the stored documents. All documents and items go in one read-write transaction: if
 * anything fails (or the callback throws) nothing is kept. Throws DuplicateImportError when a
 * document with the same fingerprint exists.
 */
export async function saveImport(
  db: KaopingDatabase,
  result: ImportResult,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<StoredDocument[]> {
  const total = result.documents.reduce((sum, document) => sum + document.items.length, 0);
  return db.transaction('rw', db.documents, db.items, async () => {
    await refuseDuplicate(db, result);
    const stored: StoredDocument[] = [];
    let written = 0;
    for (const { items, ...document } of result.documents) {
      const record: StoredDocument = {
        ...document,
        fingerprint: result.documents.length === 1 ? result.fingerprint : `${result.fingerprint}:${document.id}`,
        fileName: result.fileName,
        importedAt: new Date().toISOString(),
        itemCount: items.length,
      };
      await db.documents.add(record);
      stored.push(record);
      const rows: StoredItem[] = items.map((item, order) => ({ ...item, documentId: document.id, order }));
      const before = written;
      await writeInChunks(db.items, rows, 'add', (done) => onProgress((written = before + done), total));
    }
    return stored;
  });
}

/** Throws DuplicateImportError when a file with the result's fingerprint is stored already (any of a compilation's documents counts). */
export async function refuseDuplicate(db: KaopingDatabase, result: ImportResult): Promise<void> {
  const existing = await db.documents.where('fingerprint').startsWith(result.fingerprint).first();
  if (existing) throw new DuplicateImportError(result.fileName, existing);
}

/** The checklist of a document in reading order (uses the [documentId+order] index). */
export async function loadItems(db: KaopingDatabase, documentId: string): Promise<StoredItem[]> {
  return db.items.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray();
}

/** What depends on a document: its evaluations (评价批次), their cells (评定) and their ledger items. */
export type DocumentDependents = { evaluations: number; assessments: number; rectifications: number };

/** Counts what depends on the document `documentId` (read-only). */
export async function documentDependents(db: KaopingDatabase, documentId: string): Promise<DocumentDependents> {
  return db.transaction('r', [db.evaluations, db.inputs, db.rectifications], async () => {
    const evaluationIds = await db.evaluations.where('basis.documentId').equals(documentId).primaryKeys();
    const assessments = evaluationIds.length ? await db.inputs.where('evaluationId').anyOf(evaluationIds).count() : 0;
    const rectifications = evaluationIds.length ? await db.rectifications.where('source.evaluationId').anyOf(evaluationIds).count() : 0;
    return { evaluations: evaluationIds.length, assessments, rectifications };
  });
}

/** Thrown when a document still has evaluations and the caller did not say to delete them too. */
export class DocumentInUseError extends Error {
  constructor(readonly dependents: DocumentDependents) {
    super(
      t('该文件有 {{evaluations}} 个评价（{{assessments}} 条评定）依赖，未删除。', {
        evaluations: dependents.evaluations,
        assessments: dependents.assessments,
      }),
    );
    this.name = 'DocumentInUseError';
  }
}

/**
 * Deletes a document and its items in one transaction. Its evaluations, their cells and the
 * evidence on them are deleted only with `withEvaluations: true`; otherwise a document that has any is kept and
 * DocumentInUseError (with the counts) is thrown. Ledger items (整改台账) are never deleted here.
 */
export async function deleteDocument(
  db: KaopingDatabase,
  documentId: string,
  options: { withEvaluations: boolean } = { withEvaluations: false },
): Promise<void> {
  await db.transaction('rw', [db.documents, db.items, db.evaluations, db.inputs, db.evidence, db.rectifications], async () => {
    const evaluations = await db.evaluations.where('basis.documentId').equals(documentId).primaryKeys();
    if (evaluations.length > 0 && !options.withEvaluations) throw new DocumentInUseError(await documentDependents(db, documentId));
    for (const evaluationId of evaluations) {
      await db.inputs.where('evaluationId').equals(evaluationId).delete();
      await db.evidence.where('evaluationId').equals(evaluationId).delete();
    }
    await db.evaluations.bulkDelete(evaluations);
    await db.items.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).delete();
    await db.documents.delete(documentId);
  });
}
