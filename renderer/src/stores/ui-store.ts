// What the user is looking at: the page, the document and the evaluation in focus.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type PageKey =
  'home' | 'documents' | 'importReview' | 'checklist' | 'ownerUnits' | 'units' | 'evaluation' | 'rubric' | 'ledger' | 'backup';

/** The two views of an evaluation: 清单视图 (status keys per measure) and 总览表 + 逐单位评分. */
export type EvaluationView = 'checklist' | 'scoring';

type UiState = {
  page: PageKey;
  documentId: string | null;
  evaluationId: string | null;
  systemId: string | null;
  /** The evaluation page's view: the keyboard checklist, or the 总览表 with the per-unit form; null = as the basis suggests. */
  evaluationView: EvaluationView | null;
  /** 当前评价员, recorded on every input; kept across sessions. */
  inspector: string;
  showPage(page: PageKey): void;
  openDocument(documentId: string): void;
  openEvaluation(evaluationId: string): void;
  openSystem(systemId: string): void;
  showEvaluationView(view: EvaluationView): void;
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
  evaluationView: null,
  inspector: '',
  darkMode: false,
};

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      ...initial,
      showPage: (page) => set({ page }),
      openDocument: (documentId) => set({ documentId, page: 'checklist' }),
      openEvaluation: (evaluationId) => set({ evaluationId, page: 'evaluation', evaluationView: null }),
      openSystem: (systemId) => set({ systemId, page: 'rubric' }),
      showEvaluationView: (evaluationView) => set({ evaluationView }),
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
