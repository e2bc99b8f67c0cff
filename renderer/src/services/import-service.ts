// Import as the user does it: pick a file, parse it with the shared core, store it in one go.
import { importPolicyFile } from '../../../shared/import/import-policy-file';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { db } from '../db/connection';
import type { StoredDocument } from '../db/database';
import { saveImport } from '../db/documents-repository';
import { platform } from '../platform';
import { backupNow } from './backup-service';

export const DOCUMENT_FILTERS = [{ name: '政策文件（.txt, .docx, .xlsx, .pdf）', extensions: ['txt', 'docx', 'xlsx', 'xls', 'et', 'csv', 'pdf'] }];

/**
 * Asks for a file and imports it. Output: the stored documents, or null when the user cancels.
 * Throws ImportError or DuplicateImportError with a message for the user; nothing is stored then.
 */
export async function importFromFile(onProgress?: (written: number, total: number) => void): Promise<StoredDocument[] | null> {
  const file = await platform.openFile(DOCUMENT_FILTERS);
  return file && importOpenedFile(file, onProgress);
}

/**
 * Imports a file already in hand (picked, dropped or handed over by the OS): parse, back up,
 * store in one transaction. Output: the stored documents. Throws ImportError or
 * DuplicateImportError with a message for the user; nothing is stored then.
 */
export async function importOpenedFile(file: OpenedFile, onProgress?: (written: number, total: number) => void): Promise<StoredDocument[]> {
  const result = await importPolicyFile(file.bytes, file.name);
  await backupNow(`导入“${file.name}”前自动备份`);
  return saveImport(db, result, onProgress);
}
