// Daily data entry at 1366×768 (and a look at 1920×1080, in both languages): checklist statuses
// distinct by colour and icon with a way back to 未评, units added from the new-evaluation form,
// the scoring lists in view below the headers, and 快速上手 reachable from every screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type AppSession, openApp } from './app-session';
import { SAMPLE_INSPECTION, SAMPLE_RUBRIC_EVALUATION, showEvaluation } from './steps';

const WORK = 'test/artifacts/data-entry';
let session: AppSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  session = await openApp();
  page = session.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('start-sample').click();
  await page.getByText('已导入示例文件和评分细则，并为涧西区、西工区、老城区建立示例评价').waitFor();
}, 120_000);
afterAll(async () => session?.close());

const rows = () => page.getByTestId('assessment-table').locator('tbody tr.ant-table-row');
/** Background colour of the chosen status button in a row, or null when none is chosen. */
const chosen = (row: number) =>
  rows()
    .nth(row)
    .locator('.ant-radio-button-wrapper-checked')
    .evaluateAll((buttons) => (buttons[0] ? `${buttons[0].textContent} ${getComputedStyle(buttons[0]).backgroundColor}` : null));

describe('checklist statuses', () => {
  it('fills the chosen status in its own colour, and takes it back to 未评 by button and by key 0', async () => {
    await showEvaluation(page, SAMPLE_INSPECTION);
    const expected: Array<[string, string]> = [
      ['落实', 'rgb(56, 158, 13)'],
      ['部分落实', 'rgb(212, 136, 6)'],
      ['未落实', 'rgb(207, 19, 34)'],
      ['不适用', 'rgb(140, 140, 140)'],
    ];
    for (const [index, [label, colour]] of expected.entries()) {
      await rows().nth(index).getByText(label, { exact: true }).click();
      await expect.poll(() => chosen(index)).toBe(`${label} ${colour}`);
    }
    // Each status button carries its own icon.
    const icons = await rows()
      .nth(0)
      .locator('.ant-radio-button-wrapper .anticon')
      .evaluateAll((found) => found.map((icon) => /anticon-([a-z-]+)/.exec(icon.getAttribute('class') ?? '')?.[1]));
    expect(icons).toEqual(['check-circle', 'minus-circle', 'close-circle', 'stop']);
    await page.screenshot({ path: join(WORK, 'checklist-1366.png') });
    // The scoring list starts in view below the ranking at 1366×768.
    expect((await rows().nth(0).boundingBox())!.y).toBeLessThan(768 - 60);

    await page.getByTestId(`${await rows().nth(1).getByRole('radiogroup').getAttribute('data-testid')}-clear`).click();
    await expect.poll(() => chosen(1)).toBeNull();
    await rows().nth(2).locator('td').nth(1).click();
    await page.keyboard.press('0');
    await expect.poll(() => chosen(2)).toBeNull();
    await expect.poll(() => page.getByTestId('saved-state').textContent()).toMatch(/已评 2\/53$/);
  });

  it('adds a unit from the new-evaluation form, ticked at once', async () => {
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await page.getByRole('button', { name: '新建评价' }).click();
    const form = page.getByTestId('new-evaluation-form');
    await form.getByTestId('new-unit-name').fill('高新区');
    await form.getByTestId('new-unit-name').press('Enter');
    await expect.poll(() => form.getByLabel('高新区').isChecked()).toBe(true);
    await form.getByTestId('new-unit-name').fill('高新区');
    await form.getByTestId('add-unit-inline').click();
    await expect.poll(() => form.getByText('已有名为“高新区”的单位。').count()).toBe(1);
    await page.screenshot({ path: join(WORK, 'new-evaluation-1366.png') });
  });
});

describe('快速上手', () => {
  it('opens from the side bar on every screen and by F1, and its steps lead to their screens', async () => {
    for (const screen of ['工作台', '政策文件', '评价批次', '整改台账']) {
      await page.getByRole('menuitem', { name: screen }).click();
      await page.getByTestId('open-quick-start').click();
      await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toBe('快速上手');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);
    }
    await page.keyboard.press('F1');
    await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(1);
    await page.screenshot({ path: join(WORK, 'quick-start-1366.png') });
    await page.locator('.ant-drawer-open').getByRole('button', { name: '前往' }).nth(1).click();
    await expect.poll(() => page.locator('.ant-menu-item-selected').textContent()).toBe('被评价单位');
  });
});

describe('screens at both sizes and in both languages', () => {
  it('captures the scoring screens', async () => {
    for (const language of ['中文', 'English']) {
      await page.getByTestId('language-switch').getByText(language).click();
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await showEvaluation(page, SAMPLE_INSPECTION, language === '中文' ? '评价批次' : 'Evaluations');
        await rows().first().waitFor();
        await page.screenshot({ path: join(WORK, `checklist-${language}-${width}.png`) });
        await showEvaluation(page, SAMPLE_RUBRIC_EVALUATION, language === '中文' ? '评价批次' : 'Evaluations');
        await page.getByTestId('unit-scoring-table').waitFor();
        await page.screenshot({ path: join(WORK, `rubric-unit-${language}-${width}.png`) });
        await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(1).click();
        await page.getByTestId('score-grid').getByRole('gridcell').first().waitFor();
        await page.screenshot({ path: join(WORK, `rubric-grid-${language}-${width}.png`) });
        await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(0).click();
      }
    }
    await page.getByTestId('language-switch').getByText('中文').click();
    await expect.poll(() => page.getByTestId('unit-scoring-table').count()).toBe(1);
  });
});
