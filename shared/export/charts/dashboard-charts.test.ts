import { describe, expect, it } from 'vitest';

import { seed004SixUnits as setup } from '../../../test/fixtures/scoring/seed004-six-units';
import { compareCategories } from './category-chart';
import { categoryHeatmapOption, categoryRadarOption, rankingChartOption, TIER_COLOURS, totalsDistributionOption } from './dashboard-charts';

type Bars = { yAxis: { data: string[] }; series: Array<{ data: Array<{ value: number; itemStyle: { color: string } }> }> };

describe('overview charts (seed 004 rubric, six units)', () => {
  it('ranks the units by total with the first three in the top tier colour', async () => {
    const { scores, unitNames } = await setup();
    const option = rankingChartOption(scores, unitNames) as Bars;
    const totals = option.series[0]!.data.map((bar) => bar.value);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals).toEqual([...scores.units].sort((a, b) => b.total - a.total).map((unit) => unit.total / 100));
    expect(option.series[0]!.data.map((bar) => bar.itemStyle.color)).toEqual([
      TIER_COLOURS.top,
      TIER_COLOURS.top,
      TIER_COLOURS.top,
      TIER_COLOURS.middle,
      TIER_COLOURS.middle,
      TIER_COLOURS.middle,
    ]);
    expect(option.yAxis.data[0]).toBe(unitNames.get(scores.units.find((unit) => unit.rank === 1)!.unitId));
  });

  it('puts every unit × category 得分率 on the heat map, and counts totals into ten bands', async () => {
    const { system, scores, unitNames } = await setup();
    const heat = categoryHeatmapOption(system, scores, unitNames) as { series: Array<{ data: number[][] }>; xAxis: { data: string[] } };
    expect(heat.xAxis.data).toEqual(['系统运行情况', '企业满意度', '质量控制情况', '工作推动情况']);
    expect(heat.series[0]!.data).toHaveLength(6 * 4);
    // 乙区 (row 1) 系统运行情况 55.50 of 60 points.
    expect(heat.series[0]!.data.find(([column, row]) => column === 0 && row === 1)).toEqual([0, 1, 92.5]);
    // The four categories add up to 100 points: bands of 10 points.
    const distribution = totalsDistributionOption(system, scores) as { series: Array<{ data: number[] }> };
    expect(distribution.series[0]!.data.reduce((sum, count) => sum + count, 0)).toBe(6);
    for (const unit of scores.units) expect(distribution.series[0]!.data[Math.min(9, Math.floor(unit.total / 1000))]).toBeGreaterThan(0);
  });

  it('draws a unit’s categories against the average and the best on a radar', async () => {
    const { system, scores } = await setup();
    const option = categoryRadarOption('乙区', compareCategories(system, scores, 1)) as {
      series: Array<{ data: Array<{ name: string; value: number[] }> }>;
    };
    expect(option.series[0]!.data.map((entry) => entry.name)).toEqual(['乙区', '平均', '最高']);
    expect(option.series[0]!.data[0]!.value).toEqual([92.5, 88.9, 61.11, 57.14]);
  });
});
