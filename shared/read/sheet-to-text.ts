// Reads Excel task lists (.xlsx/.xls/.et/.csv, SheetJS) into the line form the text parser reads:
// rows as tab-separated cells, merged cells filled on every row and column they cover.
import * as XLSX from 'xlsx';

import { fittedSheet } from './fit-sheet';
import { readWorkbook } from './read-workbook';

/**
 * Input: workbook bytes and file name. Output: every sheet's non-empty rows as tab-separated
 * lines (a title row as a plain line), merged ranges filled with their top-left value so a task
 * merged over its measures stands on each row. Throws ImportError (zh-CN) for unreadable bytes.
 */
export function sheetToText(bytes: Uint8Array, fileName: string): string {
  const workbook = readWorkbook(bytes, fileName);
  const lines: string[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = fittedSheet(workbook, name);
    if (!sheet) continue;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '', raw: false, blankrows: false }).map((row) =>
      row.map((cell) =>
        String(cell ?? '')
          .replace(/[\t\r\n]+/g, ' ')
          .trim(),
      ),
    );
    for (const merge of sheet['!merges'] ?? []) {
      const value = grid[merge.s.r]?.[merge.s.c] ?? '';
      const wide = merge.e.c > merge.s.c;
      for (let r = merge.s.r; r <= merge.e.r; r++) {
        for (let c = merge.s.c; c <= merge.e.c; c++) {
          if ((r === merge.s.r && c === merge.s.c) || (wide && merge.e.r === merge.s.r)) continue;
          const row = (grid[r] ??= []);
          row[c] = value;
        }
      }
    }
    for (const row of grid) {
      const cells = row.filter((cell) => cell !== '');
      if (cells.length === 0) continue;
      lines.push(cells.length === 1 ? cells[0]! : row.join('\t'));
    }
  }
  return lines.join('\n');
}
