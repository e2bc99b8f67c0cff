// The scoring engine: every unit on every indicator of an indicator system, category subtotals,
// bonus and penalty within their caps, totals and ranks. All points are integer hundredths.
import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import type { TieRule } from '../domain/types';
import { isCrossUnit, pointsAcrossUnits } from './cross-unit';
import { divideRoundHalfUp } from './exact';
import { rankDescending } from './rank';
import { pointsForUnit, type InputValue } from './rule-points';

/** One unit's input on one indicator; null value = 不适用 (not applicable). */
export type IndicatorInput = { indicatorId: string; unitId: string; value: InputValue | null };

/** 不适用: 'rescale' leaves the indicator out and scales the base total to the full maximum; 'zero' scores it 0. */
export type NotApplicablePolicy = 'rescale' | 'zero';

export type ScoreOptions = { tieRule: TieRule; notApplicable: NotApplicablePolicy };

export type IndicatorResult = {
  indicatorId: string;
  /** Hundredths; null when not scored (no input) or not applicable. */
  points: number | null;
  reason: string;
};

export type RubricUnitResult = {
  unitId: string;
  /** Base total (categories), bonus, penalty and total, all in hundredths. */
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  rank: number | null;
  categories: Array<{ indicatorId: string; points: number }>;
  indicators: IndicatorResult[];
};

/**
 * Scores units. Input: the system, unit ids, inputs (validated by checkInput), options.
 * Output: one result per unit in the given order. Rules (issue #4, seed 004): each indicator
 * is kept within [0, max]; a category's subtotal is capped at its declared total; bonus is capped
 * at the 加分项 cap and penalty at the 减分项 cap; total = base + bonus − penalty; ranks by total
 * with the tie rule. Indicators without input score nothing and say so. Deterministic and
 * independent of input order.
 */
export function scoreRubric(system: IndicatorSystem, unitIds: string[], inputs: IndicatorInput[], options: ScoreOptions): RubricUnitResult[] {
  const byIndicator = new Map<string, Map<string, InputValue | null>>();
  for (const input of inputs) {
    let perUnit = byIndicator.get(input.indicatorId);
    if (!perUnit) byIndicator.set(input.indicatorId, (perUnit = new Map()));
    perUnit.set(input.unitId, input.value);
  }
  const scored = system.indicators.filter((indicator) => indicator.rule !== null && (indicator.role === 'indicator' || indicator.role === 'bonus' || indicator.role === 'penalty'));
  const results = new Map<string, IndicatorResult[]>(unitIds.map((unitId) => [unitId, []]));
  for (const indicator of scored) {
    const perUnit = byIndicator.get(indicator.id) ?? new Map<string, InputValue | null>();
    for (const [unitId, result] of scoreIndicator(indicator, unitIds, perUnit, options.tieRule)) results.get(unitId)!.push(result);
  }
  const unitResults = unitIds.map((unitId) => totalOf(system, unitId, results.get(unitId)!, options.notApplicable));
  const ranks = rankDescending(unitResults.map((result) => result.total), options.tieRule);
  unitResults.forEach((result, index) => {
    result.rank = ranks[index] ?? null;
  });
  return unitResults;
}

function scoreIndicator(indicator: Indicator, unitIds: string[], perUnit: Map<string, InputValue | null>, tieRule: TieRule): Array<[string, IndicatorResult]> {
  const rule = indicator.rule!;
  const notScored = (unitId: string): [string, IndicatorResult] => {
    const value = perUnit.get(unitId);
    return [unitId, { indicatorId: indicator.id, points: null, reason: value === null ? '不适用' : '未评分' }];
  };
  if (isCrossUnit(rule)) {
    const values = unitIds.map((unitId) => {
      const value = perUnit.get(unitId);
      return typeof value === 'number' ? value : null;
    });
    const points = pointsAcrossUnits(rule, indicator.maxPoints, values, tieRule);
    return unitIds.map((unitId, index) => {
      const result = points[index];
      return result ? [unitId, { indicatorId: indicator.id, ...result }] : notScored(unitId);
    });
  }
  return unitIds.map((unitId) => {
    const value = perUnit.get(unitId);
    if (value === undefined || value === null) {
      if (value === undefined && (indicator.role === 'bonus' || indicator.role === 'penalty')) return [unitId, { indicatorId: indicator.id, points: 0, reason: '无' }];
      return notScored(unitId);
    }
    return [unitId, { indicatorId: indicator.id, ...pointsForUnit(rule, indicator.maxPoints, value) }];
  });
}

function totalOf(system: IndicatorSystem, unitId: string, results: IndicatorResult[], policy: NotApplicablePolicy): RubricUnitResult {
  const points = new Map(results.map((result) => [result.indicatorId, result]));
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const categoryOf = (indicator: Indicator): Indicator | null => {
    let current: Indicator | undefined = indicator;
    while (current && current.role !== 'category') current = current.parentId ? byId.get(current.parentId) : undefined;
    return current ?? null;
  };
  const categories = new Map<string, number>();
  let base = 0;
  let bonus = 0;
  let penalty = 0;
  let bonusCap = 0;
  let penaltyCap = 0;
  let fullMax = 0;
  let applicableMax = 0;
  for (const indicator of system.indicators) {
    if (indicator.rule === null || indicator.role === 'category' || indicator.role === 'group') continue;
    const result = points.get(indicator.id);
    const value = result?.points ?? 0;
    if (indicator.role === 'bonus') {
      bonus += value;
      bonusCap = Math.max(bonusCap, indicator.maxPoints);
      continue;
    }
    if (indicator.role === 'penalty') {
      penalty += value;
      penaltyCap = Math.max(penaltyCap, indicator.maxPoints);
      continue;
    }
    fullMax += indicator.maxPoints;
    if (result?.reason !== '不适用') applicableMax += indicator.maxPoints;
    const category = categoryOf(indicator);
    const key = category?.id ?? indicator.id;
    categories.set(key, (categories.get(key) ?? 0) + value);
  }
  const categoryResults = [...categories.entries()].map(([indicatorId, sum]) => {
    const category = byId.get(indicatorId);
    return { indicatorId, points: category?.role === 'category' && category.capped ? Math.min(sum, category.maxPoints) : sum };
  });
  base = categoryResults.reduce((sum, category) => sum + category.points, 0);
  if (policy === 'rescale' && applicableMax > 0 && applicableMax < fullMax) base = divideRoundHalfUp(base * fullMax, applicableMax);
  bonus = Math.min(bonus, bonusCap);
  penalty = Math.min(penalty, penaltyCap);
  return { unitId, base, bonus, penalty, total: base + bonus - penalty, rank: null, categories: categoryResults, indicators: results };
}
