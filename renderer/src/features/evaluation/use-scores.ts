// The scores the scoring view shows: computed from the stored cells, and — while a change is on
// its way to storage — that change already applied (one column and the totals rescored).
import { useMemo, useState } from 'react';

import type { Evaluation, EvaluationInput } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { InputValue } from '#shared/domain/rule-model';
import type { Unit } from '#shared/domain/types';
import { rescoreCell, type RubricScores, scoreRubric } from '#shared/scoring/score-rubric';

/**
 * Scores of `units` on `system` from `stored` (undefined while loading: scores null) with the
 * evaluation's tie rule and 不适用 policy. `showChange(unitId, indicatorId, value)` shows a change
 * at once; the next stored cells replace it.
 */
export function useScores(system: IndicatorSystem, evaluation: Evaluation, units: readonly Unit[], stored: EvaluationInput[] | undefined) {
  const [optimistic, setOptimistic] = useState<{ basis: unknown; scores: RubricScores } | null>(null);
  const computed = useMemo(() => {
    if (!stored) return null;
    return scoreRubric(
      system,
      units.map((unit) => unit.id),
      stored.map((input) => ({ indicatorId: input.indicatorId, unitId: input.unitId, value: input.value })),
      { tieRule: evaluation.tieRule, notApplicable: evaluation.notApplicable },
    );
  }, [system, evaluation, stored, units]);
  const scores = optimistic && optimistic.basis === computed ? optimistic.scores : computed;
  const showChange = (unitId: string, indicatorId: string, value: InputValue | null | undefined) => {
    if (scores) setOptimistic({ basis: computed, scores: rescoreCell(system, scores, indicatorId, unitId, value) });
  };
  return { scores, showChange };
}
