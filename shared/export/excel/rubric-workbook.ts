// The rubric score workbook: 汇总排名表 (units × categories, bonus, penalty, total, rank) and a
// 评分表 per unit with every indicator's points and reason, styled with ExcelJS.
import ExcelJS from 'exceljs';

import type { Indicator, IndicatorSystem } from '../../domain/indicator-system';
import type { TieRule } from '../../domain/types';
import { formatHundredths } from '../../numbers/exact';
import { explainCell, type RubricScores } from '../../scoring/score-rubric';
import { OFFICIAL_TIE_RULE_DESCRIPTIONS } from '../official-wording';
import {
  type CellLook,
  createSheetFitter,
  type ExcelExport,
  fitSheet,
  type SheetLayout,
  sheetName,
  styleCell,
  workbookBytes,
  writeSheetHead,
  writeSignatureLine,
} from './sheet-style';

/** What an inspector recorded on a cell besides the value: note, who, when, evidence file names. */
export type CellRecord = { note: string; inspector: string; updatedAt: string; evidence: string[] };

export type RubricWorkbookInput = {
  system: IndicatorSystem;
  evaluationName: string;
  unitNames: Map<string, string>;
  scores: RubricScores;
  /** Keyed by `${unitId}|${indicatorId}`. */
  records: Map<string, CellRecord>;
  /** ISO date printed on the sheets. */
  exportedOn: string;
};

const TOP_FILL = 'FFE2EFDA';
const SERIAL_LOOK: CellLook = { align: 'center' };
const NUMBER_LOOK: CellLook = { numeric: true };
const TEXT_LOOK: CellLook = {};
const BOTTOM_FILL = 'FFFCE4D6';

/**
 * Builds the .xlsx. Output: bytes and warnings (ExcelExport: texts over Excel's cell limit, shortened with a marker). Sheets: 汇总排名 (sorted by rank, ties sharing a rank as the
 * evaluation's tie rule says, named in the subtitle; top and bottom three coloured), then 评分表 per
 * unit: 序号, 类别 (merged over its indicators), 指标, 分值, 评分标准, 得分, 扣分原因/说明, 佐证,
 * 评价员; a 小计 row after each category (capped as the rubric says), 加分/减分 rows, a 合计 row and a
 * 评分人/复核人/日期 line. Points are numbers with two decimals. Conventions: domain.md §4.
 */
export async function buildRubricWorkbook(input: RubricWorkbookInput): Promise<ExcelExport> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  workbook.title = `${input.evaluationName} 评分表`;
  workbook.subject = input.system.title;
  const taken = new Set<string>();
  writeSummary(workbook.addWorksheet(sheetName('汇总排名', taken)), input);
  const categories = categoriesOf(input.system);
  input.scores.unitIds.forEach((unitId, unit) =>
    writeUnitSheet(workbook.addWorksheet(sheetName(`评分表-${input.unitNames.get(unitId) ?? unitId}`, taken)), input, unit, categories),
  );
  return workbookBytes(workbook);
}

/** Points as a number of two decimals: hundredths ÷ 100 is the same number as the decimal written out. */
const points = (hundredths: number | null | undefined): number | null =>
  hundredths === null || hundredths === undefined ? null : hundredths / 100;

function writeSummary(sheet: ExcelJS.Worksheet, input: RubricWorkbookInput): void {
  const { scores, system } = input;
  const names = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const categories = scores.units[0]?.categories ?? [];
  const tieRule: TieRule = scores.options.tieRule;
  const layout: SheetLayout = {
    title: `${input.evaluationName} 汇总排名表`,
    subtitle: `评分依据：${system.title}    排名规则：${OFFICIAL_TIE_RULE_DESCRIPTIONS[tieRule]}    不适用：${scores.options.notApplicable === 'rescale' ? '按适用满分折算' : '计0分'}    导出日期：${input.exportedOn}`,
    headers: [
      '排名',
      '被评价单位',
      ...categories.map(
        (category) =>
          `${names.get(category.indicatorId)?.name ?? ''}（${formatHundredths(names.get(category.indicatorId)?.maxPoints ?? 0)}）`,
      ),
      '加分',
      '减分',
      '总分',
    ],
    widthBounds: [[6, 8], [12, 20], ...categories.map((): [number, number] => [10, 16]), [8, 10], [8, 10], [9, 10]],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  const order = scores.units
    .map((_, index) => index)
    .sort((a, b) => (scores.units[a]!.rank ?? Infinity) - (scores.units[b]!.rank ?? Infinity));
  const ranked = scores.units.filter((unit) => unit.rank !== null).length;
  order.forEach((unit, position) => {
    const totals = scores.units[unit]!;
    const row = sheet.getRow(headerRow + 1 + position);
    const values = [
      totals.rank,
      input.unitNames.get(totals.unitId) ?? totals.unitId,
      ...totals.categories.map((category) => points(category.points)),
      points(totals.bonus),
      points(totals.penalty),
      points(totals.total),
    ];
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      const rank = totals.rank ?? Infinity;
      const fill = rank <= 3 ? TOP_FILL : ranked > 6 && rank > ranked - 3 ? BOTTOM_FILL : undefined;
      styleCell(cell, { numeric: column >= 2, ...(column === 0 ? { align: 'center' as const } : {}), ...(fill ? { fill } : {}) });
    });
  });
  fitSheet(sheet, layout, headerRow);
}

/** Each indicator's 类别 (the nearest category above it), found once for all unit sheets. */
function categoriesOf(system: IndicatorSystem): Map<string, Indicator> {
  const byId = new Map(system.indicators.map((indicator) => [indicator.id, indicator]));
  const categories = new Map<string, Indicator>();
  for (const indicator of system.indicators) {
    let current: Indicator | undefined = indicator;
    while (current && current.role !== 'category') current = current.parentId ? byId.get(current.parentId) : undefined;
    if (current) categories.set(indicator.id, current);
  }
  return categories;
}

function writeUnitSheet(sheet: ExcelJS.Worksheet, input: RubricWorkbookInput, unit: number, categories: Map<string, Indicator>): void {
  const { scores, system } = input;
  const unitId = scores.unitIds[unit]!;
  const unitName = input.unitNames.get(unitId) ?? unitId;
  const totals = scores.units[unit]!;
  const categoryOf = (indicator: Indicator): Indicator | undefined => categories.get(indicator.id);
  const layout: SheetLayout = {
    title: `${unitName} 评分表`,
    subtitle: `被评价单位：${unitName}    评价：${input.evaluationName}    评分依据：${system.title}    导出日期：${input.exportedOn}`,
    headers: ['序号', '类别', '指标', '分值', '评分标准', '得分', '扣分原因 / 说明', '佐证', '评价员'],
    widthBounds: [
      [6, 6],
      [12, 16],
      [16, 24],
      [7, 8],
      [30, 50],
      [7, 8],
      [26, 40],
      [12, 20],
      [10, 16],
    ],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  const fitter = createSheetFitter(layout);
  let rowNumber = headerRow + 1;
  let serial = 0;
  // Runs of consecutive rows in the same category (or the bonus/penalty rows) get one merged cell;
  // a category's 小计 row follows its last indicator.
  const runs: Array<{ key: string; first: number; last: number }> = [];
  const lastColumnOf = new Map<string, number>();
  scores.columns.forEach((column, index) => {
    const category = column.indicator.role === 'indicator' ? categoryOf(column.indicator) : undefined;
    if (category) lastColumnOf.set(category.id, index);
  });
  const subtotalRow = (label: string, value: number) => {
    const row = sheet.getRow(rowNumber);
    sheet.mergeCells(rowNumber, 1, rowNumber, 5);
    row.getCell(1).value = label;
    row.getCell(6).value = points(value);
    for (let column = 1; column <= 9; column++) styleCell(row.getCell(column), { numeric: column === 6, bold: true });
    rowNumber += 1;
  };
  scores.columns.forEach((column, columnIndex) => {
    const indicator = column.indicator;
    const record = input.records.get(`${unitId}|${indicator.id}`);
    const reason = explainCell(column, unit);
    const category = indicator.role === 'indicator' ? categoryOf(indicator) : undefined;
    const values: Array<string | number | null> = [
      ++serial,
      category?.name ?? (indicator.role === 'bonus' ? '加分项' : '减分项'),
      indicator.name,
      points(indicator.maxPoints),
      indicator.ruleText,
      indicator.role === 'penalty' && column.points[unit] ? -(points(column.points[unit]) ?? 0) : points(column.points[unit]),
      record?.note ? `${reason}；${record.note}` : reason,
      record?.evidence.join('、') ?? '',
      record ? `${record.inspector || '（未署名）'} ${record.updatedAt.slice(0, 10)}` : '',
    ];
    const row = sheet.getRow(rowNumber);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = value;
      styleCell(cell, index === 0 ? SERIAL_LOOK : index === 3 || index === 5 ? NUMBER_LOOK : TEXT_LOOK);
      if (index !== 1) fitter.measure(row, index + 1, value);
    });
    const key = category?.id ?? 'extra';
    const run = runs[runs.length - 1];
    if (run && run.key === key && run.last === rowNumber - 1) run.last = rowNumber;
    else runs.push({ key, first: rowNumber, last: rowNumber });
    rowNumber += 1;
    if (category && lastColumnOf.get(category.id) === columnIndex) {
      const subtotal = totals.categories.find((entry) => entry.indicatorId === category.id);
      subtotalRow(
        `${category.name} 小计${category.capped ? `（不超过 ${formatHundredths(category.maxPoints)} 分）` : ''}`,
        subtotal?.points ?? 0,
      );
    }
  });
  for (const run of runs) if (run.last > run.first) sheet.mergeCells(run.first, 2, run.last, 2);
  subtotalRow('加分（封顶后）', totals.bonus);
  subtotalRow('减分（封顶后）', -totals.penalty);
  subtotalRow(`合计（排名第 ${totals.rank ?? '—'} 位）`, totals.total);
  fitter.apply(sheet);
  writeSignatureLine(sheet, rowNumber + 1, [1, 4, 7]);
}
