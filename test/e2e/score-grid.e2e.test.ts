// The 总览表 of a larger evaluation (120 units × 60 indicators, merged from a package) in real
// Chromium: its body is a canvas, so after a scroll stops the DOM rows under it must be the rows
// in view, a click must open the cell under the pointer, and a hovered cell must give its reason.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { openApp, type AppSession } from './app-session';

const WORK = 'test/artifacts/grid';
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 48;
const COLUMN_WIDTH = 120;
const PINNED_WIDTH = 200;
let session: AppSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  const { bytes } = await syntheticEvaluationPackage('网格评价', 60, Array.from({ length: 120 }, (_, index) => `单位${index + 1}`));
  const path = join(WORK, '网格评价.kaoping');
  writeFileSync(path, bytes);
  session = await openApp();
  page = session.page;
  await page.getByRole('menuitem', { name: '指标评分' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-package-empty').click()]);
  await chooser.setFiles(path);
  await page.getByText(/已合并评价包/).waitFor();
  await page.getByTestId('view-switch').getByText('总览表（单位 × 指标）').click();
}, 120_000);
afterAll(async () => session?.close());

describe('the overview grid of 120 units × 60 indicators', () => {
  it('after a scroll the DOM rows are the rows in view, a click opens the cell under the pointer, and the cell gives its reason', async () => {
    const grid = page.getByTestId('score-grid');
    await grid.getByRole('gridcell').first().waitFor();
    await grid.evaluate((element, top) => element.scrollTo({ top, left: 30 * 120 }), 50 * ROW_HEIGHT);
    // Unit 52 (row index 54: the header is 1, units count from 2), column 31 (column index 34: after name and total).
    const row = grid.locator('[role="row"][aria-rowindex="54"]');
    const cell = row.locator('[role="gridcell"][aria-colindex="34"]');
    await cell.waitFor();
    const { scrollTop, bodyHeight } = await grid.evaluate((element) => ({ scrollTop: element.scrollTop, bodyHeight: element.querySelector('canvas')!.getBoundingClientRect().height }));
    const rowIndexes = (await grid.locator('[role="row"][aria-rowindex]').evaluateAll((rows) => rows.map((element) => Number(element.getAttribute('aria-rowindex'))))).sort((a, b) => a - b);
    const [firstInView, lastInView] = [Math.floor(scrollTop / ROW_HEIGHT), Math.floor((scrollTop + bodyHeight - 1) / ROW_HEIGHT)];
    expect(rowIndexes[0]).toBeLessThanOrEqual(firstInView + 2);
    expect(rowIndexes.at(-1)).toBeGreaterThanOrEqual(lastInView + 2);
    expect(rowIndexes.length).toBeLessThan(lastInView - firstInView + 8); // only about the rows in view exist

    // A click on the canvas where unit 52 × column 31 is drawn, not on the DOM cell.
    const box = (await grid.boundingBox())!;
    const x = box.x + 1 + PINNED_WIDTH + 31 * COLUMN_WIDTH - 30 * COLUMN_WIDTH + COLUMN_WIDTH / 2;
    const y = box.y + 1 + HEADER_HEIGHT + 52 * ROW_HEIGHT - scrollTop + ROW_HEIGHT / 2;
    const unitName = await row.getByRole('rowheader').textContent();
    const headers = await grid.getByRole('columnheader').evaluateAll((cells, x) => cells.filter((element) => {
      const { left, right } = element.getBoundingClientRect();
      return left <= x && x < right;
    }).map((element) => element.textContent), x);
    await cell.hover();
    const reason = await cell.getAttribute('title');
    expect(reason).toBeTruthy();
    await page.mouse.click(x, y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.ant-modal-title').textContent()).toBe(`${unitName} · ${headers.at(-1)}`);
    await expect.poll(() => dialog.textContent()).toContain(`当前：${reason}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
