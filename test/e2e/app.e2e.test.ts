// The main journeys end to end, in real Chromium with real IndexedDB: import seed 000 through the
// UI, create units, score them, reload, export Excel and Word and read them back, run the ledger,
// score a rubric, and back up. Each describe block has a fresh profile brought to its starting
// state through the app's own screens (test/e2e/steps.ts), so every test can run alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import {
  ARTIFACTS,
  chooseFile,
  download,
  downloadSigned,
  freshApp,
  givenChecklistEvaluation,
  givenRubricEvaluation,
  givenSeedDocument,
  givenSeedRubric,
  givenUnits,
  SEED_000,
  SEED_RUBRIC,
  setStatus,
  storedRecords,
  until,
} from './steps';

const UNITS = ['涧西区', '西工区', '老城区'];

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** The statuses of the scored inspection, each awaited as chosen. */
const STATUSES: Array<[unit: string, row: number, label: string]> = [
  ['涧西区', 0, '落实'],
  ['涧西区', 1, '落实'],
  ['涧西区', 2, '部分落实'],
  ['涧西区', 3, '不适用'],
  ['西工区', 0, '落实'],
  ['西工区', 1, '未落实'],
  ['老城区', 0, '部分落实'],
];

/**
 * Seed 000 inspected at three units and scored: 涧西区 落实, 落实, 部分落实, 不适用 on the first four
 * measures; 西工区 落实, 未落实 (note 未见推行方案); 老城区 部分落实.
 */
async function givenScoredChecklist(page: Page): Promise<void> {
  await givenSeedDocument(page);
  await givenUnits(page, UNITS);
  await givenChecklistEvaluation(page, UNITS);
  for (const [unit, row, label] of STATUSES) await setStatus(page, unit, row, label);
  const note = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(1).getByPlaceholder('问题或佐证说明');
  await page.getByRole('tab', { name: '西工区' }).click();
  await note.fill('未见推行方案');
  await note.blur();
  await until(
    'the note stored',
    () => storedRecords(page, 'inputs'),
    (records) => records.some((record) => record.note === '未见推行方案'),
  );
  await until(
    'rate of 老城区',
    () => page.getByTestId('rate-老城区').textContent(),
    (text) => text === '0.94%',
  );
}

describe('a policy document imported', () => {
  const app = freshApp();
  it('imports seed 000 and shows its checklist', async () => {
    const { page } = app;
    await chooseFile(page, SEED_000);
    await page.getByTestId('review-save').click();
    await expect.poll(() => page.getByTestId('item-counts').textContent()).toBe('章节 6 · 重点任务 32 · 改革举措 53');
    await expect.poll(() => page.getByTestId('document-metadata').textContent()).toContain('洛政办〔2021〕39号');
    await expect.poll(() => page.getByTestId('checklist-table').textContent()).toContain('深入实施建设项目审批改革');
    await screenshot(page, '01-checklist');
    // The list is virtualised: a task further down is rendered once scrolled into view.
    const list = page.getByTestId('checklist-table');
    await expect
      .poll(async () => {
        await list.evaluate((holder) => holder.scrollBy(0, 300));
        return page.getByTestId('checklist-table').textContent();
      })
      .toContain('优化口岸监管模式');
    expect(await list.getByRole('row').count()).toBeLessThan(40);
    // The list reaches down to the window's bottom edge (24 px margin), and follows a resize.
    const bottomGap = async () => {
      const box = (await list.boundingBox())!;
      return page.viewportSize()!.height - box.y - box.height;
    };
    expect(await bottomGap()).toBeCloseTo(24, -1);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await expect.poll(bottomGap).toBeLessThan(30);
    await page.setViewportSize({ width: 1440, height: 900 });
    // Sections fold by their button and by the keyboard; ↓ moves to the next row and Enter opens it.
    await list.evaluate((holder) => holder.scrollTo(0, 0));
    const section = list.getByRole('row').filter({ hasText: '深入实施建设项目审批改革' }).first();
    await section.getByRole('button', { name: '收起' }).click();
    await expect.poll(() => list.textContent()).not.toContain('优化再造投资项目前期审批流程');
    expect(await section.getAttribute('aria-expanded')).toBe('false');
    await section.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => list.textContent()).toContain('优化再造投资项目前期审批流程');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('优化再造投资项目前期审批流程');
    await page.keyboard.press('Escape');
    const workbook = XLSX.read(await download(page, 'export-checklist'), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['重点任务清单']!, { header: 1 });
    expect(rows[2]).toEqual(['序号', '重点任务', '改革举措', '牵头单位', '责任单位', '完成时限']);
    expect(rows.length - 3).toBe(53);
  });
});

describe('a policy document imported twice, and files that are not policy documents', () => {
  const app = freshApp(givenSeedDocument);
  it('refuses the same file twice and bad files with a message naming the file, storing nothing', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '政策文件' }).click();
    await chooseFile(page, SEED_000);
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('未重复导入');
    writeFileSync(join(ARTIFACTS, 'empty.txt'), '');
    await chooseFile(page, join(ARTIFACTS, 'empty.txt'));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('“empty.txt”');
    writeFileSync(join(ARTIFACTS, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await chooseFile(page, join(ARTIFACTS, 'photo.txt'));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('这不是文本文件');
    writeFileSync(join(ARTIFACTS, 'notzip.docx'), '这是一个改了扩展名的文本文件');
    await chooseFile(page, join(ARTIFACTS, 'notzip.docx'));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('不是有效的 Word 文件');
    await screenshot(page, '02-import-error');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
  });
});

describe('a checklist inspection', () => {
  const app = freshApp(givenSeedDocument);
  it('creates three units and an evaluation over them, scores them, ranks them, and keeps every change across a reload', async () => {
    const { page } = app;
    await givenUnits(page, UNITS);
    await screenshot(page, '03-units');
    await givenChecklistEvaluation(page, UNITS);
    for (const [unit, row, label] of STATUSES) await setStatus(page, unit, row, label);
    // 涧西区: (2 + 0.5) / (53 − 1) = 4.81%; 西工区: 1 / 53 = 1.89%; 老城区: 0.5 / 53 = 0.94%.
    await expect.poll(() => page.getByTestId('rate-涧西区').textContent()).toBe('4.81%');
    await expect.poll(() => page.getByTestId('rate-西工区').textContent()).toBe('1.89%');
    await expect.poll(() => page.getByTestId('rate-老城区').textContent()).toBe('0.94%');
    await page.getByRole('tab', { name: '西工区' }).click();
    const note = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(1).getByPlaceholder('问题或佐证说明');
    await note.fill('未见推行方案');
    await note.blur();
    await page.getByRole('tab', { name: '涧西区' }).click();
    await screenshot(page, '04-evaluation');
    await page.reload();
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await expect.poll(() => page.getByTestId('rate-涧西区').textContent()).toBe('4.81%');
    const thirdRow = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(2);
    await expect.poll(() => thirdRow.locator('.ant-radio-button-wrapper-checked').textContent()).toBe('部分落实');
    await page.getByRole('tab', { name: '西工区' }).click();
    await expect
      .poll(() =>
        page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(1).getByPlaceholder('问题或佐证说明').inputValue(),
      )
      .toBe('未见推行方案');
  });
});

describe('exports of a scored checklist inspection', () => {
  const app = freshApp(givenScoredChecklist);
  it('exports the Excel score sheet with all units ranked', async () => {
    const { page } = app;
    const bytes = await download(page, 'export-excel');
    const workbook = XLSX.read(bytes, { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['汇总排名', '评分表-涧西区', '评分表-西工区', '评分表-老城区']);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
    expect(summary[3]?.slice(0, 2)).toEqual([1, '涧西区']);
    expect(summary[3]?.[8]).toBe(4.81);
    expect(summary[4]?.slice(0, 2)).toEqual([2, '西工区']);
    expect(summary[5]?.slice(0, 2)).toEqual([3, '老城区']);
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['评分表-西工区']!, { header: 1 });
    expect(sheet[4]?.[7]).toBe('未落实');
    expect(sheet[4]?.[9]).toBe('未见推行方案');
  });

  it('exports the Word rectification report of a unit with its findings', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '西工区' }).click();
    const bytes = await downloadSigned(page, 'export-word');
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain('西工区关于');
    expect(text).toContain('主要问题：一是“精简规范社会投资小型仓储项目');
    expect(text).toContain('未见推行方案');
    expect(text).toContain('责任单位：市住建局');
    await screenshot(page, '05-exported');
  });

  it('zips every unit’s report in a worker and builds the consolidated report', async () => {
    const { page } = app;
    const zip = await downloadSigned(page, 'export-batch');
    expect(Object.keys(unzipSync(new Uint8Array(zip))).sort()).toEqual(
      ['涧西区-整改报告.docx', '老城区-整改报告.docx', '西工区-整改报告.docx'].sort(),
    );
    const consolidated = await downloadSigned(page, 'export-consolidated', '洛阳市优化营商环境工作领导小组办公室');
    const text = (await mammoth.extractRawText({ buffer: consolidated })).value;
    expect(text).toMatch(/洛阳市优化营商环境工作领导小组办公室\s*\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toContain('2026年营商环境督查评价发现问题整改报告');
    expect(text).toContain('（二）西工区');
  });

  it('puts a unit’s report on the default GB/T 9704 template with its 文号 and 主送', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '西工区' }).click();
    await page.getByTestId('export-official').click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '按公文格式导出' });
    await dialog.getByLabel('文号').fill('西政办〔2026〕12号');
    await dialog.getByLabel('主送机关').fill('市优化营商环境工作领导小组办公室');
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
    const path = join(ARTIFACTS, file.suggestedFilename());
    await file.saveAs(path);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(path) })).value;
    expect(text).toContain('西工区文件');
    expect(text).toContain('西政办〔2026〕12号');
    expect(text).toContain('市优化营商环境工作领导小组办公室：');
    expect(text).toContain('二、存在问题及整改措施');
  });
});

describe('the rectification ledger', () => {
  const app = freshApp(givenScoredChecklist);
  it('turns findings into the ledger, takes a unit’s feedback sheet back and closes an item out', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await page.getByTestId('to-ledger').click();
    const table = page.getByTestId('ledger-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 30_000 }).toBe(3);
    await page.getByTestId('ledger-unit').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '西工区' }).click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    const sheet = await download(page, 'export-feedback');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.buffer.slice(sheet.byteOffset, sheet.byteOffset + sheet.byteLength) as ArrayBuffer);
    const rows = workbook.getWorksheet('整改进展反馈表')!;
    rows.getCell(4, 6).value = '已完成';
    rows.getCell(4, 7).value = '推行方案已印发';
    rows.getCell(4, 8).value = '2026-11-20';
    const returned = join(ARTIFACTS, '西工区-反馈.xlsx');
    await workbook.xlsx.writeFile(returned);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-feedback').click()]);
    await chooser.setFiles(returned);
    await page.locator('#apply-feedback').click();
    await expect.poll(() => table.textContent()).toContain('已完成');
    await table.getByRole('button', { name: '销号' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '销号' }).click();
    await expect.poll(() => table.textContent()).toContain('已销号');
    await table.locator('.ant-table-row-expand-icon').first().click();
    await expect.poll(() => table.textContent()).toContain('2026-11-20 西工区（反馈表）：推行方案已印发（已完成）');
    await screenshot(page, '09-ledger');
    await page
      .getByTestId('ledger-unit')
      .locator('.ant-select-clear')
      .click({ force: true })
      .catch(() => undefined);
    const ledger = XLSX.read(await download(page, 'export-ledger'), { type: 'buffer' });
    const ledgerRows = XLSX.utils.sheet_to_json<unknown[]>(ledger.Sheets['整改台账']!, { header: 1 });
    expect(ledgerRows[2]?.[1]).toBe('被评价单位');
    expect(ledgerRows.slice(3).some((row) => String(row[10]).startsWith('已销号'))).toBe(true);
  });
});

describe('an indicator system imported', () => {
  const app = freshApp();
  it('imports the seed 004 rubric from Excel and shows its categories and parsed rules', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '指标体系' }).click();
    await chooseFile(page, SEED_RUBRIC, { buttonTestId: 'import-rubric' });
    await expect.poll(() => page.getByTestId('rubric-summary').textContent()).toContain('基础分合计 100.00 分 · 36 项计分指标');
    const table = page.getByTestId('indicator-table');
    await expect.poll(() => table.textContent()).toContain('基础分1.5分，按由低到高排名，前4名加0.5分，后4名减0.5分。');
    await expect.poll(() => table.textContent()).toContain('部门评分（省住房城乡建设厅）');
    await screenshot(page, '06-rubric');
  });
});

describe('rubric scoring', () => {
  const app = freshApp(async (page) => {
    await givenSeedRubric(page);
    await givenUnits(page, ['涧西区', '西工区']);
    await givenRubricEvaluation(page, ['涧西区', '西工区']);
  });
  it('scores a unit: each input shows its points and reason at once, totals rank, all survive a reload, and the score sheet exports them', async () => {
    const { page } = app;
    await page.getByTestId('input-秒办件情况').fill('4');
    await page.getByTestId('input-秒办件情况').press('Enter');
    await expect.poll(() => page.getByTestId('points-秒办件情况').textContent()).toBe('0.00');
    await expect
      .poll(() => page.getByTestId('reason-秒办件情况').textContent())
      .toBe('基础分 3.00分，4 次 × 1.00分，扣 3.00分（扣完为止）');
    await page.getByTestId('input-质量管理情况').fill('2.5');
    await page.getByTestId('input-质量管理情况').press('Enter');
    await page.getByTestId('input-系统互联情况').getByText('实现了与不动产系统对接').click();
    await page.getByTestId('input-系统互联情况').getByText('与市、县（区）燃气报装系统对接').click();
    await expect.poll(() => page.getByTestId('points-系统互联情况').textContent()).toBe('2.00');
    await expect.poll(() => page.getByTestId('total-涧西区').textContent()).toBe('4.50');
    await expect.poll(() => page.getByTestId('total-西工区').textContent()).toBe('0.00');
    await screenshot(page, '07-rubric-scoring');
    await page.reload();
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await expect.poll(() => page.getByTestId('total-涧西区').textContent()).toBe('4.50');
    await expect.poll(() => page.getByTestId('unit-scoring-table').textContent()).toContain('张督查');
    const bytes = await download(page, 'export-rubric-excel');
    const workbook = XLSX.read(bytes, { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['汇总排名', '评分表-涧西区', '评分表-西工区']);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
    expect(summary[3]?.[1]).toBe('涧西区');
    expect(summary[3]?.[summary[3]!.length - 1]).toBe(4.5);
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['评分表-涧西区']!, { header: 1, defval: null });
    const row = sheet.find((cells) => cells[2] === '秒办件情况')!;
    expect(row[5]).toBe(0);
    expect(String(row[6])).toContain('扣完为止');
    expect(String(row[8])).toContain('张督查');
  });
});

/** How dark the grid's canvas is under `cell`'s box: the sum over its pixels of 765 − (R + G + B). */
async function inkOnCanvasUnder(page: Page, cell: Locator): Promise<number> {
  const box = (await cell.boundingBox())!;
  return page
    .getByTestId('score-grid')
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement, box) => {
      const frame = canvas.getBoundingClientRect();
      const ratio = canvas.width / frame.width;
      // Inside the cell's grid lines, so only its text counts.
      const { data } = canvas
        .getContext('2d')!
        .getImageData((box.x - frame.left + 2) * ratio, (box.y - frame.top + 2) * ratio, (box.width - 4) * ratio, (box.height - 4) * ratio);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) ink += 765 - data[i]! - data[i + 1]! - data[i + 2]!;
      return ink;
    }, box);
}

describe('the overview grid', () => {
  const app = freshApp(async (page) => {
    await givenSeedRubric(page);
    await givenUnits(page, ['涧西区', '西工区']);
    await givenRubricEvaluation(page, ['涧西区', '西工区']);
  });
  it('shows units × indicators and takes an input in a cell', async () => {
    const { page } = app;
    await page.getByTestId('view-switch').getByText('总览表（单位 × 指标）').click();
    const grid = page.getByTestId('score-grid');
    await expect.poll(() => grid.textContent()).toContain('西工区');
    const row = grid.getByRole('row').filter({ hasText: '西工区' });
    const cell = row.getByRole('gridcell').nth(1); // after the total: the first indicator
    await expect.poll(() => cell.textContent()).toBe('—');
    const inkBefore = await inkOnCanvasUnder(page, cell);
    await cell.hover();
    await expect.poll(() => cell.getAttribute('title')).toBe('未评分');
    await cell.click();
    await page.keyboard.type('80'); // typed on the active cell, as in Excel
    await expect.poll(() => page.getByTestId('grid-entry').getAttribute('aria-label')).toBe('西工区 · 审批办件/审批项目比例');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('total-西工区').textContent()).toBe('3.00');
    // The canvas that shows the cell repainted it: "3.00" in the text colour, not a pale "—".
    await expect.poll(() => cell.textContent()).toBe('3.00');
    expect(await inkOnCanvasUnder(page, cell)).toBeGreaterThan(3 * inkBefore);
    // Its hover text is the new reason, not the one shown before the input.
    await page.mouse.move(0, 0);
    await cell.hover();
    await expect.poll(() => cell.getAttribute('title')).toContain('3.00');
    await screenshot(page, '08-score-grid');
  });
});

describe('backup and restore', () => {
  const app = freshApp((page) => givenUnits(page, UNITS));
  it('takes a backup and restores it, the data before the restore being backed up too', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.getByTestId('backup-now').click();
    const table = page.getByTestId('backup-table');
    await expect.poll(() => table.textContent()).toContain('手动备份');
    await page.getByRole('menuitem', { name: '被评价单位' }).click();
    const item = page.locator('.ant-list-item').filter({ hasText: '老城区' });
    await item.getByText('删除').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('.ant-list-item').filter({ hasText: '老城区' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await table.locator('tbody tr').filter({ hasText: '手动备份' }).first().getByTestId('restore-backup').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => table.textContent()).toContain('恢复前自动备份');
    await screenshot(page, '10-backup');
    await page.getByRole('menuitem', { name: '被评价单位' }).click();
    await expect.poll(() => page.locator('.ant-list-item').filter({ hasText: '老城区' }).count()).toBe(1);
  });
});
