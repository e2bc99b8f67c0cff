import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { seedBytes } from '../../test/fixtures/seeds';
import { zipEntryText } from '../../test/helpers/zip-entry';
import type { ChecklistItem } from '../domain/types';
import { importRubricFile } from '../rubric/import-rubric-file';
import { checklistToIndicatorSystem } from '../scoring/checklist-system';
import { buildFillInWorkbook, FILL_COLUMNS, FILL_HEADER_ROW, type FillInInput } from './fill-in-workbook';
import { readFillInWorkbook } from './read-fill-in';

const UNITS = [
  { id: 'unit-jia', name: '甲区', createdAt: '' },
  { id: 'unit-yi', name: '乙区', createdAt: '' },
];

async function setup(inputs: FillInInput[] = []) {
  const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  const id = (name: string) => system.indicators.find((indicator) => indicator.name === name && indicator.rule)!.id;
  const bytes = await buildFillInWorkbook({
    system,
    basisKind: 'indicatorSystem',
    evaluationId: 'e1',
    evaluationName: '2023年度评价',
    units: UNITS,
    inputs: inputs.map((input) => ({ ...input, indicatorId: id(input.indicatorId) })),
  });
  return { system, id, bytes };
}

/** Fills cells as an office would in Excel: by indicator name, per unit sheet. */
async function fill(
  bytes: Uint8Array,
  edits: Array<{ sheet: string; indicator: string; value?: unknown; notApplicable?: string; deleteRow?: boolean }>,
  filledBy = '王科长',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  workbook.getWorksheet('填表说明')!.getCell('B7').value = filledBy;
  for (const edit of edits) {
    const sheet = workbook.getWorksheet(edit.sheet)!;
    let target = 0;
    sheet.eachRow((row, number) => {
      if (number > FILL_HEADER_ROW && row.getCell(FILL_COLUMNS.indicator).value === edit.indicator) target = number;
    });
    if (edit.deleteRow) sheet.spliceRows(target, 1);
    else {
      if (edit.value !== undefined) sheet.getCell(target, FILL_COLUMNS.value).value = edit.value as ExcelJS.CellValue;
      if (edit.notApplicable !== undefined) sheet.getCell(target, FILL_COLUMNS.notApplicable).value = edit.notApplicable;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('the Excel fill-in round trip', () => {
  it('reads back exactly what it wrote (values, item lists, 不适用, notes)', async () => {
    const given: FillInInput[] = [
      { unitId: 'unit-jia', indicatorId: '质量管理情况', value: 2.5, note: '抽查3个项目' },
      { unitId: 'unit-jia', indicatorId: '系统互联情况', value: [1, 3], note: '' },
      { unitId: 'unit-yi', indicatorId: '秒办件情况', value: 2, note: '' },
      { unitId: 'unit-yi', indicatorId: '企业满意度', value: null, note: '本年未开展' },
    ];
    const { system, id, bytes } = await setup(given);
    const reading = readFillInWorkbook(bytes, '填报表.xlsx', system, 'e1', UNITS, 'indicatorSystem');
    expect(reading.problems).toEqual([]);
    expect(reading.inputs).toEqual(expect.arrayContaining(given.map((input) => ({ ...input, indicatorId: id(input.indicatorId) }))));
    expect(reading.inputs).toHaveLength(given.length);
  });

  it('locks everything but the input columns, validates them, and hides the ids', async () => {
    const { bytes } = await setup();
    const sheet = zipEntryText(bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<sheetProtection');
    expect(sheet).toMatch(
      /<dataValidation type="decimal"[^>]*errorTitle="质量管理情况"[^>]*><formula1>0<\/formula1><formula2>3<\/formula2>/,
    );
    expect(sheet).toMatch(/<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*errorTitle="秒办件情况"/);
    expect(sheet).toMatch(/<dataValidation[^>]*type="list"/);
    expect(sheet).toMatch(/<col min="10" max="10"[^>]*hidden="1"/);
    expect(zipEntryText(bytes, 'xl/styles.xml')).toContain('<protection locked="0"/>');
  });

  it('reports every problem with sheet, cell and reason, and keeps the valid rows', async () => {
    const { system, id, bytes } = await setup();
    const filled = await fill(bytes, [
      { sheet: '甲区', indicator: '质量管理情况', value: 6 },
      { sheet: '甲区', indicator: '秒办件情况', value: '若干次' },
      { sheet: '甲区', indicator: '联合验收率', value: 1 },
      { sheet: '乙区', indicator: '企业满意度', notApplicable: '否' },
      { sheet: '乙区', indicator: '多测合一', deleteRow: true },
      { sheet: '乙区', indicator: '审批事项标准化', value: 2 },
    ]);
    const reading = readFillInWorkbook(filled, '填报表.xlsx', system, 'e1', UNITS, 'indicatorSystem');
    expect(reading.filledBy).toBe('王科长');
    // Rows follow the rubric: 秒办件情况 is the 4th indicator (row 7), 质量管理情况 the 27th (row 30), 企业满意度 the 24th (row 27).
    expect(reading.problems).toContain('甲区!G30：质量管理情况：得分 6 超过分值 3.00（填写的是“6”）');
    expect(reading.problems).toContain('甲区!G7：秒办件情况：“若干次”不是一个数字（填写的是“若干次”）');
    expect(reading.problems).toContain('乙区!H27：“不适用”只能填“是”或留空（收到“否”）');
    expect(reading.problems).toContain('乙区：缺少指标“多测合一”的行（可能被删除），该项未导入');
    expect(reading.inputs).toEqual([
      { unitId: 'unit-jia', indicatorId: id('联合验收率'), value: 1, note: '' },
      { unitId: 'unit-yi', indicatorId: id('审批事项标准化'), value: 2, note: '' },
    ]);
  });

  it('refuses a workbook of another evaluation or one that is not a fill-in sheet', async () => {
    const { system, bytes } = await setup();
    expect(() => readFillInWorkbook(bytes, '别的.xlsx', system, 'e2', UNITS, 'indicatorSystem')).toThrow('“别的.xlsx”属于另一次评价');
    expect(() =>
      readFillInWorkbook(
        seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'),
        '评分细则.xlsx',
        system,
        'e1',
        UNITS,
        'indicatorSystem',
      ),
    ).toThrow('不是考评生成的填报表');
  });

  it('reports a unit sheet whose part is missing from the file, instead of failing', async () => {
    const { system, bytes } = await setup();
    const files = unzipSync(bytes);
    delete files['xl/worksheets/sheet2.xml'];
    const reading = readFillInWorkbook(zipSync(files), '损坏.xlsx', system, 'e1', UNITS, 'indicatorSystem');
    expect(reading.problems).toContainEqual(expect.stringContaining('工作表内容缺失或已损坏'));
    expect(reading.inputs.every((input) => input.unitId === 'unit-yi')).toBe(true);
  });
});

describe('the fill-in sheet of a checklist inspection', () => {
  const item = (id: string, parentId: string | null, kind: ChecklistItem['kind'], title: string): ChecklistItem => ({
    id,
    parentId,
    kind,
    number: id,
    title,
    text: `${title}。`,
    leadUnits: [],
    responsibleUnits: [],
    supportingUnits: [],
    owner: null,
    deadline: null,
    source: { line: 1 },
  });
  const system = checklistToIndicatorSystem('doc1', '三项举措', [
    item('一', null, 'section', '提升政务服务效能'),
    item('1', '一', 'measure', '推行全程网办'),
    item('2', '一', 'measure', '设立综合窗口'),
    item('3', '一', 'measure', '推行容缺受理'),
    item('4', '一', 'measure', '推行告知承诺'),
  ]);

  it('offers 落实/部分落实/未落实 and reads choices back as levels, 不适用 as null, a wrong word as a problem in its cell', async () => {
    const bytes = await buildFillInWorkbook({
      system,
      basisKind: 'checklist',
      evaluationId: 'c1',
      evaluationName: '清单督查',
      units: [UNITS[0]!],
      inputs: [{ unitId: 'unit-jia', indicatorId: '1', value: 1, note: '仅线下' }],
    });
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = written.getWorksheet('甲区')!;
    expect(sheet.getCell(FILL_HEADER_ROW + 1, FILL_COLUMNS.value).value).toBe('部分落实');
    // The 填写要求 wraps over three lines of its 30-character column: the row is sized for them (14.5 pt a line, 4 pt padding).
    expect(sheet.getRow(FILL_HEADER_ROW + 1).height).toBe(3 * 14.5 + 4);
    expect(sheet.getColumn(FILL_COLUMNS.indicatorId).hidden).toBe(true);
    expect(sheet.getCell(FILL_HEADER_ROW + 1, FILL_COLUMNS.value).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"落实,部分落实,未落实"'],
    });
    const filled = await fill(bytes, [
      { sheet: '甲区', indicator: '推行全程网办', value: '落实' },
      { sheet: '甲区', indicator: '设立综合窗口', value: '未落实' },
      { sheet: '甲区', indicator: '推行容缺受理', notApplicable: '是' },
      { sheet: '甲区', indicator: '推行告知承诺', value: '完成' },
    ]);
    const reading = readFillInWorkbook(filled, '填报表.xlsx', system, 'c1', [UNITS[0]!], 'checklist');
    expect(reading.inputs).toEqual([
      { unitId: 'unit-jia', indicatorId: '1', value: 2, note: '仅线下' },
      { unitId: 'unit-jia', indicatorId: '2', value: 0, note: '' },
      { unitId: 'unit-jia', indicatorId: '3', value: null, note: '' },
    ]);
    expect(reading.problems).toEqual(['甲区!G7：推行告知承诺：落实情况“完成”无效（应为落实、部分落实、未落实之一）']);
  });
});
