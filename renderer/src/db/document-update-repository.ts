// Re-importing a document already stored: the same content (re-saved by another program) is
// recognised and refused; a changed version of it (same 文号, or same title with shared items) is
// offered as an update whose diff keeps the assessments of the items that remain.
import type { PolicyDocument } from '#shared/domain/types';
import { applyChecklistDiff, type ChecklistDiff, diffChecklists } from '#shared/import/checklist-diff';
import type { ImportResult } from '#shared/import/import-policy-file';
import { contentFingerprintOf, normaliseReading } from '#shared/read/fingerprint';

import { t } from '../i18n';
import { applyChecklistEdit, type DroppedInputs, previewChecklistEdit } from './checklist-repository';
import type { KaopingDatabase, StoredDocument } from './database';
import { loadItems } from './documents-repository';

/** Thrown when a file's reading equals a stored document's (the same document saved again). */
export class SameContentError extends Error {
  constructor(fileName: string, existing: StoredDocument) {
    super(t('“{{fileName}}”与已导入的“{{title}}”内容相同（同一文件另存的副本），未重复导入。', { fileName, title: existing.title }));
    this.name = 'SameContentError';
  }
}

/** A stored document the new reading updates: the diff, and the inputs the removed items hold. */
export type DocumentUpdate = { target: StoredDocument; diff: ChecklistDiff; dropped: DroppedInputs };

/** A title-only match is an update only when at least this share of the items is unchanged (generic titles such as 重点任务清单 differ otherwise). */
const SHARED_ITEMS_FOR_TITLE_MATCH = 0.3;

/**
 * Compares a single-document reading with the stored documents. Throws SameContentError when one
 * has the same content fingerprint. Output: the update of the stored document with the same 文号,
 * or the same title and at least 30 % of its items unchanged; null when none matches (or the file
 * holds several documents).
 */
export async function findDocumentUpdate(db: KaopingDatabase, result: ImportResult): Promise<DocumentUpdate | null> {
  if (result.documents.length !== 1) return null;
  const reading = result.documents[0]!;
  const fingerprint = await contentFingerprintOf(reading);
  const documents = await db.documents.orderBy('importedAt').reverse().toArray();
  let candidate: DocumentUpdate | null = null;
  for (const stored of documents) {
    const items = await loadItems(db, stored.id);
    if ((await contentFingerprintOf({ title: stored.title, items })) === fingerprint) throw new SameContentError(result.fileName, stored);
    if (candidate) continue;
    const sameNumber =
      reading.docNumber !== null && stored.docNumber !== null && normaliseReading(reading.docNumber) === normaliseReading(stored.docNumber);
    const sameTitle = normaliseReading(reading.title) === normaliseReading(stored.title);
    if (!sameNumber && !sameTitle) continue;
    const diff = diffChecklists(items, reading.items);
    if (!sameNumber && diff.unchanged.length < SHARED_ITEMS_FOR_TITLE_MATCH * Math.max(items.length, reading.items.length)) continue;
    candidate = { target: stored, diff, dropped: await previewChecklistEdit(db, stored.id, () => applyChecklistDiff(reading.items, diff)) };
  }
  return candidate;
}

/**
 * Stores the new reading over the document `update.target` in one transaction: its metadata and
 * checklist replaced, kept and changed items under their stored ids (their assessments stay),
 * removed items deleted — with their assessments only when `dropInputs`, else ItemsHoldInputsError
 * is thrown and nothing changes. The document takes the new file's fingerprint and name. Undoable.
 */
export async function applyDocumentUpdate(
  db: KaopingDatabase,
  result: ImportResult,
  update: DocumentUpdate,
  dropInputs: boolean,
): Promise<void> {
  const { items, title, docNumber, url, issuer, issuedOn, printedOn, closingText, findings, unparsedLines }: PolicyDocument =
    result.documents[0]!;
  const metadata = { title, docNumber, url, issuer, issuedOn, printedOn, closingText, findings, unparsedLines };
  const patch: Partial<StoredDocument> = {
    ...metadata,
    fingerprint: result.fingerprint,
    fileName: result.fileName,
    updatedAt: new Date().toISOString(),
  };
  const label = t('按“{{fileName}}”更新“{{title}}”', { fileName: result.fileName, title: update.target.title });
  await applyChecklistEdit(db, update.target.id, () => applyChecklistDiff(items, update.diff), label, { dropInputs, documentPatch: patch });
}
