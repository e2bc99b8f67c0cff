import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { seed004SixUnits } from '../../../test/fixtures/scoring/seed004-six-units';
import { zipEntryText } from '../../../test/helpers/zip-entry';
import { buildRubricWorkbook } from './rubric-workbook';

async function build() {
  const { system, scores, unitNames } = await seed004SixUnits();
  const miaoban = system.indicators.find((indicator) => indicator.name === '秒办件情况')!;
  const records = new Map([
    [
      `己区|${miaoban.id}`,
      { note: '抽查发现4例体外循环', inspector: '张督查', updatedAt: '2026-11-20T09:00:00Z', evidence: ['现场照片.jpg'] },
    ],
  ]);
  const bytes = (
    await buildRubricWorkbook({ system, evaluationName: '2023年度办理建筑许可评价', unitNames, scores, records, exportedOn: '2026-11-23' })
  ).bytes;
  return { bytes, workbook: XLSX.read(bytes, { type: 'array' }) };
}

describe('buildRubricWorkbook', () => {
  it('ranks units on the summary sheet with category subtotals, bonus, penalty and total', async () => {
    const { workbook } = await build();
    expect(workbook.SheetNames[0]).toBe('汇总排名');
    expect(workbook.SheetNames).toHaveLength(7);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
    expect(rows[2]).toEqual([
      '排名',
      '被评价单位',
      '系统运行情况（60.00）',
      '企业满意度（10.00）',
      '质量控制情况（9.00）',
      '工作推动情况（21.00）',
      '加分',
      '减分',
      '总分',
    ]);
    expect(rows.slice(3, 9).map((row) => [row[0], row[1], row[8]])).toEqual([
      [1, '甲区', 99.5],
      [2, '丙区', 89.9],
      [3, '戊区', 80.17],
      [4, '乙区', 79.89],
      [5, '己区', 54],
      [6, '丁区', 51.5],
    ]);
    expect(rows[3]?.slice(2, 8)).toEqual([60, 9.5, 7, 20, 3, 0]);
  });

  it('explains each point on the unit sheet and carries the inspector, note and evidence', async () => {
    const { workbook } = await build();
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['评分表-己区']!, { header: 1, defval: null });
    const miaoban = rows.find((row) => row[2] === '秒办件情况')!;
    expect(miaoban.slice(3, 9)).toEqual([
      3,
      '基础分为3分，发现一例非备案类秒办件视为“体外循环”减1分。',
      0,
      '基础分 3.00分，4 次 × 1.00分，扣 3.00分（扣完为止）；抽查发现4例体外循环',
      '现场照片.jpg',
      '张督查 2026-11-20',
    ]);
    const penalty = rows.find((row) => row[2] === '减分项')!;
    expect(penalty[5]).toBe(-1);
    expect(rows.find((row) => String(row[0]).startsWith('合计'))?.[5]).toBe(54);
    const subtotal = rows.findIndex((row) => String(row[0]).startsWith('系统运行情况 小计'));
    expect(rows[subtotal]?.[5]).toBe(45.5);
    expect(rows[subtotal - 1]?.[2]).toBe('中介服务应用情况');
    expect(rows[subtotal + 1]?.[1]).toBe('企业满意度');
  });

  it('merges category cells, freezes the header and prints A4 landscape', async () => {
    const { bytes } = await build();
    const sheet = zipEntryText(bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<mergeCell ref="B4:B26"/>');
    expect(sheet).toContain('ySplit="3"');
    expect(sheet).toMatch(/orientation="landscape"/);
  });
});
