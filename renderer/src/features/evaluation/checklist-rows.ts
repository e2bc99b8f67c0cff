// The rows of an indicator-system list: the scored indicators in order, grouped by category.
import type { Indicator, IndicatorSystem } from '#shared/domain/indicator-system';

/** One row: the indicator, its column in the scores, its category's name, and (on a category's first row) the category's row count, else 0. */
export type Row = { indicator: Indicator; column: number; category: string; firstOfCategory: number };

/** The scored indicators in order, each with its category's name and, on a category's first row, the category's row count. */
export function checklistRows(system: IndicatorSystem, indicators: readonly Indicator[]): Row[] {
  const names = new Map(system.indicators.map((indicator) => [indicator.id, indicator.name]));
  const rows = indicators.map((indicator, column) => ({
    indicator,
    column,
    category: indicator.parentId ? (names.get(indicator.parentId) ?? '') : '',
    firstOfCategory: 0,
  }));
  rows.forEach((row, index) => {
    if (index > 0 && rows[index - 1]!.category === row.category) return;
    let end = index;
    while (end < rows.length && rows[end]!.category === row.category) end++;
    row.firstOfCategory = end - index;
  });
  return rows;
}
