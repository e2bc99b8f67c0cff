// Import as the user does it: pick a file, parse it with the shared core, review it, store it in one go.
import { type DetectedRubric, importPolicyFile, type ImportResult } from '#shared/import/import-policy-file';
import { withCanonicalUnits } from '#shared/import/unit-aliases';
import type { OpenedFile } from '#shared/ipc/contract';

import { db } from '../db/connection';
import type { StoredDocument } from '../db/database';
import { applyDocumentUpdate, type DocumentUpdate, findDocumentUpdate } from '../db/document-update-repository';
import { refuseDuplicate, saveImport } from '../db/documents-repository';
import { loadAliasMap, loadKnownUnitNames } from '../db/unit-directory-repository';
import { t } from '../i18n';
import { platform } from '../platform';
import { backupNow } from './backup-service';

const documentFilters = () => [
  { name: t('政策文件（.txt, .docx, .xlsx, .pdf）'), extensions: ['txt', 'docx', 'xlsx', 'xls', 'et', 'csv', 'pdf'] },
];

/**
 * Parses a file already in hand (picked, dropped or handed over by the OS) for review, the reader
 * knowing the office's unit names (loadKnownUnitNames). Output: the
 * parsed documents (owners renamed by the unit directory's aliases) and the rubrics found; nothing
 * is stored. Throws ImportError, or
 * DuplicateImportError when a file with the same fingerprint is stored already.
 */
export async function parseOpenedFile(file: OpenedFile): Promise<ImportResult> {
  const result = await importPolicyFile(file.bytes, file.name, { knownUnits: await loadKnownUnitNames(db) });
  await refuseDuplicate(db, result);
  // Owner names the user merged before are written as they chose (单位名录).
  const aliases = await loadAliasMap(db);
  return {
    ...result,
    documents: result.documents.map((document) => ({ ...document, items: withCanonicalUnits(document.items, aliases) })),
  };
}

/** A file read for import: a new document to review, or a new version of a stored one to update. */
export type PreparedImport = { kind: 'review'; parsed: ImportResult } | { kind: 'update'; parsed: ImportResult; update: DocumentUpdate };

/**
 * Parses a file and compares it with the stored documents. Output: an update (with its diff) when
 * it is a changed version of a stored document (same 文号, or same title sharing items), else the
 * reading for review. Throws ImportError, DuplicateImportError (same bytes) or SameContentError
 * (same reading, e.g. the file re-saved by another program). Nothing is stored.
 */
export async function prepareOpenedFile(file: OpenedFile): Promise<PreparedImport> {
  const parsed = await parseOpenedFile(file);
  const update = await findDocumentUpdate(db, parsed);
  return update ? { kind: 'update', parsed, update } : { kind: 'review', parsed };
}

/** Asks for a file and prepares it (see prepareOpenedFile); null when the user cancels. */
export async function prepareFromFile(): Promise<PreparedImport | null> {
  const file = await platform.openFile(documentFilters());
  return file && prepareOpenedFile(file);
}

/**
 * Applies a new version over its stored document after a backup: kept and changed items keep their
 * assessments; removed items' assessments go only with `dropInputs` (else ItemsHoldInputsError).
 */
export async function applyReimport(parsed: ImportResult, update: DocumentUpdate, dropInputs: boolean): Promise<void> {
  await backupNow(t('按“{{fileName}}”更新文件前自动备份', { fileName: parsed.fileName }));
  await applyDocumentUpdate(db, parsed, update, dropInputs);
}

/**
 * Stores a reviewed import: backup first, then the documents not left out, with their items, in
 * one transaction. Input: the reviewed result, ids of documents to leave out, a progress callback
 * (items written, total). Output: what was stored. Throws DuplicateImportError, or the storage
 * error (nothing is stored then), or Error when every document was left out.
 */
export async function saveReviewedImport(
  result: ImportResult,
  excluded: readonly string[],
  onProgress?: (written: number, total: number) => void,
): Promise<ImportedFile> {
  const documents = result.documents.filter((document) => !excluded.includes(document.id));
  if (documents.length === 0) throw new Error(t('所有文件都已取消勾选，没有可保存的内容。'));
  await backupNow(t('导入“{{fileName}}”前自动备份', { fileName: result.fileName }));
  return { documents: await saveImport(db, { ...result, documents }, onProgress), rubrics: result.rubrics };
}

/** What an import stored, and the rubrics (评分细则) it found that belong in 指标体系. */
export type ImportedFile = { documents: StoredDocument[]; rubrics: DetectedRubric[] };

/** The user's one-line summary of an import. */
export function describeImport(fileName: string, { documents, rubrics }: ImportedFile): string {
  const items = documents.reduce((sum, document) => sum + document.itemCount, 0);
  const stored =
    documents.length === 1
      ? t('已导入“{{title}}”，共 {{items}} 条', { title: documents[0]!.title, items: items })
      : t('已导入“{{fileName}}”中的 {{length}} 份文件，共 {{items}} 条', { fileName: fileName, length: documents.length, items: items });
  return rubrics.length > 0
    ? t('{{stored}}；另含评分细则“{{title}}”，请在“指标体系”中导入该文件', { stored: stored, title: rubrics[0]!.title })
    : stored;
}
