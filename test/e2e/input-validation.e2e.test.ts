// Every score input checked where it is typed, at 1366×768: on the scoring form and in the 总览表's
// cells, an entry the rule refuses (7 points of 5, −3 overdue cases, 176.5 on a 100-point scale,
// 百分之六十五 as points) shows its reason at the cell and is not stored — the saved value stays,
// also after a reload. A rate typed as 百分之七十 is read as 70. The grid edits in the cell as in
// Excel: typing starts an entry, Enter commits and goes down, Tab right, Esc drops the entry.
// Each describe block has its own fresh profile with the evaluation merged from a package the app's writer built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { inputIdFor } from '#shared/domain/evaluation';
import type { Indicator, ScoringRule } from '#shared/domain/indicator-system';
import { evaluationTables, unitIdFor } from '#shared/exchange/evaluation-package';
import { buildPackage } from '#shared/exchange/write-package';

import { freshApp, mergePackageFile, openScreen } from './steps';

const WORK = 'test/artifacts/input-validation';

const leaf = (id: string, name: string, maxPoints: number, rule: ScoringRule, ruleText: string): Indicator => ({
  id,
  parentId: null,
  role: 'indicator',
  name,
  maxPoints,
  capped: false,
  ruleText,
  rule,
  dataSource: { kind: 'onSite' },
  warnings: [],
  checklistItemIds: [],
});

/** An evaluation of 甲区 and 乙区 over four indicators, 甲区 already scored. */
async function evaluationPackage(): Promise<Uint8Array> {
  const system = {
    id: 'system-check',
    title: '录入校验细则',
    indicators: [
      leaf('quality', '质量管理情况', 500, { kind: 'manual' }, '由市住房城乡建设局评分'),
      leaf('overdue', '办件逾期情况', 500, { kind: 'deduction', base: 500, per: 50 }, '基础分5分，发现一例逾期办件扣0.5分，扣完为止。'),
      leaf('rating', '政务服务好差评', 1000, { kind: 'proportional', fullValue: 100 }, '按政务服务好差评平均得分（百分制）等比例计分。'),
      leaf(
        'online',
        '网上办理情况',
        300,
        {
          kind: 'bands',
          bands: [
            { min: 60, minInclusive: true, max: 80, maxInclusive: false, points: 100 },
            { min: 80, minInclusive: true, max: null, maxInclusive: false, points: 300 },
          ],
        },
        '网上办理比例在60%以上得1分，80%以上得3分。',
      ),
    ],
  };
  const units = ['甲区', '乙区'].map((name) => ({ id: unitIdFor(name), name, createdAt: '2026-11-23T08:00:00.000Z' }));
  const evaluation = {
    id: 'evaluation-check',
    name: '录入校验评价',
    basis: { kind: 'indicatorSystem' as const, systemId: system.id },
    unitIds: units.map((unit) => unit.id),
    tieRule: 'competition' as const,
    notApplicable: 'rescale' as const,
    createdAt: '2026-11-23T08:00:00.000Z',
  };
  const values: Record<string, number> = { quality: 4, overdue: 1, rating: 88.5, online: 65 };
  const inputs = Object.entries(values).map(([indicatorId, value]) => ({
    id: inputIdFor(evaluation.id, units[0]!.id, indicatorId),
    evaluationId: evaluation.id,
    unitId: units[0]!.id,
    indicatorId,
    value,
    note: '',
    inspector: '张三',
    updatedAt: '2026-11-23T09:00:00.000Z',
  }));
  return buildPackage(evaluationTables({ evaluation, basis: { kind: 'indicatorSystem', system }, units, inputs }), {
    appVersion: '0.1.0',
    createdBy: '张三',
    createdAt: '2026-11-23T10:00:00.000Z',
    scope: { kind: 'evaluation', description: '录入校验评价', evaluationId: evaluation.id },
  });
}

/** At 1366×768, 录入校验评价 merged from its package into the empty app, on 评价批次. */
async function givenCheckEvaluation(page: Page): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, '录入校验评价.kaoping');
  writeFileSync(path, await evaluationPackage());
  await page.setViewportSize({ width: 1366, height: 768 });
  await openScreen(page, '评价批次');
  const outcome = await mergePackageFile(page, path);
  if (!outcome.startsWith('已合并“录入校验评价.kaoping”：新增')) throw new Error(`the package was not merged: ${outcome}`);
}

/** Types `text` into an indicator's input on the form and presses Enter. */
async function enter(page: Page, indicator: string, text: string): Promise<void> {
  const input = page.getByTestId(`input-${indicator}`);
  await input.fill(text);
  await input.press('Enter');
}

const points = (page: Page, indicator: string) => page.getByTestId(`points-${indicator}`).textContent();
const problem = (page: Page, indicator: string) => page.getByTestId(`input-${indicator}-problem`).textContent();

describe('score inputs are checked where they are typed on the form', () => {
  const app = freshApp(givenCheckEvaluation);

  it('refuses each invalid entry on the form with its reason, keeps the stored value, and takes a rate written in words', async () => {
    const { page } = app;
    await page.getByTestId('rubric-unit-tabs').getByRole('tab', { name: '甲区' }).click();
    await expect.poll(() => points(page, '质量管理情况')).toBe('4.00');
    await enter(page, '质量管理情况', '7');
    await expect.poll(() => problem(page, '质量管理情况')).toBe('未保存：得分 7 超出 0–5.00 分');
    await expect.poll(() => page.getByTestId('input-质量管理情况').evaluate((input) => input === document.activeElement)).toBe(true); // the form does not move on
    await enter(page, '办件逾期情况', '-3');
    await expect.poll(() => problem(page, '办件逾期情况')).toBe('未保存：应为次数（不小于 0 的整数）');
    await enter(page, '政务服务好差评', '176.5');
    await expect.poll(() => problem(page, '政务服务好差评')).toBe('未保存：得分 176.5 超出百分制 0–100 分');
    await enter(page, '质量管理情况', '百分之六十五');
    await expect.poll(() => problem(page, '质量管理情况')).toBe('未保存：此项应填得分，不是百分数');
    await page.screenshot({ path: join(WORK, 'form-refused-1366.png') });
    expect([await points(page, '质量管理情况'), await points(page, '办件逾期情况'), await points(page, '政务服务好差评')]).toEqual([
      '4.00',
      '4.50',
      '8.85',
    ]);

    await enter(page, '网上办理情况', '百分之八十五');
    await expect.poll(() => points(page, '网上办理情况')).toBe('3.00');
    await expect.poll(() => page.getByTestId('input-网上办理情况').inputValue()).toBe('85');

    await page.reload();
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    await page.getByTestId('rubric-unit-tabs').getByRole('tab', { name: '甲区' }).click();
    await expect.poll(() => page.getByTestId('input-质量管理情况').inputValue()).toBe('4');
    expect(await page.getByTestId('input-办件逾期情况').inputValue()).toBe('1');
    expect(await page.getByTestId('input-政务服务好差评').inputValue()).toBe('88.5');
    expect(await page.getByTestId('input-网上办理情况').inputValue()).toBe('85');
  });
});

describe('score inputs are checked where they are typed in the 总览表', () => {
  const app = freshApp(givenCheckEvaluation);

  it('edits the 总览表 in the cell: a refused entry stays open with its reason, Esc drops it, Enter goes down, Tab right', async () => {
    const { page } = app;
    await page.getByTestId('view-switch').getByText('总览表（单位 × 指标）').click();
    const grid = page.getByTestId('score-grid');
    // Rows in name order: 乙区 (0), 甲区 (1); columns in the rubric's order.
    const cell = (unit: number, column: number) =>
      grid.locator(`[role="row"][aria-rowindex="${unit + 2}"] [role="gridcell"][aria-colindex="${column + 3}"]`);
    await expect.poll(() => grid.locator('[role="row"][aria-rowindex="3"] [role="rowheader"]').textContent()).toBe('甲区');
    await cell(1, 0).click();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.getByTestId('grid-entry-error').textContent()).toBe('未保存：得分 7 超出 0–5.00 分');
    await grid.screenshot({ path: join(WORK, 'grid-refused.png') });
    await page.keyboard.press('Escape');
    await grid.getByTestId('grid-entry').waitFor({ state: 'detached' });
    await expect.poll(() => cell(1, 0).textContent()).toBe('4.00');

    // 甲区 × 质量管理情况 takes 3 and Tab goes right to 办件逾期情况, which refuses −3 and takes ２ (full width).
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(1, 0).textContent()).toBe('3.00');
    await page.keyboard.type('-3');
    await page.keyboard.press('Enter');
    await expect.poll(() => grid.getByTestId('grid-entry-error').textContent()).toBe('未保存：应为次数（不小于 0 的整数）');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace'); // an empty entry, then text as an input method gives it
    await page.keyboard.insertText('２');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(1, 1).textContent()).toBe('4.00');

    // Enter goes down: 乙区 takes 2.5, then the cell below (甲区) takes 1.
    await cell(0, 0).click();
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(0, 0).textContent()).toBe('2.50');
    await expect.poll(() => cell(1, 0).textContent()).toBe('1.00');

    // The switch shows what was entered instead of points.
    await page.getByTestId('grid-show').getByText('显示填写值').click();
    await expect.poll(() => cell(1, 2).textContent()).toBe('88.5');
    await expect.poll(() => cell(1, 1).textContent()).toBe('2');
    await expect.poll(() => cell(0, 1).textContent()).toBe('—');
    await grid.screenshot({ path: join(WORK, 'grid-values.png') });
  });
});
