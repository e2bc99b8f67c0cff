// Office conventions for ExcelJS sheets (docs/evaluation-methods.md §7): merged title, bold bordered
// header, wrapped cells, widths that fit Chinese text, frozen header, A4 print setup.
import type ExcelJS from 'exceljs';

import { fitCellTexts } from './cell-text';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const CELL_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BODY_FONT = { name: '宋体', size: 11 };

/** Display width of text in Excel character units: CJK and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A valid, unique sheet name: forbidden characters removed, at most 31 characters. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || '工作表';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
  taken.add(name);
  return name;
}

export type SheetLayout = {
  title: string;
  subtitle: string;
  headers: string[];
  /** Column widths bounds in Excel character units, per column: [min, max]. */
  widthBounds: Array<[number, number]>;
  landscape: boolean;
};

/**
 * Writes the title row (merged over all columns, 16 pt bold), a subtitle row and the header row
 * (bold, grey fill, borders), freezes below the header, repeats the header when printing, and
 * sets A4 fit-to-one-page-wide. Returns the header row number (3).
 */
export function writeSheetHead(sheet: ExcelJS.Worksheet, layout: SheetLayout): number {
  const lastColumn = layout.headers.length;
  sheet.mergeCells(1, 1, 1, lastColumn);
  const title = sheet.getCell(1, 1);
  title.value = layout.title;
  title.font = { name: '黑体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, lastColumn);
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = layout.subtitle;
  subtitle.font = BODY_FONT;
  subtitle.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  const header = sheet.getRow(3);
  layout.headers.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { ...BODY_FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = CELL_BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  header.height = 24;
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4', activeCell: 'A4' }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: layout.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: '3:3',
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  return 3;
}

/** How a body cell looks: numbers right-aligned with two decimals unless `numFmt` says otherwise. */
export type CellLook = {
  numeric?: boolean;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  fill?: string;
  numFmt?: string;
  unlocked?: boolean;
};

const looks = new Map<string, Partial<ExcelJS.Style>>();

/**
 * Styles a body cell (borders, wrap, vertical centre, 宋体 11) with one shared style object per
 * look, which keeps large workbooks fast. Because ExcelJS setters (`cell.fill = …`) write into
 * the cell's style object, cells styled here must not be changed afterwards: pass the whole look.
 */
export function styleCell(cell: ExcelJS.Cell, look: CellLook = {}): void {
  const key = `${look.numeric ? 'n' : ''}|${look.align ?? ''}|${look.bold ? 'b' : ''}|${look.fill ?? ''}|${look.numFmt ?? ''}|${look.unlocked ? 'u' : ''}`;
  let style = looks.get(key);
  if (!style) {
    const numFmt = look.numFmt ?? (look.numeric ? '0.00' : undefined);
    style = {
      font: look.bold ? { ...BODY_FONT, bold: true } : BODY_FONT,
      border: CELL_BORDER,
      alignment: { vertical: 'middle', horizontal: look.align ?? (look.numeric ? 'right' : 'left'), wrapText: true },
      ...(numFmt ? { numFmt } : {}),
      ...(look.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } } } : {}),
      ...(look.unlocked ? { protection: { locked: false } } : {}),
    } satisfies Partial<ExcelJS.Style>;
    looks.set(key, style);
  }
  cell.style = style;
}

/** The 评分人 / 复核人 / 日期 line under a score sheet, at `rowNumber`. */
export function writeSignatureLine(sheet: ExcelJS.Worksheet, rowNumber: number, columns: [number, number, number]): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(columns[0]).value = '评分人：';
  row.getCell(columns[1]).value = '复核人：';
  row.getCell(columns[2]).value = '日期：';
}

/** Line height in points for 11 pt text, and the padding added to each row. */
const LINE_POINTS = 14.5;
const ROW_PADDING_POINTS = 4;

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return '0000-00-00';
  return typeof value === 'object' ? '' : String(value);
}

/** Measures text as rows are written, then sizes columns and rows once (see fitSheet). */
export type SheetFitter = {
  /** Notes the text of an unmerged body cell of `row` in 1-based `column`. */
  measure(row: ExcelJS.Row, column: number, value: ExcelJS.CellValue): void;
  /** Sets each column as wide as its longest line within the layout's bounds, then each measured row as tall as its wrapped text. */
  apply(sheet: ExcelJS.Worksheet): void;
};

export function createSheetFitter(layout: SheetLayout): SheetFitter {
  const widest = layout.headers.map((header) => displayWidth(header) + 2);
  const rows = new Map<ExcelJS.Row, Array<number | number[]>>();
  return {
    measure(row, column, value) {
      const text = textOf(value);
      const measured = text.includes('\n') ? text.split('\n').map(displayWidth) : displayWidth(text);
      let lines = rows.get(row);
      if (!lines) rows.set(row, (lines = []));
      lines[column - 1] = measured;
      const longest = typeof measured === 'number' ? measured : Math.max(...measured);
      if (column <= widest.length && longest + 2 > widest[column - 1]!) widest[column - 1] = longest + 2;
    },
    apply(sheet) {
      const widths = widest.map((width, index) => {
        const [min, max] = layout.widthBounds[index] ?? [8, 40];
        const fitted = Math.min(max, Math.max(min, width));
        sheet.getColumn(index + 1).width = fitted;
        return fitted;
      });
      for (const [row, lines] of rows) {
        let tallest = 1;
        lines.forEach((measured, column) => {
          const width = Math.max(1, (widths[column] ?? 10) - 1);
          const count =
            typeof measured === 'number'
              ? Math.max(1, Math.ceil(measured / width))
              : measured.reduce((sum, lineWidth) => sum + Math.max(1, Math.ceil(lineWidth / width)), 0);
          if (count > tallest) tallest = count;
        });
        row.height = tallest * LINE_POINTS + ROW_PADDING_POINTS;
      }
    },
  };
}

/**
 * Fits a finished sheet to its text: columns from the header row `firstRow` on, row heights below
 * it (Excel and LibreOffice do not grow rows a file leaves unsized). Merged cells are not measured.
 */
export function fitSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout, firstRow: number): void {
  const fitter = createSheetFitter(layout);
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= firstRow) return;
    row.eachCell((cell, column) => {
      if (!cell.isMerged) fitter.measure(row, column, cell.value);
    });
  });
  fitter.apply(sheet);
}

/** A finished workbook: its bytes, and warnings (zh-CN, naming sheet and cell) about texts that had to be shortened. */
export type ExcelExport = { bytes: Uint8Array; warnings: string[] };

/**
 * Writes a workbook. Every cell text passes `fitCellTexts` first (xmlSafe, Excel's 32,767-character
 * cell limit with a visible marker). Output: the bytes as a Uint8Array (ExcelJS gives a Buffer in
 * Node, an ArrayBuffer in browsers) and the warnings.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<ExcelExport> {
  const warnings = fitCellTexts(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), warnings };
}
