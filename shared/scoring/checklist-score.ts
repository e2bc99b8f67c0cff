// Scores units on a checklist: implementation rate per unit and per section, ranked across units.
// The points come from the one scoring engine, over the checklist as an indicator system.
import { assessmentOf, type EvaluationInput } from '../domain/evaluation';
import type { ChecklistItem, ImplementationStatus, TieRule, Unit } from '../domain/types';
import { divideRoundHalfUp } from '../numbers/exact';
import { rankDescending } from '../numbers/rank';
import { checklistToIndicatorSystem, MEASURE_POINTS } from './checklist-system';
import { scoreRubric } from './score-rubric';

export type StatusCounts = Record<ImplementationStatus, number> & { unscored: number };

export type RateScore = {
  counts: StatusCounts;
  /** Measures that count: all minus 不适用. */
  applicable: number;
  /** Implementation rate in hundredths of a percent (8750 = 87.50%); null when nothing applies. */
  rate: number | null;
};

export type SectionScore = RateScore & {
  sectionId: string;
  title: string;
};

export type UnitScore = RateScore & {
  unitId: string;
  unitName: string;
  rank: number | null;
  sections: SectionScore[];
};

/**
 * Scores every unit. Input: the checklist items, the units, their cells (the checklist
 * evaluation's inputs: value = the status's level, null = 不适用; cells of other items or units, and
 * values no status is stored as, are ignored) and the tie rule. Output: one score per unit, in the units' order, with its
 * rank and per-section scores (sections = root items with measures).
 * Rule: rate = (落实 + ½ × 部分落实) / (measures − 不适用); a measure not yet scored
 * counts as not implemented, so a unit cannot rank high by leaving measures blank. Points per
 * measure come from scoreRubric (levels rule); the rate is exact, rounded half-up to 0.01%.
 */
export function scoreChecklist(
  items: ChecklistItem[],
  units: Unit[],
  inputs: readonly EvaluationInput[],
  tieRule: TieRule = 'competition',
): UnitScore[] {
  const system = checklistToIndicatorSystem('checklist', '', items);
  const measureIds = new Set(system.indicators.filter((indicator) => indicator.rule).map((indicator) => indicator.id));
  const unitIds = new Set(units.map((unit) => unit.id));
  const relevant = inputs.filter((input) => measureIds.has(input.indicatorId) && unitIds.has(input.unitId) && assessmentOf(input) !== null);
  const statusOf = new Map(relevant.map((input) => [`${input.unitId}|${input.indicatorId}`, assessmentOf(input)!.status]));
  const scores = scoreRubric(
    system,
    units.map((unit) => unit.id),
    relevant.map(({ indicatorId, unitId, value }) => ({ indicatorId, unitId, value })),
    { tieRule, notApplicable: 'rescale' },
  );
  const categories = system.indicators.filter((indicator) => indicator.role === 'category');
  const results = units.map((unit, index): UnitScore => {
    const rateOver = (columns: typeof scores.columns): RateScore => {
      const counts: StatusCounts = { implemented: 0, partial: 0, notImplemented: 0, notApplicable: 0, unscored: 0 };
      let points = 0;
      for (const column of columns) {
        counts[statusOf.get(`${unit.id}|${column.indicator.id}`) ?? 'unscored'] += 1;
        points += column.points[index] ?? 0;
      }
      const applicable = columns.length - counts.notApplicable;
      return { counts, applicable, rate: applicable === 0 ? null : divideRoundHalfUp(10000 * points, MEASURE_POINTS * applicable) };
    };
    const sections = categories.map((category) => ({
      sectionId: category.id,
      title: category.name,
      ...rateOver(scores.columns.filter((column) => column.indicator.parentId === category.id)),
    }));
    return { unitId: unit.id, unitName: unit.name, rank: null, sections, ...rateOver(scores.columns) };
  });
  const ranks = rankDescending(
    results.map((score) => score.rate),
    tieRule,
  );
  results.forEach((score, index) => {
    score.rank = ranks[index] ?? null;
  });
  return results;
}
