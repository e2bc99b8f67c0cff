// Review before saving, in real Chromium with real IndexedDB: a compilation is parsed, shown with
// warnings and the source beside each item, edited (field, split, merge, drop, undo), one
// document left out, and saved; nothing is stored before 保存, and a discarded import leaves no trace.
// Each describe block has its own fresh profile, brought to its state through the review itself.
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { SEED, SEEDS_DIR } from '../fixtures/seeds';
import { chooseFile, freshApp, openScreen, storedRecords, until, untilAnimationsEnd } from './steps';

const COMPILATION = join(SEEDS_DIR, SEED.compilation2023);
/** The compilation's provincial work plan (关于印发全省…): 11 sections, 13 tasks, 26 measures. */
const PLAN_COUNTS = '章节 11 · 重点任务 13 · 改革举措 26';

const storedCount = async (page: Page, table: string) => (await storedRecords(page, table)).length;
const counts = (page: Page) => page.getByTestId('review-counts').textContent();
const row = (page: Page, text: string) => page.getByTestId('review-table').getByRole('row').filter({ hasText: text }).first();

/** Chooses the document whose title starts with `typed` in the review's document list. */
async function chooseReviewDocument(page: Page, typed: string): Promise<void> {
  await page.getByTestId('review-document').click();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

/** At 1440×900, the compilation (seed 004) chosen on 政策文件 and open in the review, nothing saved. */
async function givenCompilationInReview(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await chooseFile(page, COMPILATION);
  await page.getByTestId('import-review').waitFor();
}

/** The compilation in the review, showing its provincial work plan. */
async function givenPlanInReview(page: Page): Promise<void> {
  await givenCompilationInReview(page);
  await chooseReviewDocument(page, '关于印发全省');
  await until(
    'counts of the work plan',
    () => counts(page),
    (text) => text === PLAN_COUNTS,
  );
}

/** Gives the review's item `text` the deadline `deadline` in its editor. */
async function editDeadline(page: Page, text: string, deadline: string): Promise<void> {
  await row(page, text).dblclick();
  await page.getByTestId('edit-deadline').fill(deadline);
  await page
    .getByRole('button', { name: '确 定' })
    .or(page.getByRole('button', { name: '确定' }))
    .click();
}

/** Leaves the compilation's 湖北省人民政府办公厅关于加快… out of the review and saves the other 22 documents. */
async function saveAllButOne(page: Page): Promise<void> {
  await chooseReviewDocument(page, '湖北省人民政府办公厅关于加快');
  await page.getByTestId('review-include').click();
  await until(
    'the save button',
    () => page.getByTestId('review-save').textContent(),
    (text) => text === '保存 22 份文件',
  );
  await page.getByTestId('review-save').click();
  await page.getByTestId('document-metadata').waitFor();
}

/** The compilation saved but for one document: 22 documents stored. */
async function givenCompilationSaved(page: Page): Promise<void> {
  await givenCompilationInReview(page);
  await saveAllButOne(page);
  await until(
    'documents stored',
    () => storedCount(page, 'documents'),
    (count) => count === 22,
  );
}

/** On 责任单位, merges the owner names `names` (found by the search box) into `keep`. */
async function mergeOwnerNames(page: Page, names: readonly string[], keep: string): Promise<void> {
  const units = page.getByTestId('owner-units');
  for (const name of names) {
    await page.getByTestId('owner-search').locator('input').fill(name);
    await units
      .locator('.ant-table-row')
      .filter({ has: page.getByRole('cell', { name, exact: true }) })
      .locator('input[type=checkbox]')
      .check();
  }
  await page.getByTestId('merge-keep').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${keep}$`) })
    .click();
  await page.getByTestId('merge-selected').click();
  await page.getByText(new RegExp(`已合并为“${keep}”`)).waitFor();
}

/** The compilation saved but for one document, the city's commission written 市发展改革委 and 市发改委 merged as 市发改委. */
async function givenCommissionMerged(page: Page): Promise<void> {
  await givenCompilationSaved(page);
  await openScreen(page, '责任单位');
  await mergeOwnerNames(page, ['市发展改革委', '市发改委'], '市发改委');
}

/** Waits `frames` animation frames of the page: whatever a render scheduled has run. */
async function frames(page: Page, frames: number): Promise<void> {
  await page.evaluate(async (count) => {
    for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, frames);
}

describe('an import under review', () => {
  const app = freshApp(givenCompilationInReview);

  it('shows the parsed compilation without storing anything', async () => {
    const { page } = app;
    await expect.poll(() => page.getByTestId('review-save').textContent()).toBe('保存 23 份文件');
    expect(await storedCount(page, 'documents')).toBe(0);
    expect(await storedCount(page, 'items')).toBe(0);
    await chooseReviewDocument(page, '关于印发全省');
    await expect.poll(() => counts(page)).toBe(PLAN_COUNTS);
  });
});

describe('the warnings and sources of an import under review', () => {
  const app = freshApp(givenPlanInReview);

  it('lists the line no item took and shows it when chosen; shows an item’s source beside it', async () => {
    const { page } = app;
    await page.getByText('需要核对 5 处（点击定位）').waitFor();
    await page.getByText('第 1337 行未解析').click();
    await expect.poll(() => page.getByTestId('unparsed-line').textContent()).toContain('国家及省市营商环境政策汇编（2023）');
    await row(page, '（2）省直相关部门').click();
    await expect
      .poll(() => page.getByTestId('source-excerpt').textContent())
      .toContain('（2）省直相关部门要逐项制定本部门相关事项实施规范');
    await expect.poll(() => page.getByTestId('review-edit').isEnabled()).toBe(true);
    await untilAnimationsEnd(page); // the buttons' enable transition, for the screenshot
    await page.screenshot({ path: 'test/artifacts/16-import-review.png' });
    // From the keyboard: ↓ chooses the next row (its source beside it), ↑ comes back, Enter edits.
    const chosen = page.getByTestId('review-table').locator('[role=row][aria-selected=true]');
    await row(page, '（2）省直相关部门').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => chosen.textContent()).toContain('（3）各市县负责审批的部门要逐项认领');
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('（3）各市县负责审批的部门要逐项认领');
    expect(await chosen.textContent()).not.toContain('（2）省直相关部门');
    expect(await page.getByTestId('source-excerpt').textContent()).not.toContain('（2）省直相关部门要逐项制定');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('（2）省直相关部门要逐项制定');
    expect(await chosen.textContent()).toContain('（2）省直相关部门');
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-deadline').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('edit-deadline').waitFor({ state: 'hidden' });
    // The list goes to a newly chosen row, but folding a branch above that row leaves it where it is.
    await row(page, '（2）省直相关部门').focus();
    for (let step = 0; step < 11; step++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => chosen.textContent()).toContain('（8）加快国土空间规划');
    const list = page.getByTestId('review-table');
    await list.evaluate((holder) => holder.scrollTo(0, 0));
    const task = row(page, '统一清单和规范');
    await task.getByRole('button', { name: '收起' }).click();
    await expect.poll(() => page.getByTestId('review-table').getByRole('row').filter({ hasText: '（2）省直相关部门' }).count()).toBe(0);
    await frames(page, 10); // a scroll the fold might set off would have begun
    expect(await list.evaluate((holder) => holder.scrollTop)).toBe(0);
    await task.getByRole('button', { name: '展开' }).click();
    await expect.poll(() => list.textContent()).toContain('（2）省直相关部门');
  });
});

describe('editing an import under review', () => {
  const app = freshApp(givenPlanInReview);

  it('edits a deadline, splits, merges, drops and undoes', async () => {
    const { page } = app;
    await editDeadline(page, '（2）省直相关部门', '2023年9月底前');
    await expect.poll(() => row(page, '（2）省直相关部门').textContent()).toContain('2023年9月底前');

    await row(page, '（1）结合我省实际').click();
    await page.getByTestId('review-split').click();
    const text = page.getByTestId('split-text');
    await text.waitFor();
    // The user puts the cursor before 将行政许可….
    await text.evaluate((area: HTMLTextAreaElement) => {
      const at = area.value.indexOf('将行政许可');
      area.setSelectionRange(at, at);
    });
    await page.getByRole('button', { name: '在光标处拆分' }).click();
    await expect.poll(() => counts(page)).toBe('章节 11 · 重点任务 13 · 改革举措 27');
    // The second half follows as a sibling without a number; merged back, the count returns.
    await row(page, '将行政许可、行政确认').click();
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('（1）结合我省实际');
    await page.getByTestId('review-merge').click();
    await expect.poll(() => counts(page)).toBe(PLAN_COUNTS);

    await row(page, '（3）各市县负责审批').click();
    await page.getByTestId('review-remove').click();
    await expect.poll(() => counts(page)).toBe('章节 11 · 重点任务 13 · 改革举措 25');
    await page.getByTestId('review-undo').click();
    await expect.poll(() => counts(page)).toBe(PLAN_COUNTS);
    // A merge the structure does not allow is explained, not applied.
    await row(page, '（1）结合我省实际').click();
    await page.getByTestId('review-merge').click();
    await page.getByText('这是同级的第一条，没有可合并的上一条。').waitFor();
    expect(await counts(page)).toBe(PLAN_COUNTS);
  });
});

describe('saving an import after the review', () => {
  const app = freshApp(givenPlanInReview);

  it('leaves one document out and saves the rest with the edits, then refuses the same file again', async () => {
    const { page } = app;
    await editDeadline(page, '（2）省直相关部门', '2023年9月底前');
    await expect.poll(() => row(page, '（2）省直相关部门').textContent()).toContain('2023年9月底前');
    await chooseReviewDocument(page, '湖北省人民政府办公厅关于加快');
    await page.getByTestId('review-include').click();
    await expect.poll(() => page.getByTestId('review-save').textContent()).toBe('保存 22 份文件');
    await page.getByTestId('review-save').click();
    await page.getByTestId('document-metadata').waitFor();
    await expect.poll(() => storedCount(page, 'documents')).toBe(22);

    await openScreen(page, '任务清单');
    await page.getByTestId('checklist-document').click();
    await page.keyboard.type('关于印发全省');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('checklist-table');
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: '（2）省直相关部门' }).first().textContent())
      .toContain('2023年9月底前');
    await table.getByRole('row').filter({ hasText: '（2）省直相关部门' }).first().click();
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('省直有关部门按照职能分别负责');
    await page.keyboard.press('Escape');

    await openScreen(page, '政策文件');
    await chooseFile(page, COMPILATION);
    await expect
      .poll(() => page.getByTestId('import-error').textContent())
      .toMatch(/^导入失败“004_ba436b268f0d0e0f\.part\.txt”已于 \d{4}-\d{2}-\d{2} 导入（.+），未重复导入。$/);
    expect(await storedCount(page, 'documents')).toBe(22);
  });
});

describe('owner names written two ways', () => {
  const app = freshApp(givenCompilationSaved);

  it('are merged in the stored checklists', async () => {
    const { page } = app;
    await openScreen(page, '责任单位');
    const suggestions = page.getByTestId('alias-suggestions');
    await suggestions.getByText('“市市场监管局” 与 “市市场监督管理局”').waitFor();
    await suggestions
      .locator('.ant-list-item')
      .filter({ hasText: '“市市场监管局” 与 “市市场监督管理局”' })
      .getByText('合并为“市市场监督管理局”')
      .click();
    await page.getByText(/已合并为“市市场监督管理局”，更新 \d+ 条任务/).waitFor();
    const units = page.getByTestId('owner-units');
    await expect
      .poll(() => units.locator('.ant-table-row').filter({ hasText: '市市场监督管理局' }).first().textContent())
      .toContain('市市场监管局');
    // The user keeps the short form for the city's commission.
    await mergeOwnerNames(page, ['市发展改革委', '市发改委'], '市发改委');
    await page.screenshot({ path: 'test/artifacts/17-owner-units.png' });
    await page.getByTestId('owner-search').locator('input').fill('市发展改革委');
    await expect.poll(() => units.locator('.ant-table-row').count()).toBe(0);
  });
});

describe('an import discarded after owner names were merged', () => {
  const app = freshApp(givenCommissionMerged);

  it('stores nothing; the import had the merged owner names', async () => {
    const { page } = app;
    const before = await storedCount(page, 'items');
    expect(before).toBeGreaterThan(0);
    await openScreen(page, '政策文件');
    await chooseFile(page, join(SEEDS_DIR, SEED.luoyang2021));
    await page.getByTestId('import-review').waitFor();
    // Seed 000 writes 市发展改革委; the directory now says 市发改委.
    await expect.poll(() => page.getByTestId('review-table').textContent()).toContain('市发改委');
    expect(await page.getByTestId('review-table').textContent()).not.toContain('市发展改革委');
    await page.getByTestId('review-discard').click();
    await page.getByRole('button', { name: '放弃' }).last().click();
    await page.getByTestId('import-button').waitFor();
    expect(await storedCount(page, 'items')).toBe(before);
    expect(await storedCount(page, 'documents')).toBe(22);
  });
});
