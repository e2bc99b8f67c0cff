// 任务清单 as imported, so an office can re-issue a cleaned list: 序号, 重点任务 (merged over its
// measures), 改革举措, 牵头单位, 责任单位, 完成时限, then any further columns the source table had
// (优化前, 优化后, 压缩比例… — the measures' details).
import ExcelJS from 'exceljs';

import type { PolicyDocument } from '../../domain/types';
import { type ExcelExport, fitSheet, type SheetLayout, styleCell, workbookBytes, writeSheetHead } from './sheet-style';

/**
 * Builds the workbook of a document's checklist: one row per measure, its task's cell merged
 * over the task's measures, one column per detail label (in order of first use; blank where a
 * measure lacks it). The header matches the importer's column names, so the file imports back into
 * Kaoping with the same measures, owners, deadlines and details. Output: bytes and warnings
 * (ExcelExport: texts over Excel's cell limit, shortened with a marker).
 */
export async function buildChecklistWorkbook(document: PolicyDocument): Promise<ExcelExport> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaoping 考评';
  workbook.title = `${document.title} 重点任务清单`;
  const sheet = workbook.addWorksheet('重点任务清单');
  const measures = document.items.filter((item) => item.kind === 'measure');
  const detailLabels = [...new Set(measures.flatMap((measure) => (measure.details ?? []).map((detail) => detail.label)))];
  const layout: SheetLayout = {
    title: '重点任务清单',
    subtitle: `${document.title}${document.docNumber ? `（${document.docNumber}）` : ''}`,
    headers: ['序号', '重点任务', '改革举措', '牵头单位', '责任单位', '完成时限', ...detailLabels],
    widthBounds: [[6, 6], [16, 24], [40, 60], [14, 24], [18, 30], [10, 16], ...detailLabels.map((): [number, number] => [10, 30])],
    landscape: true,
  };
  const headerRow = writeSheetHead(sheet, layout);
  const byId = new Map(document.items.map((item) => [item.id, item]));
  let rowNumber = headerRow + 1;
  let taskStart = rowNumber;
  let currentTask: string | null | undefined;
  const closeTask = () => {
    if (currentTask && rowNumber - 1 > taskStart) sheet.mergeCells(taskStart, 2, rowNumber - 1, 2);
  };
  measures.forEach((measure, index) => {
    const parent = measure.parentId ? byId.get(measure.parentId) : undefined;
    const task = parent?.kind === 'task' ? parent : undefined;
    if ((task?.id ?? null) !== currentTask) {
      closeTask();
      currentTask = task?.id ?? null;
      taskStart = rowNumber;
    }
    const values = [
      index + 1,
      task ? `${task.title}。` : '',
      measure.text || measure.title,
      measure.leadUnits.join('、'),
      [...measure.responsibleUnits, ...measure.supportingUnits].join('、'),
      measure.deadline?.text ?? '',
      ...detailLabels.map((label) => measure.details?.find((detail) => detail.label === label)?.value ?? ''),
    ];
    values.forEach((value, column) => {
      const cell = sheet.getRow(rowNumber).getCell(column + 1);
      cell.value = value;
      styleCell(cell, { align: column === 0 ? 'center' : 'left' });
    });
    rowNumber += 1;
  });
  closeTask();
  fitSheet(sheet, layout, headerRow);
  return workbookBytes(workbook);
}
