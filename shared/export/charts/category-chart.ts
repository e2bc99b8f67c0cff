// The category comparison chart of an evaluation report, as an ECharts option (plain data: the
// renderer draws it to PNG on a canvas, the CLI to SVG on the server side).
import type { IndicatorSystem } from '../../domain/indicator-system';
import type { RubricScores } from '../../scoring/score-rubric';

export type CategoryComparison = { name: string; maxPoints: number; unit: number; average: number; best: number };

/**
 * Per category of the system: its maximum, the unit's points, the average and the best of all
 * units (hundredths; the average rounded half-up). Categories in rubric order.
 */
export function compareCategories(system: IndicatorSystem, scores: RubricScores, unitIndex: number): CategoryComparison[] {
  const names = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  return (scores.units[unitIndex]?.categories ?? []).map((category, position) => {
    const all = scores.units.map((unit) => unit.categories[position]?.points ?? 0);
    const sum = all.reduce((total, points) => total + points, 0);
    return {
      name: names.get(category.indicatorId)?.name ?? '',
      maxPoints: names.get(category.indicatorId)?.maxPoints ?? 0,
      unit: category.points,
      average: all.length ? Math.floor((2 * sum + all.length) / (2 * all.length)) : 0,
      best: Math.max(0, ...all),
    };
  });
}

/** Grouped bars of 得分率 (%) per category: this unit, the average, the best. */
export function categoryChartOption(unitName: string, rows: CategoryComparison[]): Record<string, unknown> {
  const rate = (points: number, max: number) => (max > 0 ? Math.round((10000 * points) / max) / 100 : 0);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei, sans-serif' },
    title: { text: `${unitName} 各类别得分率（%）`, left: 'center', textStyle: { fontSize: 16 } },
    legend: { bottom: 0, data: [unitName, '平均', '最高'] },
    grid: { left: 48, right: 24, top: 48, bottom: 72 },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', max: 100 },
    series: [
      {
        name: unitName,
        type: 'bar',
        data: rows.map((row) => rate(row.unit, row.maxPoints)),
        itemStyle: { color: '#b71c1c' },
        label: { show: true, position: 'top' },
      },
      { name: '平均', type: 'bar', data: rows.map((row) => rate(row.average, row.maxPoints)), itemStyle: { color: '#9e9e9e' } },
      { name: '最高', type: 'bar', data: rows.map((row) => rate(row.best, row.maxPoints)), itemStyle: { color: '#546e7a' } },
    ],
  };
}
