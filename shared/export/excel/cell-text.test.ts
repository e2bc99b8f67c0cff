// Excel holds at most 32,767 characters in a cell: a longer text is shortened with a marker that
// says so, and the export names the cell in a warning; characters XML cannot hold never reach a cell.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { seed004SixUnits } from '../../../test/fixtures/scoring/seed004-six-units';
import type { Rectification } from '../../domain/rectification';
import { EXCEL_CELL_LIMIT, excelCellText, truncationMarker } from './cell-text';
import { buildLedgerWorkbook } from './ledger-workbook';
import { buildRubricWorkbook } from './rubric-workbook';

describe('excelCellText', () => {
  it('keeps a text within the limit as it is, without the characters XML cannot hold', () => {
    expect(excelCellText('扣分\u000b原因\u0000')).toEqual({ text: '扣分原因', cutFrom: null });
    expect(excelCellText('字'.repeat(EXCEL_CELL_LIMIT)).cutFrom).toBeNull();
  });

  it('shortens a longer text to the limit, ending with the marker that gives the original length', () => {
    const fitted = excelCellText('评'.repeat(40_000));
    expect(fitted.cutFrom).toBe(40_000);
    expect(fitted.text).toHaveLength(EXCEL_CELL_LIMIT);
    expect(fitted.text.endsWith('…（原文共40000字，超出Excel单元格上限，已截断）')).toBe(true);
  });

  it('never leaves half of a surrogate pair where it cuts', () => {
    const marker = truncationMarker(40_000);
    const text = 'a' + '😀'.repeat(20_000);
    const fitted = excelCellText(text);
    const kept = fitted.text.slice(0, -marker.length);
    expect(kept).toMatch(/^a(?:😀)+$/u);
    expect(fitted.text.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
  });
});

describe('an export with a 40,000-character rule text', () => {
  it('opens in SheetJS with the cell within the limit and marked, and warns naming sheet and cell', async () => {
    const { system, scores, unitNames } = await seed004SixUnits();
    const long = '每发现一例未按规定办理的，扣0.5分；'.repeat(2200).slice(0, 40_000);
    const target = system.indicators.find((indicator) => indicator.name === '秒办件情况')!;
    const withLong = <T extends { id: string }>(indicator: T) =>
      indicator.id === target.id ? { ...indicator, ruleText: long } : indicator;
    const edited = { ...system, indicators: system.indicators.map(withLong) };
    const editedScores = { ...scores, columns: scores.columns.map((column) => ({ ...column, indicator: withLong(column.indicator) })) };
    const exported = await buildRubricWorkbook({
      system: edited,
      evaluationName: '2023年度评价',
      unitNames,
      scores: editedScores,
      records: new Map(),
      exportedOn: '2026-11-23',
    });
    const workbook = XLSX.read(exported.bytes, { type: 'array' });
    const sheet = workbook.Sheets['评分表-甲区']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    const rowIndex = rows.findIndex((row) => row[2] === '秒办件情况');
    const cell = String(rows[rowIndex]![4]);
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cell.startsWith(long.slice(0, 1000))).toBe(true);
    expect(cell.endsWith('…（原文共40000字，超出Excel单元格上限，已截断）')).toBe(true);
    // One warning per unit sheet carrying the rule text, each naming its sheet and cell.
    expect(exported.warnings).toHaveLength(unitNames.size);
    expect(exported.warnings).toContain(
      `工作表“评分表-甲区”单元格 E${rowIndex + 1}：文字共 40000 字，超出 Excel 单元格上限（32767 字），已截断并在单元格中注明。`,
    );
  });

  it('a ledger whose measure text holds U+000B and U+0000 opens in SheetJS with the text clean, and gives no warning', async () => {
    const rectification: Rectification = {
      ...{
        id: 'r1',
        unitId: 'u1',
        unitName: '甲区',
        source: { evaluationId: 'e1', indicatorId: 'm1' },
        problem: '窗口\u000b排队\u0000时间长',
        target: '',
        measures: '增设\u0000窗口',
      },
      ...{
        responsibleUnits: ['甲区政务服务中心'],
        owner: '',
        deadline: null,
        status: 'notStarted',
        progress: [],
        closedOn: null,
        closedBy: null,
      },
    };
    const exported = await buildLedgerWorkbook([rectification], '整改台账', '2026-11-23');
    expect(exported.warnings).toEqual([]);
    const text = JSON.stringify(XLSX.utils.sheet_to_json(XLSX.read(exported.bytes, { type: 'array' }).Sheets['整改台账']!, { header: 1 }));
    expect(text).toContain('窗口排队时间长');
    expect(text).not.toMatch(/\\u000[0b]/);
  });
});
