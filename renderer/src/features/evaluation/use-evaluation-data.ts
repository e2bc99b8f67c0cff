// What the evaluation page reads, live: the evaluations, the one in focus with its basis as an
// indicator system (a checklist inspection's checklist as one, so the 总览表 and the per-unit form
// serve both), its units, cells, evidence, conflicts and ledger items.
import { useMemo } from 'react';

import type { Evaluation } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { Unit } from '#shared/domain/types';
import { checklistToIndicatorSystem } from '#shared/scoring/checklist-system';

import type { StoredItem } from '../../db/database';
import {
  useConflicts,
  useDocument,
  useEvaluations,
  useEvidence,
  useIndicatorSystem,
  useInputs,
  useItems,
  useRectifications,
  useUnits,
} from '../../db/hooks';

/** The evaluation in focus: `selectedId`, else the newest; undefined while loading, null when there is none. */
export function useFocusedEvaluation(selectedId: string | null): { evaluations?: Evaluation[]; evaluation?: Evaluation | null } {
  const evaluations = useEvaluations();
  if (evaluations === undefined) return {};
  return { evaluations, evaluation: evaluations.find((entry) => entry.id === selectedId) ?? evaluations[0] ?? null };
}

/**
 * The evaluation's basis as the page scores it. Output: `system` — the indicator system, or for a
 * checklist its checklist as an indicator system (one levels indicator per measure, same ids) —
 * and the checklist `items` (empty for an indicator system); `system` undefined while loading,
 * null when the document or system was deleted.
 */
export function useScoringBasis(evaluation: Evaluation): { system: IndicatorSystem | null | undefined; items: StoredItem[] } {
  const documentId = evaluation.basis.kind === 'checklist' ? evaluation.basis.documentId : null;
  const stored = useIndicatorSystem(evaluation.basis.kind === 'indicatorSystem' ? evaluation.basis.systemId : null);
  const document = useDocument(documentId);
  const items = useItems(documentId);
  const system = useMemo(() => {
    if (!documentId) return stored;
    if (document === undefined || items === undefined) return undefined;
    return document ? checklistToIndicatorSystem(document.id, document.title, items) : null;
  }, [documentId, stored, document, items]);
  return { system, items: items ?? [] };
}

/** The evaluation's units in the order they were created; [] while loading. */
export function useEvaluationUnits(evaluation: Evaluation): Unit[] {
  const all = useUnits();
  return useMemo(() => (all ?? []).filter((unit) => evaluation.unitIds.includes(unit.id)), [all, evaluation]);
}

/** Live: the evaluation's cells, evidence, conflicts awaiting a choice, and the ledger's items from it (undefined while loading). */
export function useEvaluationRecords(evaluationId: string) {
  const inputs = useInputs(evaluationId);
  const evidence = useEvidence(evaluationId);
  const conflicts = useConflicts(evaluationId);
  const rectifications = useRectifications();
  const fromThis = useMemo(
    () => (rectifications ?? []).filter((item) => item.source.evaluationId === evaluationId),
    [rectifications, evaluationId],
  );
  return { inputs, evidence: evidence ?? [], conflicts: conflicts ?? [], rectifications: fromThis };
}
