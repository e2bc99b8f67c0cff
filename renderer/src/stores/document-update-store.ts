// A new version of a stored document, read and compared, waiting for the user to apply it as an
// update, import it as a new document, or cancel. Nothing is stored while it waits.
import { create } from 'zustand';

import type { ImportResult } from '#shared/import/import-policy-file';

import type { DocumentUpdate } from '../db/document-update-repository';

type DocumentUpdateState = {
  pending: { parsed: ImportResult; update: DocumentUpdate } | null;
  offer(parsed: ImportResult, update: DocumentUpdate): void;
  dismiss(): void;
};

export const useDocumentUpdate = create<DocumentUpdateState>()((set) => ({
  pending: null,
  offer: (parsed, update) => set({ pending: { parsed, update } }),
  dismiss: () => set({ pending: null }),
}));
