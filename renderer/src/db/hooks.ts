// Live queries for components: they re-render when the stored data changes.
import { useLiveQuery } from 'dexie-react-hooks';

import { useDatabase } from './database-context';
import { loadItems } from './documents-repository';
import { loadInputs } from './evaluations-repository';

export function useDocuments() {
  const database = useDatabase();
  return useLiveQuery(() => database.documents.orderBy('importedAt').reverse().toArray(), [database], undefined);
}

export function useDocument(documentId: string | null) {
  const database = useDatabase();
  return useLiveQuery(
    async () => (documentId ? ((await database.documents.get(documentId)) ?? null) : null),
    [database, documentId],
    undefined,
  );
}

export function useItems(documentId: string | null) {
  const database = useDatabase();
  return useLiveQuery(() => (documentId ? loadItems(database, documentId) : []), [database, documentId], undefined);
}

export function useUnits() {
  const database = useDatabase();
  return useLiveQuery(() => database.units.orderBy('createdAt').toArray(), [database], undefined);
}

export function useEvaluations() {
  const database = useDatabase();
  return useLiveQuery(() => database.evaluations.orderBy('createdAt').reverse().toArray(), [database], undefined);
}

/** Live: every cell of the evaluation (both bases); [] without one, undefined while loading. */
export function useInputs(evaluationId: string | null) {
  const database = useDatabase();
  return useLiveQuery(() => (evaluationId ? loadInputs(database, evaluationId) : []), [database, evaluationId], undefined);
}

export function useIndicatorSystems() {
  const database = useDatabase();
  return useLiveQuery(() => database.indicatorSystems.orderBy('importedAt').reverse().toArray(), [database], undefined);
}

export function useIndicatorSystem(systemId: string | null) {
  const database = useDatabase();
  return useLiveQuery(
    async () => (systemId ? ((await database.indicatorSystems.get(systemId)) ?? null) : null),
    [database, systemId],
    undefined,
  );
}

export function useEvidence(evaluationId: string | null) {
  const database = useDatabase();
  return useLiveQuery(
    () => (evaluationId ? database.evidence.where('evaluationId').equals(evaluationId).toArray() : []),
    [database, evaluationId],
    undefined,
  );
}

export function useConflicts(evaluationId: string | null) {
  const database = useDatabase();
  return useLiveQuery(
    () => (evaluationId ? database.conflicts.where('evaluationId').equals(evaluationId).toArray() : []),
    [database, evaluationId],
    undefined,
  );
}

export function useRectifications() {
  const database = useDatabase();
  return useLiveQuery(() => database.rectifications.toArray(), [database], undefined);
}
