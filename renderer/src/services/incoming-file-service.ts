// Where a file that arrives from outside goes — dropped on the window or handed over by the OS:
// a .kaoping package is read for the merge dialog, anything else is parsed as a policy document for review.
import type { ImportResult } from '#shared/import/import-policy-file';
import type { IncomingFile } from '#shared/ipc/contract';

import type { DocumentUpdate } from '../db/document-update-repository';
import { prepareOpenedFile } from './import-service';
import { type OpenedPackage, readPackageFile } from './package-service';

export type IncomingOutcome =
  | { kind: 'review'; parsed: ImportResult }
  | { kind: 'update'; parsed: ImportResult; update: DocumentUpdate }
  | { kind: 'package'; opened: OpenedPackage };

/**
 * Opens one incoming file by its extension. Output: a package read for the merge dialog, a document
 * parsed for review, or a new version of a stored document to update (nothing stored). Throws, with a message naming the file, when main could not
 * read it or the import/merge refuses it (nothing is stored then).
 */
export async function openIncomingFile(file: IncomingFile): Promise<IncomingOutcome> {
  if ('error' in file) throw new Error(file.error);
  if (file.name.toLowerCase().endsWith('.kaoping')) return { kind: 'package', opened: await readPackageFile(file) };
  return prepareOpenedFile(file);
}
