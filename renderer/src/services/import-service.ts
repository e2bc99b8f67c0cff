// Import as the user does it: pick a file, parse it with the shared core, store it in one go.
import { importPolicyFile, type DetectedRubric } from '../../../shared/import/import-policy-file';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { db } from '../db/connection';
import type { StoredDocument } from '../db/database';
import { saveImport } from '../db/documents-repository';
import { platform } from '../platform';
import { backupNow } from './backup-service';

export const DOCUMENT_FILTERS = [{ name: '政策文件（.txt, .docx, .xlsx, .pdf）', extensions: ['txt', 'docx', 'xlsx', 'xls', 'et', 'csv', 'pdf'] }];

/**
 * Asks for a file and imports it. Output: what was stored, or null when the user cancels.
 * Throws ImportError or DuplicateImportError with a message for the user; nothing is stored then.
 */
export async function importFromFile(onProgress?: (written: number, total: number) => void): Promise<ImportedFile | null> {
  const file = await platform.openFile(DOCUMENT_FILTERS);
  return file && importOpenedFile(file, onProgress);
}

/**
 * Imports a file already in hand (picked, dropped or handed over by the OS): parse, back up,
 * store in one transaction. Output: the stored documents and the rubrics found. Throws ImportError or
 * DuplicateImportError with a message for the user; nothing is stored then.
 */
export async function importOpenedFile(file: OpenedFile, onProgress?: (written: number, total: number) => void): Promise<ImportedFile> {
  const result = await importPolicyFile(file.bytes, file.name);
  await backupNow(`导入“${file.name}”前自动备份`);
  return { documents: await saveImport(db, result, onProgress), rubrics: result.rubrics };
}

/** What an import stored, and the rubrics (评分细则) it found that belong in 指标体系. */
export type ImportedFile = { documents: StoredDocument[]; rubrics: DetectedRubric[] };

/** The user's one-line summary of an import. */
export function describeImport(fileName: string, { documents, rubrics }: ImportedFile): string {
  const items = documents.reduce((sum, document) => sum + document.itemCount, 0);
  const stored = documents.length === 1 ? `已导入“${documents[0]!.title}”，共 ${items} 条` : `已导入“${fileName}”中的 ${documents.length} 份文件，共 ${items} 条`;
  return rubrics.length > 0 ? `${stored}；另含评分细则“${rubrics[0]!.title}”，请在“指标体系”中导入该文件` : stored;
}
