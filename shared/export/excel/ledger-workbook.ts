// 整改台账 as an office keeps it in Excel: one row per rectification, overdue rows highlighted,
// dates as dates.
import ExcelJS from 'exceljs';

import { type Rectification, RECTIFICATION_STATUS_LABELS } from '../../domain/rectification';
import { isOverdue } from '../../rectification/ledger';
import { type ExcelExport, fitSheet, type SheetLayout, styleCell, workbookBytes, writeSheetHead } from './sheet-style';

const OVERDUE_FILL = 'FFFFC7CE';

/** An ISO date as a Date at UTC midnight, so Excel shows the calendar day everywhere. */
function excelDate(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/**
 * Builds the ledger workbook. Input: the rectifications (already filtered/ordered), a title and
 * today's ISO date. Output: .xlsx bytes and warnings (ExcelExport: texts over Excel's cell limit, shortened) with one sheet 整改台账: 序号, 被评价单位, 问题描述, 整改目标,
 * 整改措施, 责任单位, 责任人, 完成时限 (text), 时限日期 (date), 整改进展 (dated notes), 状态
 * (逾期 appended when overdue), 销号日期 (date). Overdue rows are filled light red.
 */
export async function buildLedgerWorkbook(rectifications: Rectification[], title: string, today: string): Promise<ExcelExport> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  workbook.title = title;
  const sheet = workbook.addWorksheet('整改台账');
  const layout: SheetLayout = {
    title,
    subtitle: `导出日期：${today}    共 ${rectifications.length} 项，其中逾期 ${rectifications.filter((item) => isOverdue(item, today)).length} 项`,
    headers: [
      '序号',
      '被评价单位',
      '问题描述',
      '整改目标',
      '整改措施',
      '责任单位',
      '责任人',
      '完成时限',
      '时限日期',
      '整改进展',
      '状态',
      '销号日期',
    ],
    widthBounds: [
      [6, 6],
      [10, 14],
      [24, 36],
      [18, 28],
      [24, 40],
      [14, 24],
      [8, 12],
      [10, 14],
      [11, 12],
      [24, 40],
      [8, 12],
      [11, 12],
    ],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  rectifications.forEach((item, index) => {
    const overdue = isOverdue(item, today);
    const row = sheet.getRow(headerRow + 1 + index);
    const values: Array<string | number | Date | null> = [
      index + 1,
      item.unitName,
      item.problem,
      item.target,
      item.measures,
      item.responsibleUnits.join('、'),
      item.owner,
      item.deadline?.text ?? '',
      excelDate(item.deadline?.date),
      item.progress.map((entry) => `${entry.date} ${entry.note}`).join('\n'),
      `${RECTIFICATION_STATUS_LABELS[item.status]}${overdue ? '（逾期）' : ''}`,
      excelDate(item.closedOn),
    ];
    values.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      styleCell(cell, {
        ...(value instanceof Date ? { numFmt: 'yyyy-mm-dd' } : {}),
        ...(column === 0 ? { align: 'center' as const } : {}),
        ...(overdue ? { fill: OVERDUE_FILL } : {}),
      });
    });
  });
  fitSheet(sheet, layout, headerRow);
  return workbookBytes(workbook);
}
