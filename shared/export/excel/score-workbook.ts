// The score workbook (评分表 + 汇总排名表) for a checklist evaluation, styled with ExcelJS.
import ExcelJS from 'exceljs';

import { assessmentOf, type Evaluation, type EvaluationInput } from '../../domain/evaluation';
import type { PolicyDocument, Unit } from '../../domain/types';
import { IMPLEMENTATION_STATUS_LABELS } from '../../domain/types';
import { scoreChecklist, type UnitScore } from '../../scoring/checklist-score';
import { rootSectionIndex } from '../../scoring/section-index';
import { OFFICIAL_TIE_RULE_DESCRIPTIONS } from '../official-wording';
import {
  type ExcelExport,
  fitSheet,
  type SheetLayout,
  sheetName,
  styleCell,
  workbookBytes,
  writeSheetHead,
  writeSignatureLine,
} from './sheet-style';

export type ScoreWorkbookInput = {
  document: PolicyDocument;
  evaluation: Evaluation;
  units: Unit[];
  /** The evaluation's cells (value = the status's level, null = 不适用). */
  inputs: readonly EvaluationInput[];
  /** Date printed on the sheets, ISO (YYYY-MM-DD). */
  exportedOn: string;
};

const POINTS: Record<string, number | null> = { implemented: 1, partial: 0.5, notImplemented: 0, notApplicable: null };

/**
 * Builds the .xlsx. Input: the evaluated document, evaluation, units, cells, tie rule and
 * export date. Output: the file's bytes and warnings (ExcelExport: texts over Excel's cell limit, shortened). Sheets: 汇总排名 (units sorted by rank, with counts,
 * rate in % as a number with two decimals, and a column per section), then one 评分表 per unit
 * (序号, 类别 merged over its rows, 重点任务, 改革举措, owners, 完成时限, 落实情况, 得分 1/0.5/0,
 * 说明; a 合计 row; 评分人/复核人/日期 line). Conventions: docs/evaluation-methods.md §7.
 */
export async function buildScoreWorkbook(input: ScoreWorkbookInput): Promise<ExcelExport> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  workbook.title = `${input.evaluation.name} 评分表`;
  workbook.created = new Date(`${input.exportedOn}T00:00:00Z`);
  const scores = scoreChecklist(input.document.items, input.units, input.inputs, input.evaluation.tieRule);
  const taken = new Set<string>();
  writeSummarySheet(workbook.addWorksheet(sheetName('汇总排名', taken)), input, scores);
  for (const unit of input.units) {
    const score = scores.find((entry) => entry.unitId === unit.id);
    if (score) writeUnitSheet(workbook.addWorksheet(sheetName(`评分表-${unit.name}`, taken)), input, unit, score);
  }
  return workbookBytes(workbook);
}

function sourceLine(input: ScoreWorkbookInput): string {
  const number = input.document.docNumber ? `（${input.document.docNumber}）` : '';
  return `评价依据：${input.document.title}${number}    评价批次：${input.evaluation.name}    导出日期：${input.exportedOn}`;
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, input: ScoreWorkbookInput, scores: UnitScore[]): void {
  const sections = scores[0]?.sections ?? [];
  const layout: SheetLayout = {
    title: `${input.evaluation.name} 汇总排名表`,
    subtitle: `${sourceLine(input)}    排名规则：${OFFICIAL_TIE_RULE_DESCRIPTIONS[input.evaluation.tieRule]}`,
    headers: [
      '排名',
      '被评价单位',
      '落实',
      '部分落实',
      '未落实',
      '不适用',
      '未评',
      '适用措施数',
      '落实率(%)',
      ...sections.map((s) => `${s.title}(%)`),
    ],
    widthBounds: [
      [6, 8],
      [12, 24],
      [6, 8],
      [8, 10],
      [7, 8],
      [7, 8],
      [6, 8],
      [10, 12],
      [10, 12],
      ...sections.map((): [number, number] => [10, 18]),
    ],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  const sorted = [...scores].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  sorted.forEach((score, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    const values: Array<string | number | null> = [
      score.rank,
      score.unitName,
      score.counts.implemented,
      score.counts.partial,
      score.counts.notImplemented,
      score.counts.notApplicable,
      score.counts.unscored,
      score.applicable,
      percent(score.rate),
      ...score.sections.map((section) => percent(section.rate)),
    ];
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      styleCell(cell, {
        numeric: column >= 8,
        ...(column !== 1 && column < 8 ? { align: 'center' as const } : {}),
        ...(column >= 2 && column < 8 ? { numFmt: '0' } : {}),
      });
    });
  });
  fitSheet(sheet, layout, headerRow);
}

function writeUnitSheet(sheet: ExcelJS.Worksheet, input: ScoreWorkbookInput, unit: Unit, score: UnitScore): void {
  const layout: SheetLayout = {
    title: `${unit.name} 评分表`,
    subtitle: `被评价单位：${unit.name}    ${sourceLine(input)}`,
    headers: ['序号', '类别', '重点任务', '改革举措', '牵头单位', '责任单位', '完成时限', '落实情况', '得分', '说明'],
    widthBounds: [
      [6, 6],
      [12, 18],
      [14, 22],
      [30, 50],
      [12, 20],
      [14, 24],
      [10, 14],
      [9, 10],
      [7, 8],
      [16, 30],
    ],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  const items = input.document.items;
  const itemById = new Map(items.map((item) => [item.id, item]));
  const rootOf = rootSectionIndex(items);
  const statusOf = new Map(
    input.inputs
      .flatMap((cell) => (cell.unitId === unit.id ? [assessmentOf(cell)] : []))
      .flatMap((a) => (a ? [[a.itemId, a] as const] : [])),
  );
  const measures = items.filter((item) => item.kind === 'measure');
  let rowNumber = headerRow + 1;
  let sectionStart = rowNumber;
  let currentSection: string | undefined;
  const closeSection = (): void => {
    if (currentSection !== undefined && rowNumber - 1 > sectionStart) sheet.mergeCells(sectionStart, 2, rowNumber - 1, 2);
  };
  measures.forEach((measure, index) => {
    const section = rootOf.get(measure.id);
    if (section !== currentSection) {
      closeSection();
      currentSection = section;
      sectionStart = rowNumber;
    }
    const assessment = statusOf.get(measure.id);
    const task = measure.parentId ? itemById.get(measure.parentId) : undefined;
    const values: Array<string | number | null> = [
      index + 1,
      itemById.get(section ?? '')?.title ?? '',
      task && task.kind === 'task' ? task.title : '',
      measure.text || measure.title,
      measure.leadUnits.join('、'),
      [...measure.responsibleUnits, ...measure.supportingUnits].join('、'),
      measure.deadline?.text ?? '',
      assessment ? IMPLEMENTATION_STATUS_LABELS[assessment.status] : '未评',
      assessment ? (POINTS[assessment.status] ?? null) : null,
      assessment?.note ?? '',
    ];
    writeBodyRow(sheet.getRow(rowNumber), values, 8);
    rowNumber += 1;
  });
  closeSection();
  const total = sheet.getRow(rowNumber);
  sheet.mergeCells(rowNumber, 1, rowNumber, 8);
  total.getCell(1).value =
    `合计：落实 ${score.counts.implemented} 项，部分落实 ${score.counts.partial} 项，未落实 ${score.counts.notImplemented} 项，不适用 ${score.counts.notApplicable} 项，未评 ${score.counts.unscored} 项；落实率（%）`;
  total.getCell(9).value = percent(score.rate);
  total.getCell(10).value = score.rank === null ? '' : `排名第 ${score.rank} 位`;
  for (let column = 1; column <= 10; column++) {
    styleCell(total.getCell(column), { numeric: column === 9, bold: true });
  }
  fitSheet(sheet, layout, headerRow);
  writeSignatureLine(sheet, rowNumber + 2, [1, 4, 7]);
}

function writeBodyRow(row: ExcelJS.Row, values: Array<string | number | null>, numericColumn: number): void {
  values.forEach((value, column) => {
    const cell = row.getCell(column + 1);
    cell.value = value;
    styleCell(cell, { numeric: column === numericColumn, ...(column === 0 || column === 7 ? { align: 'center' as const } : {}) });
  });
}

/** Rate in hundredths of a percent → percent as a number with two decimals (exact: n / 100). */
function percent(rate: number | null): number | null {
  return rate === null ? null : rate / 100;
}
