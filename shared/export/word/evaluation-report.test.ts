import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';

import { seed004SixUnits } from '../../../test/fixtures/scoring/seed004-six-units';
import { categoryChartOption, compareCategories } from '../charts/category-chart';
import { buildEvaluationReport } from './evaluation-report';

/** A 1×1 PNG stands in for the chart drawn by ECharts in the app. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

const setup = seed004SixUnits;

describe('compareCategories', () => {
  it('gives each category the unit’s points, the average (half-up) and the best', async () => {
    const { system, scores } = await setup();
    const rows = compareCategories(system, scores, 1);
    expect(rows.map((row) => row.name)).toEqual(['系统运行情况', '企业满意度', '质量控制情况', '工作推动情况']);
    // 乙区 55.50 / 8.89 / 5.50 / 12.00; averages of the six units; best 60 / 10 / 7 / 20.
    expect(rows.map((row) => [row.unit, row.average, row.best])).toEqual([
      [5550, 5140, 6000],
      [889, 668, 1000],
      [550, 483, 700],
      [1200, 1275, 2000],
    ]);
    const option = categoryChartOption('乙区', rows) as { series: Array<{ data: number[] }> };
    expect(option.series[0]!.data).toEqual([92.5, 88.9, 61.11, 57.14]);
  });
});

describe('buildEvaluationReport', () => {
  it('reports total, rank, category table, the chart, lost points with reasons, notes and the ranking', async () => {
    const { system, scores, unitNames } = await setup();
    const miaoban = system.indicators.find((indicator) => indicator.name === '秒办件情况')!;
    const bytes = await buildEvaluationReport({
      system,
      evaluationName: '2023年度评价',
      unitNames,
      scores,
      unitId: '己区',
      notes: new Map([[`己区|${miaoban.id}`, '抽查发现体外循环']]),
      chart: { type: 'png', data: PNG, width: 800, height: 420 },
      issuer: '评价组',
      reportedOn: '2026-11-23',
    });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('己区2023年度评价报告');
    expect(text).not.toContain('评价评价');
    expect(text).toContain('己区本次评价总分54.00分（基础分55.00分，加分0.00分，减分1.00分），在6个参评单位中排名第5位（按并列排名计）');
    expect(text).not.toMatch(/RANK|Excel|并列占位/);
    expect(text).toContain('二、失分情况');
    expect(text).toContain('基础分 3.00分，4 次 × 1.00分，扣 3.00分（扣完为止）');
    expect(text).toContain('1.秒办件情况：抽查发现体外循环');
    expect(text).toMatch(/四、排名情况[^]*1\s+甲区\s+99\.50/);
    const files = unzipSync(bytes);
    expect(Object.keys(files).some((path) => path.startsWith('word/media/') && path.endsWith('.png'))).toBe(true);
  });
});
