// What the user is looking at: the page, the document and the evaluation in focus.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type PageKey =
  | 'home'
  | 'documents'
  | 'importReview'
  | 'checklist'
  | 'ownerUnits'
  | 'units'
  | 'evaluation'
  | 'rubric'
  | 'rubricEvaluation'
  | 'ledger'
  | 'backup';

type UiState = {
  page: PageKey;
  documentId: string | null;
  evaluationId: string | null;
  systemId: string | null;
  rubricEvaluationId: string | null;
  /** 当前评价员, recorded on every input; kept across sessions. */
  inspector: string;
  showPage(page: PageKey): void;
  openDocument(documentId: string): void;
  openEvaluation(evaluationId: string): void;
  openSystem(systemId: string): void;
  openRubricEvaluation(evaluationId: string): void;
  setInspector(inspector: string): void;
  /** Ant Design's dark algorithm; kept across sessions. */
  darkMode: boolean;
  setDarkMode(darkMode: boolean): void;
};

const initial = {
  page: 'home' as PageKey,
  documentId: null,
  evaluationId: null,
  systemId: null,
  rubricEvaluationId: null,
  inspector: '',
  darkMode: false,
};

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      ...initial,
      showPage: (page) => set({ page }),
      openDocument: (documentId) => set({ documentId, page: 'checklist' }),
      openEvaluation: (evaluationId) => set({ evaluationId, page: 'evaluation' }),
      openSystem: (systemId) => set({ systemId, page: 'rubric' }),
      openRubricEvaluation: (rubricEvaluationId) => set({ rubricEvaluationId, page: 'rubricEvaluation' }),
      setInspector: (inspector) => set({ inspector }),
      setDarkMode: (darkMode) => set({ darkMode }),
    }),
    { name: 'kaoping-ui', partialize: (state) => ({ inspector: state.inspector, darkMode: state.darkMode }) },
  ),
);

/** Back to the start state (tests). */
export function resetUiStore(): void {
  useUiStore.setState(initial);
}
