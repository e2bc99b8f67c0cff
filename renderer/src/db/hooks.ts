// Live queries for components: they re-render when the stored data changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './connection';
import { loadItems } from './documents-repository';
import { loadAssessments } from './evaluations-repository';

export function useDocuments() {
  return useLiveQuery(() => db.documents.orderBy('importedAt').reverse().toArray(), [], undefined);
}

export function useDocument(documentId: string | null) {
  return useLiveQuery(async () => (documentId ? ((await db.documents.get(documentId)) ?? null) : null), [documentId], undefined);
}

export function useItems(documentId: string | null) {
  return useLiveQuery(() => (documentId ? loadItems(db, documentId) : []), [documentId], undefined);
}

export function useUnits() {
  return useLiveQuery(() => db.units.orderBy('createdAt').toArray(), [], undefined);
}

export function useEvaluations() {
  return useLiveQuery(() => db.evaluations.orderBy('createdAt').reverse().toArray(), [], undefined);
}

export function useEvaluation(evaluationId: string | null) {
  return useLiveQuery(async () => (evaluationId ? ((await db.evaluations.get(evaluationId)) ?? null) : null), [evaluationId], undefined);
}

export function useAssessments(evaluationId: string | null) {
  return useLiveQuery(() => (evaluationId ? loadAssessments(db, evaluationId) : []), [evaluationId], undefined);
}

export function useIndicatorSystems() {
  return useLiveQuery(() => db.indicatorSystems.orderBy('importedAt').reverse().toArray(), [], undefined);
}

export function useIndicatorSystem(systemId: string | null) {
  return useLiveQuery(async () => (systemId ? ((await db.indicatorSystems.get(systemId)) ?? null) : null), [systemId], undefined);
}

export function useRubricEvaluations() {
  return useLiveQuery(() => db.rubricEvaluations.orderBy('createdAt').reverse().toArray(), [], undefined);
}

export function useRubricInputs(evaluationId: string | null) {
  return useLiveQuery(
    () => (evaluationId ? db.rubricInputs.where('evaluationId').equals(evaluationId).toArray() : []),
    [evaluationId],
    undefined,
  );
}

export function useEvidence(evaluationId: string | null) {
  return useLiveQuery(
    () => (evaluationId ? db.evidence.where('evaluationId').equals(evaluationId).toArray() : []),
    [evaluationId],
    undefined,
  );
}

export function useConflicts(evaluationId: string | null) {
  return useLiveQuery(
    () => (evaluationId ? db.conflicts.where('evaluationId').equals(evaluationId).toArray() : []),
    [evaluationId],
    undefined,
  );
}

export function useRectifications() {
  return useLiveQuery(() => db.rectifications.toArray(), [], undefined);
}
