// Per-unit views of column-major scores, with reasons, for reports, the CLI and tests.
import { explainCell, type RubricScores, type UnitTotals } from './score-rubric';

export type IndicatorResult = { indicatorId: string; points: number | null; reason: string };

export type RubricUnitResult = UnitTotals & { indicators: IndicatorResult[] };

/** Every unit with its totals and each indicator's points and reason, in unit order. */
export function unitResults(scores: RubricScores): RubricUnitResult[] {
  return scores.units.map((totals, unit) => ({
    ...totals,
    indicators: scores.columns.map((column) => ({
      indicatorId: column.indicator.id,
      points: column.points[unit] ?? null,
      reason: explainCell(column, unit),
    })),
  }));
}
