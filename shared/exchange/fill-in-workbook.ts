// The Excel fill-in sheet (填报表) for people without the app: one sheet per unit, only the input
// cells unlocked, data validation per rule, hidden ids, an instructions sheet in Chinese.
import ExcelJS from 'exceljs';

import { CHECKLIST_LEVELS, type EvaluationBasis, valueAsStatus } from '../domain/evaluation';
import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import { IMPLEMENTATION_STATUS_LABELS, type Unit } from '../domain/types';
import { CELL_BORDER, createSheetFitter, sheetName, styleCell, workbookBytes } from '../export/excel/sheet-style';
import { formatHundredths } from '../numbers/exact';
import { composedOf, type InputValue } from '../scoring/rule-points';
import { scoredIndicators } from '../scoring/score-rubric';

export type FillInInput = { unitId: string; indicatorId: string; value: InputValue | null; note: string };

/**
 * What a fill-in sheet is made from. `system` is the system the evaluation scores with (for a
 * checklist, checklistToIndicatorSystem of its document); `basisKind` 'checklist' makes the 填写值
 * of each measure a choice of 落实/部分落实/未落实 (不适用 in its own column).
 */
export type FillInSpec = {
  system: IndicatorSystem;
  basisKind: EvaluationBasis['kind'];
  evaluationId: string;
  evaluationName: string;
  units: Unit[];
  inputs: FillInInput[];
};

/** The choices of a checklist measure's 填写值, each the label of a status stored as a level. */
export const CHECKLIST_CHOICES: readonly string[] = (Object.keys(CHECKLIST_LEVELS) as Array<keyof typeof CHECKLIST_LEVELS>)
  .sort((a, b) => CHECKLIST_LEVELS[b] - CHECKLIST_LEVELS[a])
  .map((status) => IMPLEMENTATION_STATUS_LABELS[status]);

const CHECKLIST_GUIDE = `选择落实情况：${CHECKLIST_CHOICES.join('、')}（不适用的在“不适用”列选择“是”）`;

/** Column layout shared by writer and reader (1-based). */
export const FILL_COLUMNS = {
  serial: 1,
  category: 2,
  indicator: 3,
  points: 4,
  rule: 5,
  guide: 6,
  value: 7,
  notApplicable: 8,
  note: 9,
  indicatorId: 10,
} as const;
export const FILL_HEADER_ROW = 3;
/** Widths of the visible columns, in Excel character units. */
const WIDTHS = [6, 14, 22, 7, 40, 30, 12, 8, 24];
export const NOT_APPLICABLE_MARK = '是';

/** What to type for a rule, in Chinese (shown in the 填写要求 column). */
export function inputGuide(indicator: Indicator): string {
  const rule = indicator.rule!;
  switch (rule.kind) {
    case 'manual':
      return `填写得分，0–${formatHundredths(indicator.maxPoints)} 分`;
    case 'deduction':
    case 'occurrence':
      return '填写次数（整数，0 表示没有）';
    case 'itemSum':
      return `填写达到的分项序号，用逗号分隔：${rule.items.map((item, index) => `${index + 1}.${item.label}`).join('；')}`;
    case 'levels':
      return `填写达到的档次序号（0 表示均未达到）：${rule.levels.map((level, index) => `${index + 1}.${level.label}`).join('；')}`;
    case 'composed':
      return `按输入名称填写 JSON 对象：${composedOf(rule, indicator.maxPoints)
        .inputs.map((input) => `“${input.name}”（${input.label}）`)
        .join('、')}`;
    default:
      return '填写测得的数值（百分比填数字，如 65 表示 65%）';
  }
}

function cellValue(value: InputValue | null | undefined, basisKind: EvaluationBasis['kind']): string | number | null {
  if (value === null || value === undefined) return null;
  if (basisKind === 'checklist') {
    const status = valueAsStatus(value);
    return status ? IMPLEMENTATION_STATUS_LABELS[status] : null;
  }
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

/**
 * Builds the workbook. Output: .xlsx bytes. Sheet 填表说明 explains the sheet and holds the
 * evaluation id (hidden row); each unit's sheet lists the scored indicators with 分值, 评分标准 and
 * 填写要求; 填写值/不适用/说明 are the only unlocked cells (sheet protected without a password, so
 * structure is kept but an office can still unprotect); numbers are validated by range, levels
 * by range, 不适用 by a list; indicator and unit ids sit in hidden columns and cells.
 */
export async function buildFillInWorkbook(spec: FillInSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  workbook.title = `${spec.evaluationName} 填报表`;
  const taken = new Set<string>();
  const guide = workbook.addWorksheet(sheetName('填表说明', taken));
  guide.getColumn(1).width = 100;
  [
    `${spec.evaluationName} · 填报表`,
    `评分依据：${spec.system.title}`,
    '1. 每个被评价单位一张工作表，只需填写“填写值”“不适用”“说明”三列（其余单元格已锁定）。',
    spec.basisKind === 'checklist'
      ? `2. 每项改革举措在“填写值”列${CHECKLIST_GUIDE}。`
      : '2. “填写要求”列说明每项应填什么：得分、次数、测得值、分项序号或档次序号。',
    '3. 不适用的指标在“不适用”列选择“是”，“填写值”留空。',
    '4. 请勿删除、插入或移动行，请勿修改工作表名称；填好后交回，导入时会逐格校验并列出所有问题。',
    '填表人：',
  ].forEach((line, index) => {
    guide.getCell(index + 1, 1).value = line;
    guide.getCell(index + 1, 1).font = { name: '宋体', size: index === 0 ? 14 : 11, bold: index === 0 };
  });
  guide.getCell(7, 2).protection = { locked: false };
  guide.getCell(20, 1).value = `kaoping-fill-in:${spec.evaluationId}`;
  guide.getRow(20).hidden = true;
  const indicators = scoredIndicators(spec.system);
  const byId = new Map(spec.system.indicators.map((indicator) => [indicator.id, indicator]));
  const categoryOf = (indicator: Indicator): string => {
    let current: Indicator | undefined = indicator;
    while (current && current.role !== 'category') current = current.parentId ? byId.get(current.parentId) : undefined;
    return current?.name ?? '';
  };
  const inputs = new Map(spec.inputs.map((input) => [`${input.unitId}|${input.indicatorId}`, input]));
  for (const unit of spec.units) {
    const sheet = workbook.addWorksheet(sheetName(unit.name, taken));
    sheet.mergeCells(1, 1, 1, 9);
    sheet.getCell(1, 1).value = `${unit.name} · ${spec.evaluationName} 填报表`;
    sheet.getCell(1, 1).font = { name: '黑体', size: 14, bold: true };
    sheet.getCell(2, 1).value = `kaoping-unit:${unit.id}`;
    sheet.getRow(2).hidden = true;
    const headers = ['序号', '类别', '指标', '分值', '评分标准', '填写要求', '填写值', '不适用', '说明'];
    // Visible columns keep their widths; each row grows to its wrapped text (LibreOffice and Excel do not grow rows a file leaves unsized).
    const fitter = createSheetFitter({
      title: '',
      subtitle: '',
      headers,
      widthBounds: WIDTHS.map((width) => [width, width]),
      landscape: false,
    });
    headers.forEach((text, index) => {
      const cell = sheet.getCell(FILL_HEADER_ROW, index + 1);
      cell.value = text;
      cell.font = { name: '宋体', size: 11, bold: true };
      cell.border = CELL_BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: index >= 6 ? 'FFFFF2CC' : 'FFD9D9D9' } };
    });
    indicators.forEach((indicator, index) => {
      const rowNumber = FILL_HEADER_ROW + 1 + index;
      const input = inputs.get(`${unit.id}|${indicator.id}`);
      const row = sheet.getRow(rowNumber);
      const values = [
        index + 1,
        categoryOf(indicator) || (indicator.role === 'bonus' ? '加分项' : '减分项'),
        indicator.name,
        Number(formatHundredths(indicator.maxPoints)),
        indicator.ruleText,
        spec.basisKind === 'checklist' ? CHECKLIST_GUIDE : inputGuide(indicator),
        cellValue(input?.value, spec.basisKind),
        input?.value === null ? NOT_APPLICABLE_MARK : null,
        input?.note ?? null,
        indicator.id,
      ];
      const unlocked: number[] = [FILL_COLUMNS.value, FILL_COLUMNS.notApplicable, FILL_COLUMNS.note];
      values.forEach((value, column) => {
        const cell = row.getCell(column + 1);
        cell.value = value;
        styleCell(cell, { numeric: column === 3, ...(unlocked.includes(column + 1) ? { unlocked: true } : {}) });
        if (column < headers.length) fitter.measure(row, column + 1, value);
      });
      row.getCell(FILL_COLUMNS.value).dataValidation =
        spec.basisKind === 'checklist' ? checklistValidation(indicator) : validationFor(indicator);
      if (indicator.role === 'indicator')
        row.getCell(FILL_COLUMNS.notApplicable).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${NOT_APPLICABLE_MARK}"`],
          showErrorMessage: true,
          errorTitle: '不适用',
          error: '只能选择“是”或留空',
        };
    });
    fitter.apply(sheet);
    sheet.getColumn(FILL_COLUMNS.indicatorId).width = 10;
    sheet.getColumn(FILL_COLUMNS.indicatorId).hidden = true;
    sheet.views = [{ state: 'frozen', ySplit: FILL_HEADER_ROW, xSplit: 0 }];
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  return (await workbookBytes(workbook)).bytes;
}

/** A measure's 填写值: one of CHECKLIST_CHOICES from a list. */
function checklistValidation(indicator: Indicator): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${CHECKLIST_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorTitle: indicator.name.slice(0, 32),
    error: `只能选择${CHECKLIST_CHOICES.join('、')}之一或留空`,
  };
}

function validationFor(indicator: Indicator): ExcelJS.DataValidation {
  const rule = indicator.rule!;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: indicator.name,
    showInputMessage: true,
    promptTitle: '填写要求',
    prompt: inputGuide(indicator).slice(0, 250),
  };
  switch (rule.kind) {
    case 'manual':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [0, Number(formatHundredths(indicator.maxPoints))],
        error: `得分应在 0–${formatHundredths(indicator.maxPoints)} 分之间`,
      };
    case 'deduction':
    case 'occurrence':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: '次数应为不小于 0 的整数' };
    case 'levels':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, rule.levels.length],
        error: `档次序号应为 0–${rule.levels.length}`,
      };
    case 'itemSum':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [100], error: '填写分项序号，如 1,3' };
    case 'composed':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [1000], error: '按输入名称填写 JSON 对象' };
    default:
      return { ...common, type: 'decimal', operator: 'between', formulae: [-1e9, 1e9], error: '应填写数字' };
  }
}
