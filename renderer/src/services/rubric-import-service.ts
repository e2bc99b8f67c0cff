// Importing a 评分细则 as the user does it: pick a file, parse it in the shared core, store it.
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { db } from '../db/connection';
import type { StoredIndicatorSystem } from '../db/database';
import { saveIndicatorSystem } from '../db/rubric-repository';
import { t } from '../i18n';
import { platform } from '../platform';

const rubricFilters = () => [{ name: t('评分细则（.xlsx, .xls, .docx, .txt）'), extensions: ['xlsx', 'xls', 'et', 'docx', 'txt'] }];

/** Asks for a rubric file and imports it; null when the user cancels. Throws with a message for the user. */
export async function importRubricFromFile(): Promise<StoredIndicatorSystem | null> {
  const file = await platform.openFile(rubricFilters());
  if (!file) return null;
  return saveIndicatorSystem(db, await importRubricFile(file.bytes, file.name), file.name);
}
