// Language, look and the ledger screen in real Chromium: a finding goes into the ledger, its status
// changes inline, the ledger filters by owner and charts findings by category and status over time;
// the interface switches to English and back (remembered across a reload), dark mode applies; and
// every screen is captured in both languages under test/artifacts/screens/.
// Each describe block has its own fresh profile, started from the bundled samples.
import { mkdirSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { freshApp, givenSamples, SAMPLE_INSPECTION, SAMPLE_RUBRIC_EVALUATION, showEvaluation, until, untilAnimationsEnd } from './steps';

const SCREENS = 'test/artifacts/screens';

/** The samples at 1280×720. */
async function givenSamplesAt1280(page: Page): Promise<void> {
  mkdirSync(`${SCREENS}/zh-CN`, { recursive: true });
  mkdirSync(`${SCREENS}/en-US`, { recursive: true });
  await givenSamples(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The samples at 1280×720, with 张督查's finding on 秒办件情况 at 涧西区 in the ledger (so its charts have data). */
async function givenLedgerFinding(page: Page): Promise<void> {
  await givenSamplesAt1280(page);
  await showEvaluation(page, SAMPLE_RUBRIC_EVALUATION);
  await page.getByTestId('inspector').fill('张督查');
  await page.getByTestId('input-秒办件情况').fill('1');
  await page.getByTestId('input-秒办件情况').press('Enter');
  await until(
    'the score of 秒办件情况',
    () => page.getByTestId('points-秒办件情况').textContent(),
    (text) => text === '2.00',
  );
  await page.getByTestId('finding-秒办件情况').click();
  await page.getByText(/^已记入整改台账/).waitFor();
}

/** The samples at 1280×720 with the interface in English. */
async function givenEnglish(page: Page): Promise<void> {
  await givenSamplesAt1280(page);
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
}

const menu = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
/** Visible interface text that carries no data: menu items, buttons, segmented options, without quoted names. */
const interfaceText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.ant-menu-item, button, .ant-segmented-item-label, .ant-card-head-title, h3')]
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => (element.textContent ?? '').replace(/[“「《][^”」》]*[”」》]/g, ''))
      .join('\n'),
  );

/** Every page of the side menu, the rubric evaluation's three views (the samples open on it) and the ledger's charts. */
async function captureEveryScreen(page: Page, language: 'zh-CN' | 'en-US', labels: Record<string, string>): Promise<string[]> {
  const texts: string[] = [];
  const shot = async (name: string) => {
    await untilAnimationsEnd(page); // before the picture
    await page.screenshot({ path: `${SCREENS}/${language}/${name}.png` });
    texts.push(await interfaceText(page));
  };
  const pages = ['home', 'documents', 'checklist', 'ownerUnits', 'units', 'evaluation', 'rubric', 'ledger', 'backup'];
  for (const [index, key] of pages.entries()) {
    await menu(page, labels[key]!).click();
    await shot(`${String(index + 1).padStart(2, '0')}-${key}`);
    if (key === 'checklist') {
      // The list reaches the window's bottom edge less its 24 px margin, after the details above it have appeared.
      const list = page.getByTestId('checklist-table');
      await expect
        .poll(async () => {
          const box = (await list.boundingBox())!;
          return Math.round(page.viewportSize()!.height - box.y - box.height);
        })
        .toBe(24);
    }
    if (key === 'evaluation') {
      await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(1).click();
      await page.getByTestId('score-grid').getByRole('gridcell').first().waitFor();
      await shot(`${String(index + 1).padStart(2, '0')}-${key}-grid`);
      await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(2).click();
      await page.getByTestId('chart-ranking').locator('canvas').first().waitFor();
      await shot(`${String(index + 1).padStart(2, '0')}-${key}-charts`);
      await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(0).click();
    }
    if (key === 'ledger') {
      await page.getByTestId('ledger-view').locator('.ant-segmented-item').nth(1).click();
      await page.getByTestId('chart-status-over-time').locator('canvas').first().waitFor();
      await shot(`${String(index + 1).padStart(2, '0')}-${key}-charts`);
      await page.getByTestId('ledger-view').locator('.ant-segmented-item').nth(0).click();
    }
  }
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').waitFor();
  await shot('11-search');
  await page.keyboard.press('Escape');
  return texts;
}

const ZH = {
  home: '工作台',
  documents: '政策文件',
  checklist: '任务清单',
  ownerUnits: '责任单位',
  units: '被评价单位',
  evaluation: '评价批次',
  rubric: '指标体系',
  ledger: '整改台账',
  backup: '备份与恢复',
};
const EN = {
  home: 'Workbench',
  documents: 'Policy documents',
  checklist: 'Task lists',
  ownerUnits: 'Responsible units',
  units: 'Evaluated units',
  evaluation: 'Evaluations',
  rubric: 'Indicator systems',
  ledger: 'Rectification ledger',
  backup: 'Backup & restore',
};

describe('the rectification ledger screen', () => {
  const app = freshApp(givenSamplesAt1280);

  it('takes a finding from a cell, changes its status inline, filters by owner and charts the ledger', async () => {
    const { page } = app;
    await showEvaluation(page, SAMPLE_RUBRIC_EVALUATION);
    await page.getByTestId('inspector').fill('张督查');
    await page.getByTestId('input-秒办件情况').first().fill('1');
    await page.getByTestId('input-秒办件情况').first().press('Enter');
    await expect.poll(() => page.getByTestId('points-秒办件情况').textContent()).toBe('2.00');
    await page.getByTestId('finding-秒办件情况').click();
    await page.getByText(/^已记入整改台账/).waitFor();

    await menu(page, '整改台账').click();
    const row = page.getByTestId('ledger-table').locator('.ant-table-row').filter({ hasText: '秒办件情况' });
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('.ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '整改中' }).click();
    await row.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.getByTestId('ledger-table').textContent()).toMatch(/\d{4}-\d{2}-\d{2} 张督查：状态改为整改中（整改中）/);

    // A measure found 未落实 in the checklist inspection brings its 责任单位; the owner filter keeps only it.
    await showEvaluation(page, SAMPLE_INSPECTION);
    const measure = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').first();
    await measure.locator('td').nth(1).click();
    await page.keyboard.press('3');
    await expect.poll(() => measure.locator('.ant-radio-button-wrapper-checked').textContent()).toBe('未落实');
    await expect.poll(() => page.getByTestId('saved-state').textContent()).toMatch(/^已保存 \d{2}:\d{2}:\d{2} · 已评 1\/53$/);
    await page.getByRole('button', { name: '生成整改台账' }).click();
    await menu(page, '整改台账').click();
    await expect.poll(() => page.getByTestId('ledger-table').locator('.ant-table-row').count()).toBe(2);
    await page.getByTestId('ledger-owner').click();
    const owner = (await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().textContent())!;
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await expect.poll(() => page.getByTestId('ledger-table').locator('.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('ledger-table').locator('.ant-table-row').first().textContent()).toContain(owner);
    await page.getByTestId('ledger-owner').locator('.ant-select-clear').click({ force: true });

    await page.getByTestId('ledger-view').getByText('图表').click();
    for (const chart of ['chart-findings-by-category', 'chart-status-over-time'])
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-status-over-time-png').click()]);
    expect(download.suggestedFilename()).toBe('整改台账-整改状态变化.png');
    await page.getByTestId('ledger-view').locator('.ant-segmented-item').nth(0).click();
  });
});

describe('every screen in Chinese', () => {
  const app = freshApp(givenLedgerFinding);

  it('captures every screen in zh-CN', async () => {
    const { page } = app;
    const texts = await captureEveryScreen(page, 'zh-CN', ZH);
    expect(texts.join('\n')).toContain('导入文件');
  });
});

describe('the interface in English', () => {
  const app = freshApp(givenLedgerFinding);

  it('switches to English, keeps it across a reload, and shows no Chinese interface text', async () => {
    const { page } = app;
    await page.getByTestId('language-switch').getByText('English').click();
    await menu(page, 'Workbench').click();
    await expect.poll(() => page.locator('h3').first().textContent()).toMatch(/^Workbench \w+day, \d{1,2} \w+ \d{4}$/);
    await page.reload();
    await menu(page, 'Rectification ledger').waitFor();
    const texts = await captureEveryScreen(page, 'en-US', EN);
    const chinese = texts.flatMap((text) => text.split('\n')).filter((line) => /[\u4e00-\u9fff]/.test(line));
    // Data keeps its language (unit, indicator and evaluation names); the interface does not.
    const data = /^中文$|涧西区|西工区|老城区|示例|洛阳|洛政办|办理建筑许可|营商环境|秒办件/;
    expect(chinese.filter((line) => !data.test(line))).toEqual([]);
  });
});

describe('dark mode', () => {
  const app = freshApp(givenEnglish);

  it('applies dark mode to the frame and the grid, remembered across a reload, and switches back to Chinese', async () => {
    const { page } = app;
    /** The sum of the red, green and blue of the content's background: under 200 is dark, over 600 light. */
    const brightness = async () => {
      const background = await page.locator('.ant-layout-content').evaluate((element) => getComputedStyle(element).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      return r! + g! + b!;
    };
    await page.getByTestId('dark-mode').click();
    await expect.poll(brightness).toBeLessThan(200);
    await page.reload();
    await showEvaluation(page, SAMPLE_RUBRIC_EVALUATION, 'Evaluations');
    await expect.poll(brightness).toBeLessThan(200);
    await page.getByTestId('view-switch').locator('.ant-segmented-item').nth(1).click();
    await page.getByTestId('score-grid').getByRole('gridcell').first().waitFor();
    await untilAnimationsEnd(page);
    await page.screenshot({ path: `${SCREENS}/en-US/12-dark-grid.png` });
    await page.getByTestId('dark-mode').click();
    await expect.poll(brightness).toBeGreaterThan(600);
    await page.getByTestId('language-switch').getByText('中文').click();
    await menu(page, '工作台').click();
    await page.getByTestId('workbench').waitFor();
  });
});
