// Export at scale: a 200-unit × 300-indicator evaluation written as the score workbook
// and as 200 Word reports, each beside the same content written straight with ExcelJS / docx
// (no styling, no layout rules) so the cost of our layer shows as a ratio.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';

import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { buildRubricWorkbook } from '#shared/export/excel/rubric-workbook';
import { buildEvaluationReport } from '#shared/export/word/evaluation-report';
import { formatHundredths } from '#shared/numbers/exact';
import { explainCell, type RubricScores, scoreRubric } from '#shared/scoring/score-rubric';

import { type PairedRatio, pairedRatio } from './paired-ratio';
import { syntheticInputs, syntheticSystem } from './synthetic-rubric';

export type ExportFigures = { xlsx: PairedRatio; docx: PairedRatio; docx200Ms: number };

async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return Math.round(performance.now() - start);
}

async function rawWorkbook(system: IndicatorSystem, scores: RubricScores, names: Map<string, string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总排名');
  scores.units.forEach((unit) =>
    summary.addRow([
      unit.rank,
      names.get(unit.unitId),
      ...unit.categories.map((category) => category.points / 100),
      unit.bonus / 100,
      unit.penalty / 100,
      unit.total / 100,
    ]),
  );
  scores.unitIds.forEach((unitId, unit) => {
    const sheet = workbook.addWorksheet(names.get(unitId)!);
    scores.columns.forEach((column, index) =>
      sheet.addRow([
        index + 1,
        column.indicator.name,
        column.indicator.maxPoints / 100,
        column.indicator.ruleText,
        (column.points[unit] ?? 0) / 100,
        explainCell(column, unit),
      ]),
    );
  });
  await workbook.xlsx.writeBuffer();
  void system;
}

async function rawReport(scores: RubricScores, unit: number, name: string): Promise<void> {
  const rows = scores.columns
    .filter((column) => (column.points[unit] ?? 0) < column.indicator.maxPoints)
    .map(
      (column) =>
        new TableRow({
          children: [
            column.indicator.name,
            formatHundredths(column.indicator.maxPoints),
            formatHundredths(column.points[unit] ?? 0),
            explainCell(column, unit),
          ].map((text) => new TableCell({ children: [new Paragraph(text)] })),
        }),
    );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph(`${name}评价报告`),
          new Paragraph(`总分${formatHundredths(scores.units[unit]!.total)}`),
          ...(rows.length ? [new Table({ rows })] : []),
        ],
      },
    ],
  });
  await Packer.toArrayBuffer(document);
}

type Scored = { system: IndicatorSystem; unitIds: string[]; scores: RubricScores; names: Map<string, string> };

function scored(unitCount: number, indicatorCount: number): Scored {
  const system = syntheticSystem(indicatorCount);
  const unitIds = Array.from({ length: unitCount }, (_, index) => `单位${index + 1}`);
  const scores = scoreRubric(system, unitIds, syntheticInputs(system, unitIds), { tieRule: 'competition', notApplicable: 'rescale' });
  return { system, unitIds, scores, names: new Map(unitIds.map((id) => [id, id])) };
}

async function ourReports({ system, unitIds, scores, names }: Scored, count: number): Promise<void> {
  for (const id of unitIds.slice(0, count)) {
    await buildEvaluationReport({
      system,
      evaluationName: '合成评价',
      unitNames: names,
      scores,
      unitId: id,
      notes: new Map(),
      chart: null,
      issuer: '评价组',
      reportedOn: '2026-11-23',
    });
  }
}

async function plainReports({ unitIds, scores }: Scored, count: number): Promise<void> {
  for (const [unit, id] of unitIds.slice(0, count).entries()) await rawReport(scores, unit, id);
}

/**
 * Export figures for a unitCount × indicatorCount evaluation. The two overhead ratios come from
 * interleaved pairs (bench/paired-ratio.ts): the workbook of every unit against the same cells
 * written plainly, and 20 Word reports against the same text written plainly. docx200Ms times the
 * Word reports of every unit once.
 */
export async function measureExports(unitCount = 200, indicatorCount = 300, pairs = 5): Promise<ExportFigures> {
  const data = scored(unitCount, indicatorCount);
  const { system, scores, names } = data;
  const xlsx = await pairedRatio(
    () =>
      buildRubricWorkbook({ system, evaluationName: '合成评价', unitNames: names, scores, records: new Map(), exportedOn: '2026-11-23' }),
    () => rawWorkbook(system, scores, names),
    pairs,
  );
  const docx = await pairedRatio(
    () => ourReports(data, 20),
    () => plainReports(data, 20),
    pairs,
  );
  const docx200Ms = await time(() => ourReports(data, unitCount));
  return { xlsx, docx, docx200Ms };
}
