// `kaoping report`: the score workbook (汇总排名表 + 评分表 per unit) and a Word 评价报告 per unit.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

import type { Evaluation, EvaluationInput } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { Unit } from '#shared/domain/types';
import { scoringSystemOf } from '#shared/exchange/evaluation-package';
import { categoryChartOption, compareCategories } from '#shared/export/charts/category-chart';
import { buildRubricWorkbook, type CellRecord } from '#shared/export/excel/rubric-workbook';
import { buildEvaluationReport, type ChartImage } from '#shared/export/word/evaluation-report';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { type NamedInputs, resolveNamedInputs } from '#shared/scoring/score-inputs';
import { scoreRubric } from '#shared/scoring/score-rubric';
import { validateNamedValues } from '#shared/scoring/validate-input';
import { safeFileName } from '#shared/text/file-name';
import { xmlSafe } from '#shared/text/safe-text';

import { InputProblems, readEvaluationPackage } from './score-command';

/** The chart drawn server-side by ECharts as SVG, rasterised to PNG by resvg with the system's CJK fonts. */
function chartPng(option: Record<string, unknown>, width = 800, height = 420): ChartImage {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  // Names in the chart come from other offices: characters XML cannot hold would stop resvg.
  const svg = xmlSafe(chart.renderToSVGString());
  chart.dispose();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  })
    .render()
    .asPng();
  return { type: 'png', data: new Uint8Array(png), width, height };
}

/** What a report is made from: the system scored with, the evaluation's name and rules, its units and cells. */
type ReportData = {
  system: IndicatorSystem;
  evaluation: Pick<Evaluation, 'name' | 'tieRule' | 'notApplicable'>;
  units: Unit[];
  inputs: EvaluationInput[];
};

/** A package's first evaluation as report data (a checklist scored as its indicator system). */
async function fromPackage(path: string): Promise<ReportData> {
  const { evaluation: data } = await readEvaluationPackage(path);
  return { ...data, system: scoringSystemOf(data.basis) };
}

async function fromRubric(rubricPath: string, inputsPath: string): Promise<ReportData> {
  const system = await importRubricFile(new Uint8Array(await readFile(rubricPath)), basename(rubricPath));
  const named = JSON.parse(await readFile(inputsPath, 'utf8')) as NamedInputs;
  const checked = validateNamedValues(system, named);
  const resolved = resolveNamedInputs(system, checked.named);
  const problems = [...checked.problems, ...resolved.problems];
  if (problems.length > 0) throw new InputProblems(`“${basename(inputsPath)}”有 ${problems.length} 处问题：\n${problems.join('\n')}`);
  const units = resolved.unitIds.map((name) => ({ id: name, name, createdAt: '' }));
  const evaluation = { name: system.title, tieRule: 'competition' as const, notApplicable: 'rescale' as const };
  const inputs = resolved.inputs.map((input) => ({
    id: `${input.unitId}|${input.indicatorId}`,
    evaluationId: 'report',
    ...input,
    note: '',
    inspector: '',
    updatedAt: '',
  }));
  return { system, evaluation, units, inputs };
}

/**
 * Writes into `outDir`: 评分表.xlsx (汇总排名 and one 评分表 per unit) and `<单位>-评价报告.docx` per
 * unit (chart drawn by ECharts, rasterised to PNG). Input: a rubric file with inputs, or a package. Output: the written paths
 * and warnings (zh-CN, naming file, sheet and cell: texts shortened to Excel's cell limit).
 */
export async function runReport(
  source: { rubric: string; inputs: string } | { package: string },
  outDir: string,
): Promise<{ written: string[]; warnings: string[] }> {
  const data = 'package' in source ? await fromPackage(source.package) : await fromRubric(source.rubric, source.inputs);
  const scores = scoreRubric(
    data.system,
    data.units.map((unit) => unit.id),
    data.inputs,
    { tieRule: data.evaluation.tieRule, notApplicable: data.evaluation.notApplicable },
  );
  const unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]));
  const records = new Map<string, CellRecord>(
    data.inputs.map((input) => [
      `${input.unitId}|${input.indicatorId}`,
      { note: input.note, inspector: input.inspector, updatedAt: input.updatedAt, evidence: [] },
    ]),
  );
  const notes = new Map(data.inputs.filter((input) => input.note).map((input) => [`${input.unitId}|${input.indicatorId}`, input.note]));
  const today = new Date().toISOString().slice(0, 10);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const workbookPath = join(outDir, '评分表.xlsx');
  const workbook = await buildRubricWorkbook({
    system: data.system,
    evaluationName: data.evaluation.name,
    unitNames,
    scores,
    records,
    exportedOn: today,
  });
  await writeFile(workbookPath, workbook.bytes);
  written.push(workbookPath);
  const warnings = workbook.warnings.map((warning) => `评分表.xlsx：${warning}`);
  for (const [index, unit] of data.units.entries()) {
    const chart = chartPng(categoryChartOption(unit.name, compareCategories(data.system, scores, index)));
    const path = join(outDir, safeFileName(`${unit.name}-评价报告.docx`));
    await writeFile(
      path,
      await buildEvaluationReport({
        system: data.system,
        evaluationName: data.evaluation.name,
        unitNames,
        scores,
        unitId: unit.id,
        notes,
        chart,
        issuer: '评价组',
        reportedOn: today,
      }),
    );
    written.push(path);
  }
  return { written, warnings };
}
