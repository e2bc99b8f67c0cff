// A returned 填报表 as a spreadsheet program leaves it: a rate typed as 65% is stored as 0.65 with
// a percent number format, and must be read as the 65 the cell shows — through the same validator
// as the app's cells.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import type { Indicator, IndicatorSystem } from '../domain/indicator-system';
import { buildFillInWorkbook, FILL_COLUMNS, FILL_HEADER_ROW } from './fill-in-workbook';
import { readFillInWorkbook } from './read-fill-in';

const band = (min: number, points: number) => ({ min, minInclusive: true, max: null, maxInclusive: false, points });
const leaf = (id: string, name: string, rule: Indicator['rule'], ruleText: string): Indicator => ({
  id,
  parentId: null,
  role: 'indicator',
  name,
  maxPoints: 300,
  capped: false,
  ruleText,
  rule,
  dataSource: { kind: 'onSite' },
  warnings: [],
  checklistItemIds: [],
});
const SYSTEM: IndicatorSystem = {
  id: 'sys',
  title: '网上办理评分细则',
  indicators: [
    leaf('rate', '网上办理情况', { kind: 'bands', bands: [band(60, 100), band(80, 300)] }, '网上办理比例在60%以上得1分，80%以上得3分。'),
    leaf('cases', '逾期办件情况', { kind: 'deduction', base: 300, per: 50 }, '基础分3分，每发现一例逾期办件扣0.5分。'),
  ],
};
const UNITS = ['甲区', '乙区', '丙区', '丁区', '戊区', '己区'].map((name) => ({ id: name, name, createdAt: '' }));

/** The workbook as returned: each unit's value cells set with a number format, as Excel/WPS save them. */
async function filled(
  values: Record<string, { rate?: ExcelJS.CellValue; rateFormat?: string; cases?: ExcelJS.CellValue; casesFormat?: string }>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await buildFillInWorkbook({
    system: SYSTEM,
    basisKind: 'indicatorSystem',
    evaluationId: 'e1',
    evaluationName: '评价',
    units: UNITS,
    inputs: [],
  });
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  for (const [unit, entry] of Object.entries(values)) {
    const sheet = workbook.getWorksheet(unit)!;
    sheet.eachRow((row, number) => {
      if (number <= FILL_HEADER_ROW) return;
      const id = String(row.getCell(FILL_COLUMNS.indicatorId).value);
      const cell = row.getCell(FILL_COLUMNS.value);
      const [value, format] = id === 'rate' ? [entry.rate, entry.rateFormat] : [entry.cases, entry.casesFormat];
      if (value === undefined) return;
      cell.value = value;
      if (format) cell.style = { ...cell.style, numFmt: format }; // the writer's cells share one style object
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading percentages from a returned fill-in sheet', () => {
  it('reads a cell formatted 0% holding 0.65 as 65, and 0.0% holding 0.655 as 65.5', async () => {
    const bytes = await filled({ 甲区: { rate: 0.65, rateFormat: '0%' }, 乙区: { rate: 0.655, rateFormat: '0.0%' }, 丙区: { rate: 72 } });
    const reading = readFillInWorkbook(bytes, '填报表.xlsx', SYSTEM, 'e1', UNITS, 'indicatorSystem');
    expect(reading.problems.filter((problem) => !problem.includes('缺少'))).toEqual([]);
    expect(reading.inputs.map((input) => [input.unitId, input.indicatorId, input.value])).toEqual([
      ['甲区', 'rate', 65],
      ['乙区', 'rate', 65.5],
      ['丙区', 'rate', 72],
    ]);
  });

  it('refuses a percentage where a count is asked, a rate over 100 %, and text that is no number — naming the cell', async () => {
    const bytes = await filled({
      甲区: { cases: 0.03, casesFormat: '0%' },
      乙区: { rate: 1.5, rateFormat: '0%' },
      丙区: { cases: '-3' },
      丁区: { rate: '百分之六十五', cases: '三' },
    });
    const reading = readFillInWorkbook(bytes, '填报表.xlsx', SYSTEM, 'e1', UNITS, 'indicatorSystem');
    expect(reading.problems).toEqual([
      '甲区!G5：逾期办件情况：此项应填次数，不是百分数（填写的是“3%”）',
      '乙区!G4：网上办理情况：比率 150% 超出 0–100%（填写的是“150%”）',
      '丙区!G5：逾期办件情况：应为次数（不小于 0 的整数）（填写的是“-3”）',
    ]);
    expect(reading.inputs.map((input) => [input.unitId, input.indicatorId, input.value])).toEqual([
      ['丁区', 'rate', 65],
      ['丁区', 'cases', 3],
    ]);
  });

  it('takes a value far outside the other units’ but lists it as a warning with its cell', async () => {
    const bytes = await filled({
      甲区: { cases: 1 },
      乙区: { cases: 2 },
      丙区: { cases: 1 },
      丁区: { cases: 2 },
      戊区: { cases: 1 },
      己区: { cases: 40 },
    });
    const reading = readFillInWorkbook(bytes, '填报表.xlsx', SYSTEM, 'e1', UNITS, 'indicatorSystem');
    expect(reading.inputs).toHaveLength(6);
    expect(reading.warnings).toEqual(['己区!G5：逾期办件情况：40 与其他单位相差很大（6 个单位的值在 1–40 之间，中位数 1.5），请核对']);
  });
});
