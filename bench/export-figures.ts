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

/** Every sheet of a workbook as rows of cell values (merged cells once, at their top-left), no styles. */
type PlainCells = Array<{ name: string; rows: ExcelJS.CellValue[][] }>;

/** Reads the cells our workbook holds, so the plain side writes exactly the same values. */
async function cellsOf(bytes: Uint8Array): Promise<PlainCells> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row, rowNumber) => {
      const values: ExcelJS.CellValue[] = [];
      row.eachCell((cell, column) => {
        if (!cell.isMerged || cell.master === cell) values[column - 1] = cell.value;
      });
      rows[rowNumber - 1] = values;
    });
    return { name: sheet.name, rows };
  });
}

/** The same cells written straight with ExcelJS: no styles, merges, widths, heights or print setup. */
async function plainWorkbook(cells: PlainCells): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of cells) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((values, index) => {
      const row = sheet.getRow(index + 1);
      values.forEach((value, column) => {
        if (value !== undefined) row.getCell(column + 1).value = value;
      });
    });
  }
  await workbook.xlsx.writeBuffer();
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
 * interleaved pairs (bench/paired-ratio.ts): the workbook of every unit against the same cell
 * values (read back from it, every sheet and row) written plainly, and 20 Word reports against the same text written plainly. docx200Ms times the
 * Word reports of every unit once.
 */
export async function measureExports(unitCount = 200, indicatorCount = 300, pairs = 5): Promise<ExportFigures> {
  const data = scored(unitCount, indicatorCount);
  const { system, scores, names } = data;
  const ourWorkbook = () =>
    buildRubricWorkbook({ system, evaluationName: '合成评价', unitNames: names, scores, records: new Map(), exportedOn: '2026-11-23' });
  const cells = await cellsOf((await ourWorkbook()).bytes);
  const xlsx = await pairedRatio(ourWorkbook, () => plainWorkbook(cells), pairs);
  const docx = await pairedRatio(
    () => ourReports(data, 20),
    () => plainReports(data, 20),
    pairs,
  );
  const docx200Ms = await time(() => ourReports(data, unitCount));
  return { xlsx, docx, docx200Ms };
}
