// The scoring engine: every unit on every indicator of an indicator system, category subtotals,
// bonus and penalty within their caps, totals and ranks. Points are integer hundredths. Results
// are kept by indicator column so one changed cell recomputes one column and the totals.
import type { NotApplicablePolicy } from '../domain/evaluation';
import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import type { UnitValues, VetoScope } from '../domain/rule-model';
import type { TieRule } from '../domain/types';
import { divideRoundHalfUp } from '../numbers/exact';
import { rankDescending } from '../numbers/rank';
import { comparesUnits, explainOutcome, type RuleColumnStats, ruleColumnStats, ruleOutcome } from '../rules/evaluate';
import { composedOf, type InputValue, unitValuesOf } from './rule-points';

/** One unit's input on one indicator; null value = 不适用 (not applicable). */
export type IndicatorInput = { indicatorId: string; unitId: string; value: InputValue | null };

export type { NotApplicablePolicy };

export type ScoreOptions = { tieRule: TieRule; notApplicable: NotApplicablePolicy };

/**
 * One indicator across all units: inputs (undefined = none, null = 不适用), points (null = none),
 * the comparison of units for cross-unit terms, and per unit the scope of a veto that holds.
 */
export type IndicatorColumn = {
  indicator: Indicator;
  values: Array<InputValue | null | undefined>;
  points: Array<number | null>;
  context: RuleColumnStats | null;
  vetoes?: Array<VetoScope | null>;
};

/** One unit's totals in hundredths: base (categories), bonus, penalty, total; rank by total. */
export type UnitTotals = {
  unitId: string;
  base: number;
  bonus: number;
  penalty: number;
  total: number;
  rank: number | null;
  categories: Array<{ indicatorId: string; points: number }>;
};

export type RubricScores = { unitIds: string[]; columns: IndicatorColumn[]; units: UnitTotals[]; options: ScoreOptions };

/**
 * Scores units. Input: the system, unit ids, inputs (values accepted by checkInput), options.
 * Output: columns per scored indicator and totals per unit in the given order. Rules (docs/evaluation-methods.md and
 * the composed rule model): each indicator within its rule's [floor, ceiling]; a veto (一票否决)
 * zeroes its indicator, category or total; a category's subtotal capped at its declared total;
 * bonus capped at the 加分项 cap and penalty at the 减分项 cap (no input = no occurrence);
 * total = base + bonus − penalty; ranks by total with the tie rule; 不适用 per `notApplicable`.
 * Deterministic and independent of input order.
 */
export function scoreRubric(system: IndicatorSystem, unitIds: string[], inputs: IndicatorInput[], options: ScoreOptions): RubricScores {
  const unitIndex = new Map(unitIds.map((unitId, index) => [unitId, index]));
  const columns = scoredIndicators(system).map((indicator): IndicatorColumn => ({
    indicator,
    values: new Array(unitIds.length).fill(undefined),
    points: [],
    context: null,
  }));
  const columnIndex = new Map(columns.map((column, index) => [column.indicator.id, index]));
  for (const input of inputs) {
    const column = columns[columnIndex.get(input.indicatorId) ?? -1];
    const unit = unitIndex.get(input.unitId);
    if (column && unit !== undefined) column.values[unit] = input.value;
  }
  for (const column of columns) scoreColumn(column, options.tieRule);
  return { unitIds, columns, units: computeTotals(system, unitIds, columns, options), options };
}

/**
 * Changes one cell and returns updated scores: the indicator's column is rescored (all units, for
 * cross-unit rules) and totals and ranks recomputed; other columns are reused as they are.
 */
export function rescoreCell(
  system: IndicatorSystem,
  scores: RubricScores,
  indicatorId: string,
  unitId: string,
  value: InputValue | null | undefined,
): RubricScores {
  const unit = scores.unitIds.indexOf(unitId);
  const columns = scores.columns.map((column) => {
    if (column.indicator.id !== indicatorId || unit < 0) return column;
    const changed: IndicatorColumn = { ...column, values: [...column.values] };
    changed.values[unit] = value;
    scoreColumn(changed, scores.options.tieRule);
    return changed;
  });
  return { ...scores, columns, units: computeTotals(system, scores.unitIds, columns, scores.options) };
}

/** The reason for a cell's points (扣分原因), computed when asked. */
export function explainCell(column: IndicatorColumn, unitIndex: number): string {
  const value = column.values[unitIndex];
  const points = column.points[unitIndex];
  const { indicator } = column;
  if (value === null) return '不适用';
  if (value === undefined || points === null || points === undefined)
    return indicator.role === 'bonus' || indicator.role === 'penalty' ? '无' : '未评分';
  const { composed } = composedOf(indicator.rule!, indicator.maxPoints);
  return explainOutcome(
    composed,
    indicator.maxPoints,
    unitValuesOf(indicator.rule!, indicator.maxPoints, value),
    column.context ?? [],
    unitIndex,
  );
}

export function scoredIndicators(system: IndicatorSystem): Indicator[] {
  return system.indicators.filter(
    (indicator) =>
      indicator.rule !== null && (indicator.role === 'indicator' || indicator.role === 'bonus' || indicator.role === 'penalty'),
  );
}

function scoreColumn(column: IndicatorColumn, tieRule: TieRule): void {
  const { indicator } = column;
  const rule = indicator.rule!;
  const { composed, inputs } = composedOf(rule, indicator.maxPoints);
  const extra = indicator.role === 'bonus' || indicator.role === 'penalty';
  const single = inputs.length === 1 ? inputs[0]!.name : null;
  const units: Array<UnitValues | null> = column.values.map((value) => {
    if (value === null || value === undefined) return null;
    return single !== null && (typeof value !== 'object' || Array.isArray(value))
      ? { [single]: value }
      : unitValuesOf(rule, indicator.maxPoints, value);
  });
  const stats = comparesUnits(composed) ? ruleColumnStats(composed, units, tieRule) : [];
  column.context = stats;
  column.vetoes = units.map(() => null);
  column.points = column.values.map((value, index) => {
    if (value === null) return null;
    if (value === undefined) return extra ? 0 : null;
    const outcome = ruleOutcome(composed, indicator.maxPoints, units[index]!, stats, index);
    column.vetoes![index] = outcome.veto;
    return outcome.points;
  });
}

function computeTotals(system: IndicatorSystem, unitIds: string[], columns: IndicatorColumn[], options: ScoreOptions): UnitTotals[] {
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const categoryOf = (indicator: Indicator): Indicator | null => {
    let current: Indicator | undefined = indicator;
    while (current && current.role !== 'category') current = current.parentId ? byId.get(current.parentId) : undefined;
    return current ?? null;
  };
  const slots: string[] = [];
  const slotOf = columns.map((column) => {
    if (column.indicator.role !== 'indicator') return -1;
    const key = categoryOf(column.indicator)?.id ?? column.indicator.id;
    let slot = slots.indexOf(key);
    if (slot < 0) slot = slots.push(key) - 1;
    return slot;
  });
  const bonusCap = Math.max(
    0,
    ...columns.filter((column) => column.indicator.role === 'bonus').map((column) => column.indicator.maxPoints),
  );
  const penaltyCap = Math.max(
    0,
    ...columns.filter((column) => column.indicator.role === 'penalty').map((column) => column.indicator.maxPoints),
  );
  const units = unitIds.map((unitId, unit): UnitTotals => {
    const sums = new Array<number>(slots.length).fill(0);
    let bonus = 0;
    let penalty = 0;
    let fullMax = 0;
    let applicableMax = 0;
    const vetoed = new Set<number>();
    let totalVetoed = false;
    columns.forEach((column, index) => {
      const veto = column.vetoes?.[unit] ?? null;
      if (veto === 'total') totalVetoed = true;
      if (veto === 'category' && slotOf[index]! >= 0) vetoed.add(slotOf[index]!);
    });
    columns.forEach((column, index) => {
      const points = column.points[unit] ?? 0;
      const role = column.indicator.role;
      if (role === 'bonus') bonus += points;
      else if (role === 'penalty') penalty += points;
      else {
        sums[slotOf[index]!]! += points;
        fullMax += column.indicator.maxPoints;
        if (column.values[unit] !== null) applicableMax += column.indicator.maxPoints;
      }
    });
    const categories = slots.map((indicatorId, slot) => {
      const category = byId.get(indicatorId);
      const sum = vetoed.has(slot) ? 0 : sums[slot]!;
      return { indicatorId, points: category?.role === 'category' && category.capped ? Math.min(sum, category.maxPoints) : sum };
    });
    let base = categories.reduce((sum, category) => sum + category.points, 0);
    if (options.notApplicable === 'rescale' && applicableMax > 0 && applicableMax < fullMax)
      base = divideRoundHalfUp(base * fullMax, applicableMax);
    bonus = Math.min(bonus, bonusCap);
    penalty = Math.min(penalty, penaltyCap);
    return { unitId, base, bonus, penalty, total: totalVetoed ? 0 : base + bonus - penalty, rank: null, categories };
  });
  const ranks = rankDescending(
    units.map((unit) => unit.total),
    options.tieRule,
  );
  units.forEach((unit, index) => {
    unit.rank = ranks[index] ?? null;
  });
  return units;
}
