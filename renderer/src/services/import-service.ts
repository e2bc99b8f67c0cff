// Import as the user does it: pick a file, parse it with the shared core, review it, store it in one go.
import { importPolicyFile, type DetectedRubric, type ImportResult } from '../../../shared/import/import-policy-file';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { db } from '../db/connection';
import type { StoredDocument } from '../db/database';
import { refuseDuplicate, saveImport } from '../db/documents-repository';
import { loadAliasMap } from '../db/unit-directory-repository';
import { withCanonicalUnits } from '../../../shared/import/unit-aliases';
import { platform } from '../platform';
import { backupNow } from './backup-service';
import { t } from '../i18n';

const documentFilters = () => [{ name: t('政策文件（.txt, .docx, .xlsx, .pdf）'), extensions: ['txt', 'docx', 'xlsx', 'xls', 'et', 'csv', 'pdf'] }];

/**
 * Asks for a file and parses it for review. Output: the parsed file, or null when the user
 * cancels. Nothing is stored. Throws ImportError, or DuplicateImportError when the file was
 * imported before, with a message for the user.
 */
export async function parseFromFile(): Promise<ImportResult | null> {
  const file = await platform.openFile(documentFilters());
  return file && parseOpenedFile(file);
}

/**
 * Parses a file already in hand (picked, dropped or handed over by the OS) for review. Output: the
 * parsed documents (owners renamed by the unit directory's aliases) and the rubrics found; nothing
 * is stored. Throws ImportError, or
 * DuplicateImportError when a file with the same fingerprint is stored already.
 */
export async function parseOpenedFile(file: OpenedFile): Promise<ImportResult> {
  const result = await importPolicyFile(file.bytes, file.name);
  await refuseDuplicate(db, result);
  // Owner names the user merged before are written as they chose (单位名录).
  const aliases = await loadAliasMap(db);
  return { ...result, documents: result.documents.map((document) => ({ ...document, items: withCanonicalUnits(document.items, aliases) })) };
}

/**
 * Stores a reviewed import: backup first, then the documents not left out, with their items, in
 * one transaction. Input: the reviewed result, ids of documents to leave out, a progress callback
 * (items written, total). Output: what was stored. Throws DuplicateImportError, or the storage
 * error (nothing is stored then), or Error when every document was left out.
 */
export async function saveReviewedImport(result: ImportResult, excluded: readonly string[], onProgress?: (written: number, total: number) => void): Promise<ImportedFile> {
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
  const stored = documents.length === 1 ? t('已导入“{{title}}”，共 {{items}} 条', { title: documents[0]!.title, items: items }) : t('已导入“{{fileName}}”中的 {{length}} 份文件，共 {{items}} 条', { fileName: fileName, length: documents.length, items: items });
  return rubrics.length > 0 ? t('{{stored}}；另含评分细则“{{title}}”，请在“指标体系”中导入该文件', { stored: stored, title: rubrics[0]!.title }) : stored;
}
