// 清单视图 of an evaluation on an indicator system: an indicator's row chosen, a value typed
// straight from the list or after Enter goes through the cell input's validation, is stored for
// the inspector and shows its points in the list and the unit's total in the ranking.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { freshApp, givenRubricEvaluation, givenSeedRubric, givenUnits, storedRecords } from './steps';

const WORK = 'test/artifacts/rubric-checklist-view';

describe('清单视图 on an indicator system', () => {
  const app = freshApp(async (page) => {
    await givenSeedRubric(page);
    await givenUnits(page, ['涧西区', '西工区']);
    await givenRubricEvaluation(page, ['涧西区', '西工区']);
  });

  it('scores two indicators of a unit from the keyboard and shows their points and the total', async () => {
    const { page } = app;
    mkdirSync(WORK, { recursive: true });
    await page.getByTestId('evaluation-view').getByText('清单视图', { exact: true }).click();
    const list = page.getByTestId('indicator-checklist-table');
    await list.waitFor();

    // A row chosen, a digit typed: the cell input opens with it; Enter stores it and goes back to the list.
    await list.getByText('秒办件情况', { exact: true }).click();
    await page.keyboard.type('4');
    await expect.poll(() => page.getByTestId('list-input-秒办件情况').inputValue()).toBe('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('list-points-秒办件情况').textContent()).toBe('0.00');

    // A refused entry stays in the field with its reason and is not stored.
    await list.getByText('质量管理情况', { exact: true }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('list-input-质量管理情况');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('list-input-质量管理情况-problem').count()).toBe(1);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('list-points-质量管理情况').textContent()).toBe('2.50');
    await expect.poll(() => page.getByTestId('total-涧西区').textContent()).toBe('2.50');
    await expect.poll(() => page.getByTestId('total-西工区').textContent()).toBe('0.00');
    await expect.poll(() => page.getByTestId('saved-state').textContent()).toMatch(/^已保存 \d\d:\d\d:\d\d · 已评 2\/\d+$/);

    const stored = await storedRecords(page, 'inputs');
    expect(stored.map((input) => [input.value, input.inspector]).sort()).toEqual([
      [2.5, '张督查'],
      [4, '张督查'],
    ]);

    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(WORK, `list-${width}.png`) });
      await page.getByTestId('evaluation-view').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(WORK, `list-top-${width}.png`) });
    }
  });
});
