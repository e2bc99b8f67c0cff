// Offices exchanging files, in real Chromium: a lead office prepares an evaluation, two
// inspectors (separate browser profiles) score different units from its package, a third profile
// merges both, resolves a planted conflict and exports the summary.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { SEEDS_DIR } from '../fixtures/seeds';
import { launchProfile } from './chromium';
import { serveStatic } from './static-server';
import { confirmMerge } from './steps';

const ARTIFACTS = 'test/artifacts/exchange';
const RUBRIC = join(SEEDS_DIR, 'office', '004_办理建筑许可营商环境部门评分细则.xlsx');

let server: Awaited<ReturnType<typeof serveStatic>>;
const contexts: BrowserContext[] = [];

async function open(): Promise<Page> {
  const context = await launchProfile();
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  return page;
}

async function chooseFile(page: Page, testId: string, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(testId).click()]);
  await chooser.setFiles(path);
}

/** Picks a package with the button `testId`, merges it in the merge dialog and closes it; returns the outcome shown. */
async function mergePackage(page: Page, testId: string, path: string): Promise<string> {
  await chooseFile(page, testId, path);
  await confirmMerge(page);
  const outcome = page.getByTestId('merge-package-outcome');
  await expect.poll(() => outcome.count()).toBe(1);
  const text = (await outcome.textContent()) ?? '';
  await page.getByTestId('merge-package-close').click();
  await expect.poll(() => page.getByTestId('merge-package-dialog').count()).toBe(0);
  return text;
}

async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return path;
}

async function score(page: Page, inspector: string, unit: string, indicator: string, value: string): Promise<void> {
  await page.getByTestId('inspector').fill(inspector);
  await page.getByTestId('rubric-unit-tabs').getByRole('tab', { name: unit }).click();
  await page.getByTestId(`input-${indicator}`).fill(value);
  await page.getByTestId(`input-${indicator}`).press('Enter');
  await expect.poll(() => page.getByTestId(`points-${indicator}`).textContent()).toBe(Number(value).toFixed(2));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveStatic('out/web');
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await server?.close();
});

describe('exchanging evaluation packages between offices', () => {
  let basePackage = '';
  let zhangPackage = '';
  let liPackage = '';
  let office: Page;

  it('the lead office prepares the evaluation and sends a package', async () => {
    const lead = await open();
    await lead.getByRole('menuitem', { name: '被评价单位' }).click();
    for (const unit of ['甲区', '乙区']) {
      await lead.getByTestId('unit-name').fill(unit);
      await lead.getByTestId('add-unit').click();
    }
    await lead.getByRole('menuitem', { name: '指标体系' }).click();
    await chooseFile(lead, 'import-rubric', RUBRIC);
    await expect.poll(() => lead.getByTestId('rubric-summary').textContent()).toContain('36 项计分指标');
    await lead.getByRole('menuitem', { name: '指标评分' }).click();
    for (const unit of ['甲区', '乙区']) await lead.getByTestId('new-rubric-evaluation-form').getByLabel(unit).check();
    await lead.getByTestId('create-rubric-evaluation').click();
    await lead.getByTestId('inspector').fill('组长');
    basePackage = await download(lead, 'export-package', 'base.kaoping');
    expect(readFileSync(basePackage).subarray(0, 2).toString()).toBe('PK');
  });

  it('two inspectors score from the package in their own profiles and send theirs back', async () => {
    const zhang = await open();
    await zhang.getByRole('menuitem', { name: '指标评分' }).click();
    await mergePackage(zhang, 'import-package-empty', basePackage);
    await score(zhang, '张三', '甲区', '质量管理情况', '3');
    zhangPackage = await download(zhang, 'export-package', 'zhang.kaoping');

    const li = await open();
    await li.getByRole('menuitem', { name: '指标评分' }).click();
    await mergePackage(li, 'import-package-empty', basePackage);
    await score(li, '李四', '乙区', '质量管理情况', '2');
    await score(li, '李四', '甲区', '质量管理情况', '1');
    liPackage = await download(li, 'export-package', 'li.kaoping');
  });

  it('a third profile merges both, sees the planted conflict, resolves it and exports the summary', async () => {
    office = await open();
    await office.getByRole('menuitem', { name: '指标评分' }).click();
    await mergePackage(office, 'import-package-empty', zhangPackage);
    await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('3.00');
    await mergePackage(office, 'import-package', liPackage);
    const review = office.getByTestId('conflict-review');
    await expect.poll(() => review.textContent()).toContain('有 1 处合并冲突');
    await expect.poll(() => review.textContent()).toContain('甲区 · 质量管理情况');
    await expect.poll(() => review.textContent()).toContain('3（张三');
    await expect.poll(() => review.textContent()).toContain('1（据包声明：李四');
    await expect.poll(() => office.getByTestId('total-乙区').textContent()).toBe('2.00');
    await office.screenshot({ path: join(ARTIFACTS, 'merge-review.png') });
    await review.getByTestId('keep-theirs').click();
    await expect.poll(() => office.getByTestId('conflict-review').count()).toBe(0);
    await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('1.00');
    const summaryPath = await download(office, 'export-rubric-excel', 'merged-summary.xlsx');
    const workbook = XLSX.read(readFileSync(summaryPath), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
    expect(rows.slice(3, 5).map((row) => [row[0], row[1], row[row.length - 1]])).toEqual([
      [1, '乙区', 2],
      [2, '甲区', 1],
    ]);
  });

  it('sends an Excel fill-in sheet to an office without the app and applies the valid rows it returns', async () => {
    const sheetPath = await download(office, 'export-fill-in', 'fill-in.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheetPath);
    workbook.getWorksheet('填表说明')!.getCell('B7').value = '王科长';
    const setValue = (unit: string, indicator: string, value: ExcelJS.CellValue) => {
      const sheet = workbook.getWorksheet(unit)!;
      sheet.eachRow((row) => {
        if (row.getCell(3).value === indicator) row.getCell(7).value = value;
      });
    };
    setValue('甲区', '秒办件情况', 2);
    setValue('乙区', '质量管理情况', 9);
    const returned = join(ARTIFACTS, 'fill-in-returned.xlsx');
    await workbook.xlsx.writeFile(returned);
    await chooseFile(office, 'import-fill-in', returned);
    await expect.poll(() => office.getByTestId('fill-in-problems').textContent()).toContain('质量管理情况：得分 9 超过分值 3.00');
    await office.screenshot({ path: join(ARTIFACTS, 'fill-in-preview.png') });
    await office.locator('#apply-fill-in').click();
    // 甲区: 质量管理 1 + 秒办件 3 − 2 × 1 = 2; 乙区 keeps 2 (the invalid 9 was not applied).
    await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('2.00');
    await expect.poll(() => office.getByTestId('total-乙区').textContent()).toBe('2.00');
  });
});

describe('merging packages that hold the same value', () => {
  it(
    'reports no conflict when the lead and an inspector entered the same value, the inspector saving it twice',
    { timeout: 400_000 },
    async () => {
      const lead = await open();
      await lead.getByRole('menuitem', { name: '被评价单位' }).click();
      for (const unit of ['东区', '西区']) {
        await lead.getByTestId('unit-name').fill(unit);
        await lead.getByTestId('add-unit').click();
      }
      await lead.getByRole('menuitem', { name: '指标体系' }).click();
      await chooseFile(lead, 'import-rubric', RUBRIC);
      await expect.poll(() => lead.getByTestId('rubric-summary').textContent()).toContain('36 项计分指标');
      await lead.getByRole('menuitem', { name: '指标评分' }).click();
      for (const unit of ['东区', '西区']) await lead.getByTestId('new-rubric-evaluation-form').getByLabel(unit).check();
      await lead.getByTestId('create-rubric-evaluation').click();
      await lead.getByTestId('inspector').fill('组长');
      const base = await download(lead, 'export-package', 'same-base.kaoping');
      await score(lead, '组长', '东区', '质量管理情况', '2.5');

      const zhao = await open();
      await zhao.getByRole('menuitem', { name: '指标评分' }).click();
      await mergePackage(zhao, 'import-package-empty', base);
      await score(zhao, '赵六', '东区', '质量管理情况', '2.5');
      await score(zhao, '赵六', '东区', '质量管理情况', '2.5');
      const zhaoPackage = await download(zhao, 'export-package', 'same-zhao.kaoping');

      expect(await mergePackage(lead, 'import-package', zhaoPackage)).toMatch(
        /^已合并“same-zhao\.kaoping”：新增 0 项，更新 0 项，未变 \d+ 项$/,
      );
      expect(await lead.getByTestId('conflict-review').count()).toBe(0);
      expect(await lead.getByTestId('total-东区').textContent()).toBe('2.50');
    },
  );
});
