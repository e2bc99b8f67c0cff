// What the user is looking at: the page, the document and the evaluation in focus.
import { create } from 'zustand';

export type PageKey = 'documents' | 'checklist' | 'units' | 'evaluation';

type UiState = {
  page: PageKey;
  documentId: string | null;
  evaluationId: string | null;
  showPage(page: PageKey): void;
  openDocument(documentId: string): void;
  openEvaluation(evaluationId: string): void;
};

const initial = { page: 'documents' as PageKey, documentId: null, evaluationId: null };

export const useUiStore = create<UiState>()((set) => ({
  ...initial,
  showPage: (page) => set({ page }),
  openDocument: (documentId) => set({ documentId, page: 'checklist' }),
  openEvaluation: (evaluationId) => set({ evaluationId, page: 'evaluation' }),
}));

/** Back to the start state (tests). */
export function resetUiStore(): void {
  useUiStore.setState(initial);
}
