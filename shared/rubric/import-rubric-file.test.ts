import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import type { IndicatorSystem } from '../domain/indicator-system';
import { ImportError } from '../read/import-error';
import { importRubricFile } from './import-rubric-file';

const SEED_XLSX = 'office/004_办理建筑许可营商环境部门评分细则.xlsx';

function categories(system: IndicatorSystem) {
  return system.indicators
    .filter((indicator) => indicator.role === 'category')
    .map((category) => ({
      name: category.name,
      max: category.maxPoints / 100,
      leaves: system.indicators
        .filter(
          (leaf) =>
            leaf.rule &&
            (leaf.parentId === category.id || system.indicators.find((group) => group.id === leaf.parentId)?.parentId === category.id),
        )
        .map((leaf) => leaf.name),
    }));
}

function leaves(system: IndicatorSystem) {
  return system.indicators
    .filter((indicator) => indicator.rule)
    .map((indicator) => [indicator.name, indicator.role, indicator.maxPoints, indicator.rule]);
}

describe('importRubricFile', () => {
  it('reads the seed 004 rubric from the compilation text, settling mid-merge categories by their subtotals', async () => {
    const system = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    expect(system.title).toBe('2023 年度“办理建筑许可”营商环境部门评分细则');
    const found = categories(system);
    expect(found.map(({ name, max, leaves: names }) => [name, max, names.length])).toEqual([
      ['系统运行情况', 60, 23],
      ['企业满意度', 10, 1],
      ['质量控制情况', 9, 3],
      ['工作推动情况', 21, 7],
      ['附加分', 0, 2],
    ]);
    expect(found[3]!.leaves[0]).toBe('推进有效投资情况');
    const scored = system.indicators.filter((indicator) => indicator.role === 'indicator');
    expect(scored.reduce((sum, indicator) => sum + indicator.maxPoints, 0)).toBe(10000);
    expect(system.indicators.find((indicator) => indicator.role === 'bonus')).toMatchObject({
      name: '加分项',
      maxPoints: 800,
      rule: { kind: 'composed', terms: [{ kind: 'occurrence', cap: 800 }] },
    });
    expect(system.indicators.find((indicator) => indicator.role === 'penalty')).toMatchObject({ name: '减分项', maxPoints: 800 });
    expect(system.indicators.find((indicator) => indicator.name === '加分项')!.ruleText).toMatch(/^工作经验做法得到住建部/);
    expect(system.indicators.find((indicator) => indicator.name === '质量管理情况')!.dataSource).toEqual({
      kind: 'department',
      department: '省住房城乡建设厅',
    });
    expect(system.indicators.find((indicator) => indicator.name === '秒办件情况')!.dataSource).toEqual({ kind: 'system' });
  });

  it('reads the same rubric from the Excel sheet (merged 类别 and two-column 指标) with the same indicators', async () => {
    const fromText = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    const fromSheet = await importRubricFile(seedBytes(SEED_XLSX), '评分细则.xlsx');
    expect(leaves(fromSheet)).toEqual(leaves(fromText));
    const group = fromSheet.indicators.find((indicator) => indicator.role === 'group' && indicator.name === '审批用时情况')!;
    expect(fromSheet.indicators.filter((indicator) => indicator.parentId === group.id).map((indicator) => indicator.name)).toEqual([
      '政府投资项目报建周期',
      '社会投资项目报建周期',
      '简易低风险项目审批用时',
      '四阶段跨度用时',
      '全流程审批用时',
      '办件逾期率',
      '超时默许率',
    ]);
  });

  it('reads the same rubric from a Word table whose 类别 cells are merged vertically', async () => {
    const sheet = XLSX.read(seedBytes(SEED_XLSX), { type: 'array' });
    const grid = XLSX.utils.sheet_to_json<string[]>(sheet.Sheets[sheet.SheetNames[0]!]!, { header: 1, defval: '', raw: false }).slice(1);
    const cell = (text: string, merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.LEFT })], ...(merge ? { verticalMerge: merge } : {}) });
    const rows = grid.map((row, index) => {
      const [category = '', group = '', sub = '', points = '', text = ''] = row;
      const continues = index > 1 && !category;
      const starts = !continues && index > 0 && grid[index + 1] !== undefined && !grid[index + 1]![0];
      const name = sub || group;
      return new TableRow({
        children: [
          cell(category, continues ? VerticalMergeType.CONTINUE : starts ? VerticalMergeType.RESTART : undefined),
          cell(name),
          cell(String(points)),
          cell(text),
        ],
      });
    });
    const document = new Document({
      sections: [{ children: [new Paragraph('2023 年度“办理建筑许可”营商环境部门评分细则'), new Table({ rows })] }],
    });
    const system = await importRubricFile(new Uint8Array(await Packer.toArrayBuffer(document)), '评分细则.docx');
    const fromText = await importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
    expect(leaves(system)).toEqual(leaves(fromText));
    expect(categories(system).map((category) => [category.name, category.max])).toEqual(
      categories(fromText).map((category) => [category.name, category.max]),
    );
  });

  it('refuses files without a rubric table, naming the file', async () => {
    await expect(importRubricFile(seedBytes(SEED.luoyang2021), '洛政办.txt')).rejects.toThrow('无法导入“洛政办.txt”：没有找到评分细则表格');
    await expect(importRubricFile(new Uint8Array([1, 2, 3]), '坏表.xlsx')).rejects.toBeInstanceOf(ImportError);
    await expect(importRubricFile(new Uint8Array(), '空.txt')).rejects.toThrow('文件为空');
  });

  it('refuses a sheet with a cell longer than a stored text may be, naming the file, sheet and cell', async () => {
    const workbook = XLSX.read(seedBytes(SEED_XLSX), { type: 'array' });
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    sheet['E5'] = { t: 's', v: '扣'.repeat(32_500) };
    const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    await expect(importRubricFile(bytes, '超长.xlsx')).rejects.toThrow(
      `无法导入“超长.xlsx”：工作表“${workbook.SheetNames[0]}”的单元格 E5 有 32500 个字符，超过上限 32000`,
    );
  });
});
