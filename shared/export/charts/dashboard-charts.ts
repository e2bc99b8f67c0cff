// The evaluation overview's charts as ECharts options (plain data, drawn by the renderer and
// exportable as PNG): ranking bars coloured by tier, a units × categories heat map of 得分率, the
// distribution of totals, and one unit's categories on a radar against the average and the best.
import type { IndicatorSystem } from '../../domain/indicator-system';
import type { RubricScores } from '../../scoring/score-rubric';
import type { CategoryComparison } from './category-chart';

const FONT = { fontFamily: 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif' };
/** 前三名 / 中间 / 后三名, the tiers the score sheets colour too. */
export const TIER_COLOURS = { top: '#2e7d32', middle: '#1565c0', bottom: '#c62828' } as const;
const TIER_SIZE = 3;

/** Points (hundredths) as a number with two decimals. */
const points = (hundredths: number) => hundredths / 100;
/** 得分率 in percent with two decimals; 0 when the maximum is 0. */
const rate = (part: number, max: number) => (max > 0 ? Math.round((10000 * part) / max) / 100 : 0);

/**
 * Ranking bars: units from first to last by total, each bar coloured by tier (the first three
 * green, the last three red when there are more than six units, the rest blue). Input: the scores
 * and unit names by id.
 */
export function rankingChartOption(scores: RubricScores, unitNames: ReadonlyMap<string, string>): Record<string, unknown> {
  const ranked = [...scores.units].sort((a, b) => b.total - a.total || (a.rank ?? 0) - (b.rank ?? 0));
  const tierOf = (index: number) =>
    index < TIER_SIZE ? 'top' : ranked.length > 2 * TIER_SIZE && index >= ranked.length - TIER_SIZE ? 'bottom' : 'middle';
  return {
    animation: false,
    textStyle: FONT,
    title: { text: '总分排名', left: 'center' },
    grid: { left: 96, right: 48, top: 40, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: ranked.map((unit) => unitNames.get(unit.unitId) ?? unit.unitId) },
    series: [
      {
        type: 'bar',
        data: ranked.map((unit, index) => ({ value: points(unit.total), itemStyle: { color: TIER_COLOURS[tierOf(index)] } })),
        label: { show: true, position: 'right', formatter: '{c}' },
      },
    ],
  };
}

/** Heat map of 得分率 (%) per unit (rows) and category (columns), 0 red to 100 green. */
export function categoryHeatmapOption(
  system: IndicatorSystem,
  scores: RubricScores,
  unitNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const categories = scores.units[0]?.categories.map((category) => byId.get(category.indicatorId)!) ?? [];
  const data = scores.units.flatMap((unit, row) =>
    unit.categories.map((category, column) => [column, row, rate(category.points, byId.get(category.indicatorId)?.maxPoints ?? 0)]),
  );
  return {
    animation: false,
    textStyle: FONT,
    title: { text: '各单位各类别得分率（%）', left: 'center' },
    grid: { left: 96, right: 24, top: 40, bottom: 96 },
    xAxis: {
      type: 'category',
      data: categories.map((category) => category.name),
      axisLabel: { interval: 0, width: 90, overflow: 'break' },
    },
    yAxis: { type: 'category', data: scores.units.map((unit) => unitNames.get(unit.unitId) ?? unit.unitId) },
    visualMap: {
      min: 0,
      max: 100,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#c62828', '#fff59d', '#2e7d32'] },
    },
    series: [{ type: 'heatmap', data, label: { show: true } }],
  };
}

/**
 * Histogram of totals in ten bands of the maximum — the categories' 分值 added up — (0–10 %, …,
 * 90–100 %; a total at or above the maximum, bonus included, falls in the last band). Output: the
 * option; its series data are the counts.
 */
export function totalsDistributionOption(system: IndicatorSystem, scores: RubricScores): Record<string, unknown> {
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator.maxPoints]));
  const maxTotal = (scores.units[0]?.categories ?? []).reduce((sum, category) => sum + (byId.get(category.indicatorId) ?? 0), 0);
  const counts = Array.from({ length: 10 }, () => 0);
  for (const unit of scores.units) counts[Math.min(9, Math.max(0, Math.floor((10 * unit.total) / Math.max(maxTotal, 1))))]! += 1;
  const edge = (band: number) => points(Math.round((maxTotal * band) / 10)).toFixed(0);
  return {
    animation: false,
    textStyle: FONT,
    title: { text: '总分分布（单位数）', left: 'center' },
    grid: { left: 40, right: 24, top: 56, bottom: 56 },
    xAxis: { type: 'category', data: counts.map((_, band) => `${edge(band)}–${edge(band + 1)}`), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: counts, itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'top' } }],
  };
}

/** Radar of one unit's 得分率 per category against the average and the best (compareCategories rows). */
export function categoryRadarOption(unitName: string, rows: CategoryComparison[]): Record<string, unknown> {
  return {
    animation: false,
    textStyle: FONT,
    title: { text: `${unitName} 与平均、最高对比（得分率 %）`, left: 'center' },
    legend: { bottom: 0, data: [unitName, '平均', '最高'] },
    radar: { indicator: rows.map((row) => ({ name: row.name, max: 100 })), radius: '60%' },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: unitName,
            value: rows.map((row) => rate(row.unit, row.maxPoints)),
            itemStyle: { color: '#b71c1c' },
            areaStyle: { opacity: 0.15 },
          },
          { name: '平均', value: rows.map((row) => rate(row.average, row.maxPoints)), itemStyle: { color: '#9e9e9e' } },
          { name: '最高', value: rows.map((row) => rate(row.best, row.maxPoints)), itemStyle: { color: '#546e7a' } },
        ],
      },
    ],
  };
}
