// Deleting a policy document as the user does it: what depends on it is counted first, and a
// deletion that takes evaluations with it is preceded by a backup.
import { db } from '../db/connection';
import { deleteDocument, type DocumentDependents, documentDependents } from '../db/documents-repository';
import { t } from '../i18n';
import { backupNow } from './backup-service';

/** The evaluations, assessments and ledger items that depend on the document. */
export function dependentsOf(documentId: string): Promise<DocumentDependents> {
  return documentDependents(db, documentId);
}

/**
 * Deletes the document `documentId` (title for the backup's reason). With `withEvaluations` its
 * evaluations and assessments go too, after a backup; without, a document that has evaluations is
 * kept and DocumentInUseError is thrown. Ledger items are kept either way.
 */
export async function removeDocument(documentId: string, title: string, withEvaluations: boolean): Promise<void> {
  if (withEvaluations) await backupNow(t('删除“{{title}}”及其评价前自动备份', { title }));
  await deleteDocument(db, documentId, { withEvaluations });
}
