import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../test/fixtures/evaluation';
import { zipEntryText } from '../../test/helpers/zip-entry';
import { rectificationsFromFindings } from '../rectification/ledger';
import { collectFindings } from '../scoring/findings';
import { buildProgressFeedback, readProgressFeedback } from './progress-feedback';

async function unitLedger() {
  const fixture = await seedEvaluation();
  return rectificationsFromFindings('e', collectFindings(fixture.document.items, fixture.units, fixture.inputs), '2026-11-01').filter(
    (item) => item.unitName === '涧西区',
  );
}

async function filled(bytes: Uint8Array, rows: Array<[number, string | null, string | null, unknown]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.getWorksheet('整改进展反馈表')!;
  for (const [row, status, note, date] of rows) {
    if (status !== null) sheet.getCell(row, 6).value = status;
    if (note !== null) sheet.getCell(row, 7).value = note;
    if (date !== null) sheet.getCell(row, 8).value = date as ExcelJS.CellValue;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('整改进展反馈表', () => {
  it('locks all but the three progress columns and lists the unit’s rectifications', async () => {
    const ledger = await unitLedger();
    const bytes = await buildProgressFeedback('涧西区', ledger, '2026-11-23');
    const xml = zipEntryText(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<sheetProtection');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="F4:F\d+"><formula1>&quot;未开始,整改中,已完成&quot;<\/formula1>/);
    expect(readProgressFeedback(bytes, 'x.xlsx', ledger)).toEqual({ updates: [], problems: [] });
  });

  it('reads progress back, with dates as dates or text, and reports bad cells by place', async () => {
    const ledger = await unitLedger();
    const bytes = await filled(await buildProgressFeedback('涧西区', ledger, '2026-11-23'), [
      [4, '整改中', '已制定工作方案', new Date(Date.UTC(2026, 10, 20))],
      [5, '已完成', '系统已上线', '2026年11月22日'],
      [6, '快好了', '进展顺利', '2026-11-22'],
      [7, null, '召开推进会', '上周'],
    ]);
    const { updates, problems } = readProgressFeedback(bytes, '涧西区反馈.xlsx', ledger);
    expect(updates).toEqual([
      { id: ledger[0]!.id, status: 'inProgress', note: '已制定工作方案', date: '2026-11-20' },
      { id: ledger[1]!.id, status: 'done', note: '系统已上线', date: '2026-11-22' },
    ]);
    expect(problems).toEqual([
      '整改进展反馈表!F6：状态“快好了”无效，应为未开始、整改中或已完成',
      '整改进展反馈表!H7：进展日期“上周”无效，应写成 2026-11-23',
    ]);
  });

  it('refuses a workbook that is not a feedback sheet', () => {
    expect(() => readProgressFeedback(new Uint8Array([1, 2, 3]), '乱码.xlsx', [])).toThrow('乱码.xlsx');
  });
});
