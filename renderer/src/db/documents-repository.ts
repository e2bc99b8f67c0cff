// Stores imported documents and their checklists: one transaction per import, written in chunks.
import type { ImportResult } from '../../../shared/import/import-policy-file';
import type { KaopingDatabase, StoredDocument, StoredItem } from './database';
import { writeInChunks } from './write-in-chunks';
import { t } from '../i18n';

/** Thrown when the same file (same fingerprint) was imported before. */
export class DuplicateImportError extends Error {
  constructor(fileName: string, existing: StoredDocument) {
    super(t('“{{fileName}}”已于 {{slice}} 导入（{{title}}），未重复导入。', { fileName: fileName, slice: existing.importedAt.slice(0, 10), title: existing.title }));
    this.name = 'DuplicateImportError';
  }
}

/**
 * Saves an import. Input: the parsed result and a progress callback (items written, total).
 * Output: the stored documents. All documents and items go in one read-write transaction: if
 * anything fails (or the callback throws) nothing is kept. Throws DuplicateImportError when a
 * document with the same fingerprint exists.
 */
export async function saveImport(db: KaopingDatabase, result: ImportResult, onProgress: (written: number, total: number) => void = () => {}): Promise<StoredDocument[]> {
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

/** Deletes a document, its items, and the evaluations over it with their assessments. */
export async function deleteDocument(db: KaopingDatabase, documentId: string): Promise<void> {
  await db.transaction('rw', [db.documents, db.items, db.evaluations, db.assessments], async () => {
    const evaluations = await db.evaluations.where('documentId').equals(documentId).primaryKeys();
    for (const evaluationId of evaluations) await db.assessments.where('evaluationId').equals(evaluationId).delete();
    await db.evaluations.bulkDelete(evaluations);
    await db.items.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).delete();
    await db.documents.delete(documentId);
  });
}
