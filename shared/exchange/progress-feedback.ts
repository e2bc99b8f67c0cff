// 整改进展反馈表: a unit reports progress on its rectifications in Excel; the lead office reads it
// back, every problem reported by cell, and the ledger is updated with the history kept.
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';

import { type Rectification, RECTIFICATION_STATUS_LABELS, type RectificationStatus } from '../domain/rectification';
import { CELL_BORDER, styleCell, workbookBytes } from '../export/excel/sheet-style';
import { fittedSheet } from '../read/fit-sheet';
import { readWorkbook } from '../read/read-workbook';

const HEADER_ROW = 3;
const COLUMNS = ['序号', '问题描述', '整改措施', '完成时限', '当前状态', '新状态', '整改进展', '进展日期', '编号'] as const;
const EDITABLE = [6, 7, 8];
const REPORTABLE: RectificationStatus[] = ['notStarted', 'inProgress', 'done'];

export type ProgressUpdate = { id: string; status: RectificationStatus | undefined; note: string; date: string };

/** Builds the sheet for one unit. Only 新状态/整改进展/进展日期 are unlocked; 编号 is hidden. */
export async function buildProgressFeedback(unitName: string, rectifications: Rectification[], today: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  const sheet = workbook.addWorksheet('整改进展反馈表');
  sheet.mergeCells(1, 1, 1, 8);
  sheet.getCell(1, 1).value = `${unitName} 整改进展反馈表（${today}）`;
  sheet.getCell(1, 1).font = { name: '黑体', size: 14, bold: true };
  sheet.getCell(2, 1).value =
    '请填写“新状态”（未开始/整改中/已完成）、“整改进展”和“进展日期”（如 2026-11-23），其余单元格已锁定；销号由牵头单位核实后办理。';
  COLUMNS.forEach((text, index) => {
    const cell = sheet.getCell(HEADER_ROW, index + 1);
    cell.value = text;
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.border = CELL_BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDITABLE.includes(index + 1) ? 'FFFFF2CC' : 'FFD9D9D9' } };
  });
  rectifications.forEach((rectification, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    [
      index + 1,
      rectification.problem,
      rectification.measures,
      rectification.deadline?.text ?? '',
      RECTIFICATION_STATUS_LABELS[rectification.status],
      null,
      null,
      null,
      rectification.id,
    ].forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      styleCell(cell, EDITABLE.includes(column + 1) ? { unlocked: true } : {});
    });
    row.getCell(6).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${REPORTABLE.map((status) => RECTIFICATION_STATUS_LABELS[status]).join(',')}"`],
      showErrorMessage: true,
      error: '请选择未开始、整改中或已完成',
    };
  });
  [6, 36, 36, 14, 10, 10, 30, 12, 10].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(9).hidden = true;
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true });
  return (await workbookBytes(workbook)).bytes;
}

/**
 * Reads a returned sheet. Output: the updates of rows with anything filled in, and problems such
 * as "整改进展反馈表!F5：状态“快好了”无效". Rows whose 编号 is unknown or closed are reported.
 * Throws ImportError (zh-CN, naming the file) when it is not a workbook, Error when it is not a feedback sheet.
 */
export function readProgressFeedback(
  bytes: Uint8Array,
  fileName: string,
  rectifications: Rectification[],
): { updates: ProgressUpdate[]; problems: string[] } {
  const sheet = fittedSheet(readWorkbook(bytes, fileName, { cellDates: true }), '整改进展反馈表');
  if (!sheet) throw new Error(`“${fileName}”不是整改进展反馈表（缺少“整改进展反馈表”工作表）。`);
  const byId = new Map(rectifications.map((rectification) => [rectification.id, rectification]));
  const statusByLabel = new Map(REPORTABLE.map((status) => [RECTIFICATION_STATUS_LABELS[status], status]));
  const updates: ProgressUpdate[] = [];
  const problems: string[] = [];
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (let row = HEADER_ROW + 1; row <= range.e.r + 1; row++) {
    const at = (column: number) => sheet[XLSX.utils.encode_cell({ r: row - 1, c: column - 1 })] as XLSX.CellObject | undefined;
    const place = (column: number) => `整改进展反馈表!${XLSX.utils.encode_cell({ r: row - 1, c: column - 1 })}`;
    const id = String(at(9)?.v ?? '');
    const label = String(at(6)?.v ?? '').trim();
    const note = String(at(7)?.v ?? '').trim();
    const rawDate = at(8)?.v;
    if (!id || (!label && !note && rawDate === undefined)) continue;
    const rectification = byId.get(id);
    if (!rectification) {
      problems.push(`${place(2)}：该行不属于本单位的整改台账（编号被改动或已删除）`);
      continue;
    }
    if (rectification.status === 'closed') {
      problems.push(`${place(2)}：该项已销号，不能再反馈进展`);
      continue;
    }
    const status = label ? statusByLabel.get(label) : undefined;
    if (label && !status) {
      problems.push(`${place(6)}：状态“${label}”无效，应为未开始、整改中或已完成`);
      continue;
    }
    const date = dateText(rawDate);
    if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(date)) {
      problems.push(`${place(8)}：进展日期“${String(rawDate ?? '')}”无效，应写成 2026-11-23`);
      continue;
    }
    const [year, month, day] = date.split('-').map(Number);
    updates.push({ id, status, note, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return { updates, problems };
}

/** A date cell as Y-M-D text: a Date, an Excel serial number, or text like 2026年11月23日. */
function dateText(raw: unknown): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'number') {
    const parsed = XLSX.SSF.parse_date_code(raw);
    return parsed ? `${parsed.y}-${parsed.m}-${parsed.d}` : '';
  }
  return String(raw ?? '')
    .trim()
    .replace(/[年月/.]/g, '-')
    .replace(/日$/, '');
}
