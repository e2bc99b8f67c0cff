// Reads a rubric from an Excel workbook (SheetJS): the first sheet with a 类别/指标/分值/评分标准
// header; cells merged down their rows (类别, 指标组) are filled on every row they cover.
import * as XLSX from 'xlsx';

import { fittedSheet } from '../read/fit-sheet';
import { ImportError } from '../read/import-error';
import { readWorkbook } from '../read/read-workbook';
import { isRubricHeader, rowFromCells, type RubricTable } from './rubric-rows';

/**
 * Longest cell text a rubric may hold, in characters: the limit a stored or exchanged text has
 * (TEXT_LIMIT of the package format), under Excel's own 32,767 per cell.
 */
const CELL_TEXT_LIMIT = 32_000;

/**
 * Input: workbook bytes (.xlsx/.xls/.et/.csv as SheetJS reads them) and the file name.
 * Output: the rubric table, or null when no sheet has a rubric header. Vertical merges are filled
 * with their top-left value; horizontal merges (指标 over two columns) leave the others empty.
 * Throws ImportError (zh-CN, naming the file) when the bytes are not a readable workbook, or when
 * a cell of the rubric's sheet holds more than CELL_TEXT_LIMIT characters (no rubric cell does; such a
 * text could be neither stored in a package nor written back to one Excel cell).
 */
export function readRubricSheet(bytes: Uint8Array, fileName: string): RubricTable | null {
  const workbook = readWorkbook(bytes, fileName);
  for (const sheetName of workbook.SheetNames) {
    const sheet = fittedSheet(workbook, sheetName);
    if (!sheet) continue;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '', raw: true, blankrows: true });
    const cells = grid.map((row) => row.map((cell) => String(cell ?? '').trim()));
    refuseOverlongCell(cells, sheetName, fileName);
    for (const merge of sheet['!merges'] ?? []) {
      if (merge.e.r === merge.s.r) continue;
      const value = cells[merge.s.r]?.[merge.s.c] ?? '';
      for (let r = merge.s.r + 1; r <= merge.e.r; r++) {
        const row = (cells[r] ??= []);
        row[merge.s.c] = value;
      }
    }
    const headerIndex = cells.findIndex((row) => isRubricHeader(row));
    if (headerIndex < 0) continue;
    const title =
      cells
        .slice(0, headerIndex)
        .flat()
        .find((cell) => /评分细则|评分标准|考核|指标/.test(cell)) ?? sheetName;
    const rows = cells
      .slice(headerIndex + 1)
      .map((row, index) => ({ row, line: headerIndex + index + 2 }))
      .filter(({ row }) => row.some(Boolean) && !isRubricHeader(row))
      .map(({ row, line }) => rowFromCells(row, line));
    return { title, rows, headerLine: headerIndex + 1 };
  }
  return null;
}

/** Throws ImportError naming the sheet and cell of the first cell longer than CELL_TEXT_LIMIT characters. */
function refuseOverlongCell(cells: string[][], sheetName: string, fileName: string): void {
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.length > CELL_TEXT_LIMIT) {
        throw new ImportError(
          fileName,
          `工作表“${sheetName}”的单元格 ${XLSX.utils.encode_cell({ r, c })} 有 ${cell.length} 个字符，超过上限 ${CELL_TEXT_LIMIT}，文件可能已损坏。`,
        );
      }
    }),
  );
}
