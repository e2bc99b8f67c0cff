import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { seedEvaluation } from '../../../test/fixtures/evaluation';
import { SEED, seedBytes } from '../../../test/fixtures/seeds';
import { zipEntryText } from '../../../test/helpers/zip-entry';
import { importPolicyFile } from '../../import/import-policy-file';
import { recordProgress, rectificationsFromFindings } from '../../rectification/ledger';
import { collectFindings } from '../../scoring/findings';
import { buildChecklistWorkbook } from './checklist-workbook';
import { buildLedgerWorkbook } from './ledger-workbook';

describe('buildLedgerWorkbook', () => {
  it('lists every rectification with dates as dates, progress and status, overdue rows highlighted', async () => {
    const fixture = await seedEvaluation();
    // Found on 2026-10-01: deadlines proposed 30 days on (2026-10-31), overdue on 2026-11-23 — but for one kept as 长期.
    const ledger = rectificationsFromFindings('e', collectFindings(fixture.document.items, fixture.units, fixture.inputs), '2026-10-01');
    ledger[0] = recordProgress(ledger[0]!, { date: '2026-11-20', note: '已制定方案', by: '张三', status: 'inProgress' });
    ledger[1] = { ...ledger[1]!, deadline: { text: '长期', date: null } };
    const bytes = (await buildLedgerWorkbook(ledger, '2026年营商环境督查整改台账', '2026-11-23')).bytes;
    const workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['整改台账']!, { header: 1, defval: null });
    expect(rows[2]).toEqual([
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
    ]);
    expect(rows.length - 3).toBe(ledger.length);
    const dated = rows.slice(3).find((row) => row[7] === '2026年10月31日前')!;
    expect(dated[8]).toBeInstanceOf(Date);
    expect((dated[8] as Date).toISOString().slice(0, 10)).toBe('2026-10-31');
    expect(dated[10]).toMatch(/（逾期）$/);
    expect(rows[3]?.[9]).toBe('2026-11-20 已制定方案');
    expect(zipEntryText(bytes, 'xl/styles.xml')).toContain('FFFFC7CE');
    // Only overdue rows are filled: the row of the rectification kept as 长期 (no date) is not.
    const loaded = XLSX.read(bytes, { type: 'array', cellStyles: true });
    const fillOf = (row: number) => (loaded.Sheets['整改台账']![`C${row}`] as { s?: { fgColor?: { rgb?: string } } }).s?.fgColor?.rgb;
    const overdueRow = 4 + rows.slice(3).findIndex((row) => String(row[10]).endsWith('（逾期）'));
    const onTimeRow = 4 + rows.slice(3).findIndex((row) => !String(row[10]).endsWith('（逾期）'));
    expect(fillOf(overdueRow)).toBe('FFC7CE');
    expect(fillOf(onTimeRow)).not.toBe('FFC7CE');
  });
});

describe('buildChecklistWorkbook', () => {
  it('writes the checklist as a 重点任务清单 that imports back with the same measures, owners and deadlines', async () => {
    const original = (await importPolicyFile(seedBytes(SEED.luoyang2021), '000.txt')).documents[0]!;
    const bytes = (await buildChecklistWorkbook(original)).bytes;
    expect(zipEntryText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<mergeCell ref="B6:B8"\/>/);
    const reimported = (await importPolicyFile(bytes, '重点任务清单.xlsx')).documents[0]!;
    const shape = (items: typeof original.items) =>
      items.filter((item) => item.kind === 'measure').map((item) => [item.text, item.leadUnits, item.responsibleUnits, item.deadline]);
    expect(shape(reimported.items)).toEqual(shape(original.items));
    const tasks = reimported.items.filter((item) => item.kind === 'task').map((item) => item.title);
    expect(tasks).toContain('加快推动工程建设项目“一网通办”');
  });

  it('carries the source table’s further columns (seed 002’s 优化前/优化后/压缩比例) out and back in', async () => {
    const { documents } = await importPolicyFile(seedBytes(SEED.luoyang2017), SEED.luoyang2017);
    const tax = documents.find((document) => document.title.includes('办税便利化'))!;
    const bytes = (await buildChecklistWorkbook(tax)).bytes;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes, { type: 'array' }).Sheets['重点任务清单']!, {
      header: 1,
      defval: null,
    });
    expect(rows.find((row) => row[0] === '序号')).toEqual([
      '序号',
      '重点任务',
      '改革举措',
      '牵头单位',
      '责任单位',
      '完成时限',
      '优化前',
      '优化后',
      '压缩比例',
    ]);
    const reimported = (await importPolicyFile(bytes, '重点任务清单.xlsx')).documents[0]!;
    const details = (items: typeof tax.items) =>
      items.filter((item) => item.kind === 'measure').map((item) => [item.text, item.details ?? []]);
    expect(details(reimported.items)).toEqual(details(tax.items));
    expect(details(tax.items).filter(([, list]) => (list as unknown[]).length > 0).length).toBeGreaterThan(5);
  });
});
