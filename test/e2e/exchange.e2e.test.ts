// Offices exchanging files, in real Chromium: a lead office prepares an evaluation, two
// inspectors (separate browser profiles) score different units from its package, a third profile
// merges both, resolves a planted conflict and exports the summary; an Excel fill-in sheet goes to
// an office without the app and comes back. Each describe block has its own fresh profiles and
// prepares the evaluation and the packages it reads through the app's own screens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import {
  ARTIFACTS as ALL_ARTIFACTS,
  chooseFile,
  downloadAs,
  freshApp,
  givenLeadEvaluation,
  mergePackageFile,
  moreProfiles,
  newEvaluationForm,
  openScreen,
  scoreAs,
  SEED_RUBRIC,
} from './steps';

const ARTIFACTS = join(ALL_ARTIFACTS, 'exchange');

/** In a new profile `page`, merges `basePackage` on the empty 评价批次 screen. */
async function givenPackageMerged(page: Page, basePackage: string): Promise<void> {
  await openScreen(page, '评价批次');
  const outcome = await mergePackageFile(page, basePackage);
  if (!/^已合并“.+”：新增 [1-9]/.test(outcome)) throw new Error(`the package was not merged: ${outcome}`);
}

describe('the lead office', () => {
  const app = freshApp();

  it('prepares the evaluation and sends a package', async () => {
    const lead = app.page;
    await openScreen(lead, '被评价单位');
    for (const unit of ['甲区', '乙区']) {
      await lead.getByTestId('unit-name').fill(unit);
      await lead.getByTestId('add-unit').click();
      await expect.poll(() => lead.locator('.ant-list-item').filter({ hasText: unit }).count()).toBe(1);
    }
    await openScreen(lead, '指标体系');
    await chooseFile(lead, SEED_RUBRIC, { buttonTestId: 'import-rubric' });
    await expect.poll(() => lead.getByTestId('rubric-summary').textContent()).toContain('36 项计分指标');
    const form = await newEvaluationForm(lead, '指标体系');
    for (const unit of ['甲区', '乙区']) await form.getByLabel(unit).check();
    await lead.getByTestId('create-evaluation').click();
    await lead.getByTestId('inspector').fill('组长');
    const path = await downloadAs(lead, 'export-package', join(ARTIFACTS, 'lead.kaoping'));
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('two inspectors and a third profile', () => {
  const profiles = moreProfiles();
  /** The lead office's package of an evaluation of 甲区 and 乙区 over seed 004's rubric, nothing scored, prepared in a profile of its own. */
  let basePackage = '';
  const app = freshApp(async () => {
    const lead = await profiles.open();
    await givenLeadEvaluation(lead, ['甲区', '乙区']);
    basePackage = await downloadAs(lead, 'export-package', join(ARTIFACTS, 'base.kaoping'));
  });

  it(
    'score from the package in their own profiles and send theirs back; the third merges both, sees the planted conflict, resolves it and exports the summary',
    { timeout: 400_000 },
    async () => {
      const zhang = await profiles.open();
      await givenPackageMerged(zhang, basePackage);
      await scoreAs(zhang, '张三', '甲区', '质量管理情况', '3');
      const zhangPackage = await downloadAs(zhang, 'export-package', join(ARTIFACTS, 'zhang.kaoping'));
      expect(readFileSync(zhangPackage).subarray(0, 2).toString()).toBe('PK');

      const li = await profiles.open();
      await givenPackageMerged(li, basePackage);
      await scoreAs(li, '李四', '乙区', '质量管理情况', '2');
      await scoreAs(li, '李四', '甲区', '质量管理情况', '1');
      const liPackage = await downloadAs(li, 'export-package', join(ARTIFACTS, 'li.kaoping'));
      expect(readFileSync(liPackage).subarray(0, 2).toString()).toBe('PK');

      const office = app.page;
      await openScreen(office, '评价批次');
      await mergePackageFile(office, zhangPackage);
      await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('3.00');
      await mergePackageFile(office, liPackage, 'import-package');
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
      const summaryPath = await downloadAs(office, 'export-rubric-excel', join(ARTIFACTS, 'merged-summary.xlsx'));
      const workbook = XLSX.read(readFileSync(summaryPath), { type: 'buffer' });
      const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
      expect(rows.slice(3, 5).map((row) => [row[0], row[1], row[row.length - 1]])).toEqual([
        [1, '乙区', 2],
        [2, '甲区', 1],
      ]);
    },
  );
});

describe('an Excel fill-in sheet', () => {
  /** The lead's evaluation, 组长 having scored 质量管理情况 1 at 甲区 and 2 at 乙区. */
  const app = freshApp(async (page) => {
    await givenLeadEvaluation(page, ['甲区', '乙区']);
    await scoreAs(page, '组长', '甲区', '质量管理情况', '1');
    await scoreAs(page, '组长', '乙区', '质量管理情况', '2');
  });

  it('goes to an office without the app, and the valid rows it returns are applied', async () => {
    const office = app.page;
    await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('1.00');
    await expect.poll(() => office.getByTestId('total-乙区').textContent()).toBe('2.00');
    const sheetPath = await downloadAs(office, 'export-fill-in', join(ARTIFACTS, 'fill-in.xlsx'));
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
    await chooseFile(office, returned, { buttonTestId: 'import-fill-in' });
    await expect.poll(() => office.getByTestId('fill-in-problems').textContent()).toContain('质量管理情况：得分 9 超过分值 3.00');
    await office.screenshot({ path: join(ARTIFACTS, 'fill-in-preview.png') });
    await office.locator('#apply-fill-in').click();
    // 甲区: 质量管理 1 + 秒办件 3 − 2 × 1 = 2; 乙区 keeps 2 (the invalid 9 was not applied).
    await expect.poll(() => office.getByTestId('total-甲区').textContent()).toBe('2.00');
    await expect.poll(() => office.getByTestId('total-乙区').textContent()).toBe('2.00');
  });
});

describe('merging packages that hold the same value', () => {
  const app = freshApp((page) => givenLeadEvaluation(page, ['东区', '西区']));
  const profiles = moreProfiles();

  it(
    'reports no conflict when the lead and an inspector entered the same value, the inspector saving it twice',
    { timeout: 400_000 },
    async () => {
      const lead = app.page;
      const base = await downloadAs(lead, 'export-package', join(ARTIFACTS, 'same-base.kaoping'));
      await scoreAs(lead, '组长', '东区', '质量管理情况', '2.5');

      const zhao = await profiles.open();
      await givenPackageMerged(zhao, base);
      await scoreAs(zhao, '赵六', '东区', '质量管理情况', '2.5');
      await scoreAs(zhao, '赵六', '东区', '质量管理情况', '2.5');
      const zhaoPackage = await downloadAs(zhao, 'export-package', join(ARTIFACTS, 'same-zhao.kaoping'));

      expect(await mergePackageFile(lead, zhaoPackage, 'import-package')).toMatch(
        /^已合并“same-zhao\.kaoping”：新增 0 项，更新 0 项，未变 \d+ 项$/,
      );
      expect(await lead.getByTestId('conflict-review').count()).toBe(0);
      expect(await lead.getByTestId('total-东区').textContent()).toBe('2.50');
    },
  );
});
