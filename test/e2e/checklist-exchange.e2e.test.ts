// A checklist inspection in the field, in real Chromium: the office sends each inspector a
// package of one unit; the inspectors, in profiles of their own and offline, record statuses with
// a note and a photo and send their results back; the office merges both, resolves the conflict
// planted by scoring a measure itself meanwhile, and exports the score workbook and the 整改报告.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import {
  ARTIFACTS as ALL_ARTIFACTS,
  chooseFile,
  confirmMerge,
  download,
  downloadSigned,
  freshApp,
  givenChecklistEvaluation,
  givenSeedDocument,
  givenUnits,
  mergePackageFile,
  moreProfiles,
  openScreen,
  setStatus,
  storedRecords,
  until,
  untilAnimationsEnd,
  untilEvidenceCellOpen,
} from './steps';

const ARTIFACTS = join(ALL_ARTIFACTS, 'checklist-exchange');
const UNITS = ['甲区', '乙区'];

const rows = (page: Page) => page.getByTestId('assessment-table').locator('tbody tr.ant-table-row');

/** Saves the package the 导出评价包 menu item `label` gives (a unit's, or the inspector's results) at `name`. */
async function exportPackageItem(page: Page, label: RegExp, name: string): Promise<string> {
  await untilAnimationsEnd(page);
  await page.getByTestId('export-package').locator('.ant-dropdown-trigger').click();
  const item = page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').filter({ hasText: label });
  await item.waitFor();
  // The menu settles first: a click while it still opens can be lost.
  await untilAnimationsEnd(page);
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return path;
}

/** Shows the 总览表 + 逐单位评分 view of the evaluation on screen. */
async function scoringView(page: Page): Promise<void> {
  await page.getByTestId('evaluation-view').getByText('总览表与逐单位评分').click();
  await page.getByTestId('unit-scoring-table').waitFor();
}

/** Shows the 清单视图 of the evaluation on screen. */
async function checklistView(page: Page): Promise<void> {
  await page.getByTestId('evaluation-view').getByText('清单视图').click();
  await rows(page).first().waitFor();
}

/**
 * In an inspector's fresh profile: merges the unit package, then as `inspector` sets `statuses`
 * (row, label) at `unit` with `note` on the first row and a photo as its evidence; sends back a
 * package of the inspector's results.
 */
async function inspectorScores(
  page: Page,
  unitPackage: string,
  inspector: string,
  unit: string,
  statuses: ReadonlyArray<readonly [number, string]>,
  note: string,
): Promise<string> {
  await openScreen(page, '评价批次');
  const outcome = await mergePackageFile(page, unitPackage);
  expect(outcome).toMatch(/^已合并“.+”：新增 [1-9]/);
  await rows(page).first().waitFor();
  await page.getByTestId('inspector').fill(inspector);
  for (const [row, label] of statuses) await setStatus(page, unit, row, label);
  const noteInput = rows(page).nth(0).getByPlaceholder('问题或佐证说明');
  await noteInput.fill(note);
  await noteInput.blur();
  await until(
    `${inspector}'s note stored`,
    () => storedRecords(page, 'inputs'),
    (records) => records.some((record) => record.note === note && record.inspector === inspector),
  );
  await scoringView(page);
  const cell = page
    .getByTestId('unit-scoring-table')
    .locator('[data-testid^="evidence-"]:not([data-testid$="-camera"]):not([data-testid="evidence-file"])')
    .first();
  await untilEvidenceCellOpen(cell);
  const png = readFileSync('build/icon.png').toString('base64');
  await cell.evaluate(
    (element, [base64, name]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64!), (char) => char.charCodeAt(0))], name!, { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    [png, `${inspector}-现场照片.png`],
  );
  await cell.locator(`img[alt="${inspector}-现场照片.png"]`).waitFor();
  return exportPackageItem(page, new RegExp(`^只含“${inspector}”的评分`), `${inspector}.kaoping`);
}

describe('a checklist inspection in the field', () => {
  const profiles = moreProfiles();
  /** The office: the seed document, 甲区 and 乙区, an inspection of both, nothing scored. */
  const app = freshApp(async (page) => {
    await givenSeedDocument(page);
    await givenUnits(page, UNITS);
    await givenChecklistEvaluation(page, UNITS);
    await page.getByTestId('inspector').fill('组长');
  });

  it(
    'goes out per unit, comes back scored with notes and photos from two inspectors, merges with a planted conflict resolved, and exports',
    { timeout: 400_000 },
    async () => {
      const office = app.page;
      await scoringView(office);
      const packages: Record<string, string> = {};
      for (const unit of UNITS) {
        await office.getByTestId('rubric-unit-tabs').getByRole('tab', { name: unit }).click();
        packages[unit] = await exportPackageItem(office, new RegExp(`^只含“${unit}”`), `${unit}.kaoping`);
      }
      await checklistView(office);
      // Meanwhile the office records 甲区's first measure itself: 张三's version of it will meet it as a conflict.
      await setStatus(office, '甲区', 0, '未落实');

      const zhang = await inspectorScores(
        await profiles.open(),
        packages['甲区']!,
        '张三',
        '甲区',
        [
          [0, '部分落实'],
          [1, '落实'],
        ],
        '台账只建了一半',
      );
      const li = await inspectorScores(
        await profiles.open(),
        packages['乙区']!,
        '李四',
        '乙区',
        [
          [0, '落实'],
          [1, '不适用'],
        ],
        '已全面推行',
      );

      await mergePackageFile(office, zhang, 'import-package');
      await mergePackageFile(office, li, 'import-package');
      await scoringView(office);
      const review = office.getByTestId('conflict-review');
      await expect.poll(() => review.textContent()).toContain('有 1 处合并冲突');
      await office.screenshot({ path: join(ARTIFACTS, 'merge-review.png') });
      await review.getByTestId('keep-theirs').click();
      await expect.poll(() => office.getByTestId('conflict-review').count()).toBe(0);

      await checklistView(office);
      // 甲区: (0.5 + 1) / 53 = 2.83%; 乙区: 1 / (53 − 1) = 1.92%.
      await expect.poll(() => office.getByTestId('rate-甲区').textContent()).toBe('2.83%');
      await expect.poll(() => office.getByTestId('rate-乙区').textContent()).toBe('1.92%');
      const cells = await storedRecords(office, 'inputs');
      expect(cells.map((cell) => [cell.value, cell.inspector, cell.note]).sort()).toEqual(
        [
          [1, '张三', '台账只建了一半'],
          [2, '张三', ''],
          [2, '李四', '已全面推行'],
          [null, '李四', ''],
        ].sort(),
      );
      expect((await storedRecords(office, 'evidence')).map((entry) => [entry.name, entry.type]).sort()).toEqual([
        ['张三-现场照片.png', 'image/png'],
        ['李四-现场照片.png', 'image/png'],
      ]);

      const workbook = XLSX.read(await download(office, 'export-excel'), { type: 'buffer' });
      expect(workbook.SheetNames).toEqual(['汇总排名', '评分表-甲区', '评分表-乙区']);
      const summary = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['汇总排名']!, { header: 1 });
      expect([summary[3]?.slice(0, 2), summary[3]?.[8], summary[4]?.slice(0, 2), summary[4]?.[8]]).toEqual([
        [1, '甲区'],
        2.83,
        [2, '乙区'],
        1.92,
      ]);
      await office.getByTestId('unit-tabs').getByRole('tab', { name: '甲区' }).click();
      const report = (await mammoth.extractRawText({ buffer: await downloadSigned(office, 'export-word') })).value;
      expect(report).toContain('甲区关于');
      expect(report).toContain('台账只建了一半');
    },
  );
});

describe('a merge the office refuses', () => {
  const profiles = moreProfiles();
  const app = freshApp(async (page) => {
    await givenSeedDocument(page);
    await givenUnits(page, UNITS);
    await givenChecklistEvaluation(page, UNITS);
  });

  it('names the file when the package’s checklist differs from the office’s, and stores nothing of it', async () => {
    const office = app.page;
    await scoringView(office);
    const full = join(ARTIFACTS, 'full.kaoping');
    const [file] = await Promise.all([
      office.waitForEvent('download'),
      office.getByTestId('export-package').locator('button').first().click(),
    ]);
    await file.saveAs(full);
    const field = await profiles.open();
    await openScreen(field, '评价批次');
    await mergePackageFile(field, full);
    // The field's copy of the checklist edited behind the app's back: a measure's wording changed.
    await field.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('kaoping');
          request.onsuccess = () => {
            const transaction = request.result.transaction('items', 'readwrite');
            const store = transaction.objectStore('items');
            const all = store.getAll();
            all.onsuccess = () => {
              const measure = (all.result as Array<{ kind: string }>).find((item) => item.kind === 'measure')!;
              store.put({ ...measure, text: '改写后的举措正文。' });
            };
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    const back = join(ARTIFACTS, 'changed.kaoping');
    await scoringView(field);
    const [returned] = await Promise.all([
      field.waitForEvent('download'),
      field.getByTestId('export-package').locator('button').first().click(),
    ]);
    await returned.saveAs(back);

    const before = await storedRecords(office, 'items');
    await chooseFile(office, back, { buttonTestId: 'import-package' });
    await confirmMerge(office);
    await expect
      .poll(() => office.getByTestId('merge-package-error').textContent())
      .toMatch(/“changed\.kaoping”的政策文件与本机版本不同：.+的内容已改动/);
    expect(await storedRecords(office, 'items')).toEqual(before);
  });
});
