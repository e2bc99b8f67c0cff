// The 总览表 of a larger evaluation (120 units × 60 indicators, merged from a package) in real
// Chromium: its body is a canvas, so after a scroll stops the DOM rows under it must be the rows
// in view, a double click must open the cell under the pointer, a hovered cell must give its
// reason, and the keyboard must move the active cell (drawn on the canvas) and open it (F2).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { chooseFile, confirmMerge, freshApp, openScreen } from './steps';

const WORK = 'test/artifacts/grid';
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 48;
const COLUMN_WIDTH = 120;
const PINNED_WIDTH = 200;
/** A merged evaluation of 120 units × 60 indicators (a package built by the app's writer), shown as the 总览表. */
async function givenGridEvaluation(page: Page): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const { bytes } = await syntheticEvaluationPackage(
    '网格评价',
    60,
    Array.from({ length: 120 }, (_, index) => `单位${index + 1}`),
  );
  const path = join(WORK, '网格评价.kaoping');
  writeFileSync(path, bytes);
  await openScreen(page, '评价批次');
  await chooseFile(page, path, { buttonTestId: 'import-package-empty' });
  await confirmMerge(page);
  await page.getByText(/^已合并“网格评价\.kaoping”：新增/).waitFor({ timeout: 120_000 });
  await page.getByTestId('merge-package-close').click();
  await page.getByTestId('view-switch').getByText('总览表（单位 × 指标）').click();
  await page.getByTestId('score-grid').getByRole('gridcell').first().waitFor();
}

/**
 * Scrolls the grid to unit 52 × column 31 (counted from 0; row index 54: the header is 1, units
 * count from 2; column index 34: after name and total) and gives its DOM cell and the page point
 * where the canvas draws it.
 */
async function scrollToUnit52Column31(page: Page): Promise<{ row: Locator; cell: Locator; x: number; y: number }> {
  const grid = page.getByTestId('score-grid');
  await grid.evaluate((element, { top, left }) => element.scrollTo({ top, left }), { top: 50 * ROW_HEIGHT, left: 30 * COLUMN_WIDTH });
  const row = grid.locator('[role="row"][aria-rowindex="54"]');
  const cell = row.locator('[role="gridcell"][aria-colindex="34"]');
  await cell.waitFor();
  await expect.poll(() => grid.evaluate((element) => element.scrollTop)).toBe(50 * ROW_HEIGHT);
  const box = (await grid.boundingBox())!;
  const x = box.x + 1 + PINNED_WIDTH + 31 * COLUMN_WIDTH - 30 * COLUMN_WIDTH + COLUMN_WIDTH / 2;
  const y = box.y + 1 + HEADER_HEIGHT + 52 * ROW_HEIGHT - 50 * ROW_HEIGHT + ROW_HEIGHT / 2;
  return { row, cell, x, y };
}

/** The name in the grid's column header at page x, right of the pinned columns. */
async function headerAt(page: Page, x: number): Promise<string | null> {
  const names = await page
    .getByTestId('score-grid')
    .getByRole('columnheader')
    .evaluateAll(
      (cells, x) =>
        cells
          .filter((element) => {
            const { left, right } = element.getBoundingClientRect();
            return left <= x && x < right;
          })
          .map((element) => element.textContent),
      x,
    );
  return names.at(-1) ?? null;
}

/** "单位 · 指标" of the open editor: the entry in the cell, or the choice list's dialog (items, levels). */
async function editorTitle(page: Page): Promise<string | null> {
  const entry = page.getByTestId('grid-entry');
  if ((await entry.count()) > 0) return entry.getAttribute('aria-label');
  const dialog = page.getByRole('dialog');
  return (await dialog.count()) > 0 ? dialog.locator('.ant-modal-title').textContent() : null;
}

/** Closes the open editor with Esc and waits until it is gone. */
async function closeEditor(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await page.getByTestId('grid-entry').count()) + (await page.getByRole('dialog').count())).toBe(0);
}

/** Unit and indicator of a cell of the grid as its editor's title shows them. */
async function cellTitle(page: Page, cell: Locator): Promise<string> {
  const box = (await cell.boundingBox())!;
  const unitName = await cell.locator('xpath=..').getByRole('rowheader').textContent();
  return `${unitName} · ${await headerAt(page, box.x + box.width / 2)}`;
}

describe('the overview grid of 120 units × 60 indicators', () => {
  // The tests only look and open editors they close with Esc (nothing is written): they share the merge.
  const app = freshApp(givenGridEvaluation);

  it('after a scroll the DOM rows are the rows in view, a double click opens the cell under the pointer, and the cell gives its reason', async () => {
    const { page } = app;
    const grid = page.getByTestId('score-grid');
    const { row, cell, x, y } = await scrollToUnit52Column31(page);
    const { scrollTop, bodyHeight } = await grid.evaluate(
      (element, header) => ({
        scrollTop: element.scrollTop,
        bodyHeight: element.querySelector('canvas')!.getBoundingClientRect().height - header,
      }),
      HEADER_HEIGHT,
    );
    const rowIndexes = (
      await grid
        .locator('[role="row"][aria-rowindex]')
        .evaluateAll((rows) => rows.map((element) => Number(element.getAttribute('aria-rowindex'))))
    )
      .filter((index) => index > 1)
      .sort((a, b) => a - b); // 1 is the header
    const [firstInView, lastInView] = [Math.floor(scrollTop / ROW_HEIGHT), Math.floor((scrollTop + bodyHeight - 1) / ROW_HEIGHT)]; // units from 0
    expect(rowIndexes[0]).toBeLessThanOrEqual(firstInView + 2);
    expect(rowIndexes.at(-1)).toBeGreaterThanOrEqual(lastInView + 2);
    expect(rowIndexes.length).toBeLessThan(lastInView - firstInView + 8); // only about the rows in view exist

    // A click on the canvas where unit 52 × column 31 is drawn, not on the DOM cell.
    const unitName = await row.getByRole('rowheader').textContent();
    const indicatorName = await headerAt(page, x);
    await cell.hover();
    // The hover title is the reason for the points the cell shows: it closes with those points.
    const points = (await cell.textContent())!;
    await expect.poll(() => cell.getAttribute('title')).toMatch(new RegExp(`^\\S.* ${points.replace('.', '\\.')}分$`));
    await page.mouse.dblclick(x, y);
    await expect.poll(() => editorTitle(page)).toBe(`${unitName} · ${indicatorName}`);
    await closeEditor(page);
    await expect.poll(() => grid.evaluate((element) => element === document.activeElement)).toBe(true); // focus came back from the editor
  });

  it('moves the active cell with the keyboard as in Excel, scrolls it into view, and F2 opens it', async () => {
    const { page } = app;
    const grid = page.getByTestId('score-grid');
    // A click on the canvas makes unit 52 × column 31 the active cell and gives the grid the focus.
    const { x, y } = await scrollToUnit52Column31(page);
    await page.mouse.click(x, y);
    await expect.poll(() => grid.getAttribute('aria-activedescendant')).toMatch(/-52-31$/);
    await expect.poll(() => grid.evaluate((element) => element === document.activeElement)).toBe(true);
    const activeCell = async () => {
      await expect.poll(() => grid.getAttribute('aria-activedescendant')).toMatch(/-\d+-\d+$/); // <grid id>-<unit>-<column>
      return grid.locator(`[id="${await grid.getAttribute('aria-activedescendant')}"]`);
    };
    // From unit 52 × column 31: 3 down, 2 right.
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    let cell = await activeCell();
    await expect.poll(() => cell.getAttribute('aria-colindex')).toBe('36');
    await expect.poll(() => cell.locator('xpath=..').getAttribute('aria-rowindex')).toBe('57');
    const expected = await cellTitle(page, cell);
    await page.keyboard.press('F2');
    await expect.poll(() => editorTitle(page)).toBe(expected);
    await closeEditor(page);

    // Ctrl+End: the last unit's last indicator, scrolled into view and framed on the canvas.
    await page.keyboard.press('Control+End');
    await expect
      .poll(() =>
        grid.evaluate((element) =>
          [
            element.scrollTop + element.clientHeight,
            element.scrollLeft + element.clientWidth,
            element.scrollHeight,
            element.scrollWidth,
          ].join(),
        ),
      )
      .toMatch(/^(\d+),(\d+),\1,\2$/);
    cell = await activeCell();
    await expect.poll(() => cell.getAttribute('aria-colindex')).toBe(await grid.getAttribute('aria-colcount'));
    await expect.poll(() => cell.locator('xpath=..').getAttribute('aria-rowindex')).toBe(await grid.getAttribute('aria-rowcount'));
    const box = (await cell.boundingBox())!;
    const accent = await grid.locator('canvas').evaluate((canvas: HTMLCanvasElement, box) => {
      const frame = canvas.getBoundingClientRect();
      const { data } = canvas.getContext('2d')!.getImageData(box.x - frame.left, box.y - frame.top, box.width, box.height);
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 150 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
      return red;
    }, box);
    expect(accent).toBeGreaterThan(2 * (box.width + box.height)); // a 2 px frame round the cell
    await grid.screenshot({ path: join(WORK, 'active-cell.png') });
    await page.keyboard.press('F2');
    await expect.poll(() => editorTitle(page)).toBe(await cellTitle(page, cell));
    await closeEditor(page);
  });
});
