// Every text Kaoping writes into an Excel cell passes here: characters XML cannot hold removed
// (xmlSafe), and a text longer than Excel's cell limit shortened with a marker that says so — never
// cut silently — and reported as a warning naming the sheet and the cell.
import type ExcelJS from 'exceljs';

import { xmlSafe } from '../../text/safe-text';

/** Most characters one Excel cell holds (Excel specifications and limits: 32,767). */
export const EXCEL_CELL_LIMIT = 32_767;

/** The note ending a shortened cell text: how long the original was and why it was cut. */
export function truncationMarker(originalLength: number): string {
  return `…（原文共${originalLength}字，超出Excel单元格上限，已截断）`;
}

/** A cell text as written: the text, and the original length when it had to be shortened (null otherwise). */
export type CellText = { text: string; cutFrom: number | null };

/**
 * Input: any text. Output: `xmlSafe` of it; when that is longer than EXCEL_CELL_LIMIT characters
 * (UTF-16 code units, as Excel counts), its start (never half a surrogate pair) followed by
 * `truncationMarker`, together at most EXCEL_CELL_LIMIT characters, and the original length.
 */
export function excelCellText(text: string): CellText {
  const safe = xmlSafe(text);
  if (safe.length <= EXCEL_CELL_LIMIT) return { text: safe, cutFrom: null };
  const marker = truncationMarker(safe.length);
  let end = EXCEL_CELL_LIMIT - marker.length;
  if (/[\ud800-\udbff]/.test(safe[end - 1] ?? '')) end--;
  return { text: safe.slice(0, end) + marker, cutFrom: safe.length };
}

/**
 * Puts every text cell of a finished workbook through `excelCellText` (plain text and rich-text
 * runs; merged-over cells and numbers left alone). Output: one warning (zh-CN) per shortened cell,
 * naming its sheet and address, e.g. 工作表“评分表”单元格 E12：文字共 40000 字，超出 Excel 单元格上限（32767 字），已截断并在单元格中注明。
 */
export function fitCellTexts(workbook: ExcelJS.Workbook): string[] {
  const warnings: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const cutFrom = fitCell(cell);
        if (cutFrom !== null)
          warnings.push(
            `工作表“${sheet.name}”单元格 ${cell.address}：文字共 ${cutFrom} 字，超出 Excel 单元格上限（${EXCEL_CELL_LIMIT} 字），已截断并在单元格中注明。`,
          );
      });
    });
  });
  return warnings;
}

/** Fits one cell's text in place. Output: the original length when it was shortened, else null. */
function fitCell(cell: ExcelJS.Cell): number | null {
  const value = cell.value;
  if (typeof value === 'string') {
    const fitted = excelCellText(value);
    if (fitted.text !== value) cell.value = fitted.text;
    return fitted.cutFrom;
  }
  if (value && typeof value === 'object' && 'richText' in value) {
    const whole = excelCellText(value.richText.map((run) => run.text).join(''));
    if (whole.cutFrom !== null) cell.value = whole.text;
    else cell.value = { richText: value.richText.map((run) => ({ ...run, text: xmlSafe(run.text) })) };
    return whole.cutFrom;
  }
  return null;
}
