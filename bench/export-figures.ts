// Export at scale (issue #5): a 200-unit × 300-indicator evaluation written as the score workbook
// and as 200 Word reports, each beside the same content written straight with ExcelJS / docx
// (no styling, no layout rules) so the cost of our layer shows as a ratio.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { buildRubricWorkbook } from '../shared/export/excel/rubric-workbook';
import { buildEvaluationReport } from '../shared/export/word/evaluation-report';
import { formatHundredths } from '../shared/scoring/exact';
import { explainCell, scoreRubric, type RubricScores } from '../shared/scoring/score-rubric';
import type { IndicatorSystem } from '../shared/domain/indicator-system';
import { syntheticInputs, syntheticSystem } from './synthetic-rubric';

export type ExportFigures = { xlsxMs: number; xlsxRawMs: number; docx200Ms: number; docxRawMs: number };

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return Math.round(performance.now() - start);
}

async function rawWorkbook(system: IndicatorSystem, scores: RubricScores, names: Map<string, string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总排名');
  scores.units.forEach((unit) => summary.addRow([unit.rank, names.get(unit.unitId), ...unit.categories.map((category) => category.points / 100), unit.bonus / 100, unit.penalty / 100, unit.total / 100]));
  scores.unitIds.forEach((unitId, unit) => {
    const sheet = workbook.addWorksheet(names.get(unitId)!);
    scores.columns.forEach((column, index) => sheet.addRow([index + 1, column.indicator.name, column.indicator.maxPoints / 100, column.indicator.ruleText, (column.points[unit] ?? 0) / 100, explainCell(column, unit)]));
  });
  await workbook.xlsx.writeBuffer();
  void system;
}

async function rawReport(scores: RubricScores, unit: number, name: string): Promise<void> {
  const rows = scores.columns.filter((column) => (column.points[unit] ?? 0) < column.indicator.maxPoints).map((column) => new TableRow({ children: [column.indicator.name, formatHundredths(column.indicator.maxPoints), formatHundredths(column.points[unit] ?? 0), explainCell(column, unit)].map((text) => new TableCell({ children: [new Paragraph(text)] })) }));
  const document = new Document({ sections: [{ children: [new Paragraph(`${name}评价报告`), new Paragraph(`总分${formatHundredths(scores.units[unit]!.total)}`), ...(rows.length ? [new Table({ rows })] : [])] }] });
  await Packer.toArrayBuffer(document);
}

/** Measures once each after a small warm-up of both paths (the figures run to seconds; medians would take minutes). */
export async function measureExports(unitCount = 200, indicatorCount = 300): Promise<ExportFigures> {
  if (unitCount > 10) await measureExports(10, indicatorCount);
  const system = syntheticSystem(indicatorCount);
  const unitIds = Array.from({ length: unitCount }, (_, index) => `单位${index + 1}`);
  const scores = scoreRubric(system, unitIds, syntheticInputs(system, unitIds), { tieRule: 'competition', notApplicable: 'rescale' });
  const names = new Map(unitIds.map((id) => [id, id]));
  const xlsxRawMs = await time(() => rawWorkbook(system, scores, names));
  const xlsxMs = await time(() => buildRubricWorkbook({ system, evaluationName: '合成评价', unitNames: names, scores, records: new Map(), exportedOn: '2026-11-23' }));
  const docxRawMs = await time(async () => {
    for (const [unit, id] of unitIds.entries()) await rawReport(scores, unit, id);
  });
  const docx200Ms = await time(async () => {
    for (const id of unitIds) await buildEvaluationReport({ system, evaluationName: '合成评价', unitNames: names, scores, unitId: id, notes: new Map(), chart: null, issuer: '评价组', reportedOn: '2026-11-23' });
  });
  return { xlsxMs, xlsxRawMs, docx200Ms, docxRawMs };
}
