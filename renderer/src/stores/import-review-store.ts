// The import under review: parsed, not yet stored. The reviewer edits it, then saves or discards
// it; every edit can be undone.
import { create } from 'zustand';

import type { ChecklistItem, PolicyDocument } from '#shared/domain/types';
import type { ImportResult } from '#shared/import/import-policy-file';

/** Edits kept for 撤销, oldest dropped first. */
const UNDO_DEPTH = 100;

type ReviewState = {
  /** The parsed file as edited so far; null when no import is under review. */
  result: ImportResult | null;
  /** Index of the document shown (a compilation holds several). */
  current: number;
  /** Ids of documents the reviewer left out of the save. */
  excluded: string[];
  /** The item selected in the tree (its source is shown beside it). */
  selectedId: string | null;
  undoStack: ImportResult[];
  open(result: ImportResult): void;
  close(): void;
  showDocument(index: number): void;
  select(itemId: string | null): void;
  setIncluded(documentId: string, included: boolean): void;
  /** Applies an edit to the items of the document shown; throws what the edit throws, leaving the draft as it was. */
  editItems(edit: (items: ChecklistItem[]) => ChecklistItem[]): void;
  /** Changes the metadata of the document shown (title, 文号, 发文机关, 成文日期). */
  editDocument(patch: Partial<Pick<PolicyDocument, 'title' | 'docNumber' | 'issuer' | 'issuedOn'>>): void;
  undo(): void;
};

export const useImportReview = create<ReviewState>()((set, get) => {
  const change = (documents: (document: PolicyDocument) => PolicyDocument) => {
    const { result, current, undoStack } = get();
    if (!result) return;
    const next = { ...result, documents: result.documents.map((document, index) => (index === current ? documents(document) : document)) };
    set({ result: next, undoStack: [...undoStack.slice(-(UNDO_DEPTH - 1)), result] });
  };
  return {
    result: null,
    current: 0,
    excluded: [],
    selectedId: null,
    undoStack: [],
    open: (result) => set({ result, current: 0, excluded: [], selectedId: null, undoStack: [] }),
    close: () => set({ result: null, current: 0, excluded: [], selectedId: null, undoStack: [] }),
    showDocument: (current) => set({ current, selectedId: null }),
    select: (selectedId) => set({ selectedId }),
    setIncluded: (documentId, included) =>
      set(({ excluded }) => ({ excluded: included ? excluded.filter((id) => id !== documentId) : [...excluded, documentId] })),
    editItems: (edit) => change((document) => ({ ...document, items: edit(document.items) })),
    editDocument: (patch) => change((document) => ({ ...document, ...patch })),
    undo: () => {
      const { undoStack } = get();
      const previous = undoStack[undoStack.length - 1];
      if (previous) set({ result: previous, undoStack: undoStack.slice(0, -1) });
    },
  };
});

/** Resolves once no import is under review (saved or discarded): dropped files wait their turn. */
export function whenReviewClosed(): Promise<void> {
  if (useImportReview.getState().result === null) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useImportReview.subscribe((state) => {
      if (state.result !== null) return;
      unsubscribe();
      resolve();
    });
  });
}
