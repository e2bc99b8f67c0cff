// How far an evaluation has got: per unit, the cells filled of the cells there are to fill.
import type { IndicatorSystem } from '../domain/indicator-system';
import { scoredIndicators } from './score-rubric';

/** One unit's progress: `done` cells of `total` (counts of cells, not points). */
export type UnitProgress = { unitId: string; done: number; total: number };

/**
 * Progress of a rubric evaluation. Input: the indicator system, the evaluation's units and its
 * inputs. Output: per unit in the order given, the scored indicators (those carrying points, as
 * scoredIndicators lists them) with an input — a value or 不适用 (null) — of all of them.
 * Inputs on other indicators or units are ignored.
 */
export function rubricProgress(
  system: IndicatorSystem,
  unitIds: readonly string[],
  inputs: ReadonlyArray<{ unitId: string; indicatorId: string }>,
): UnitProgress[] {
  const scored = new Set(scoredIndicators(system).map((indicator) => indicator.id));
  return countCells(
    unitIds,
    scored,
    inputs.map((input) => ({ unitId: input.unitId, cellId: input.indicatorId })),
  );
}

/**
 * Progress of a checklist evaluation (清单督查). Input: ids of the checklist's measures, the units
 * and the evaluation's cells (`indicatorId` = the measure's id). Output: per unit, the measures
 * with a status (不适用 included) of all measures.
 */
export function checklistProgress(
  measureIds: readonly string[],
  unitIds: readonly string[],
  inputs: ReadonlyArray<{ unitId: string; indicatorId: string }>,
): UnitProgress[] {
  return countCells(
    unitIds,
    new Set(measureIds),
    inputs.map((input) => ({ unitId: input.unitId, cellId: input.indicatorId })),
  );
}

function countCells(
  unitIds: readonly string[],
  cells: ReadonlySet<string>,
  filled: ReadonlyArray<{ unitId: string; cellId: string }>,
): UnitProgress[] {
  const done = new Map<string, Set<string>>(unitIds.map((unitId) => [unitId, new Set()]));
  for (const { unitId, cellId } of filled) if (cells.has(cellId)) done.get(unitId)?.add(cellId);
  return unitIds.map((unitId) => ({ unitId, done: done.get(unitId)!.size, total: cells.size }));
}
