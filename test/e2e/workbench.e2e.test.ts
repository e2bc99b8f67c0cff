// The 工作台 in real Chromium: a first run starts from the bundled samples; the home screen then
// shows both evaluations with each unit's progress, follows a score entered, and offers the next action.
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  freshApp,
  givenSamples,
  openScreen,
  SAMPLE_INSPECTION,
  showEvaluation,
  until,
  untilAnimationsEnd,
  untilEvidenceCellOpen,
} from './steps';

/** The samples, with 张督查 scoring 1 on 秒办件情况 at 涧西区 (2.00 of 3.00 points). */
async function givenScoredSamples(page: Page): Promise<void> {
  await givenSamples(page);
  await openScreen(page, '评价批次');
  await page.getByTestId('inspector').fill('张督查');
  await page.getByTestId('input-秒办件情况').fill('1');
  await page.getByTestId('input-秒办件情况').press('Enter');
  await until(
    'the score of 秒办件情况',
    () => page.getByTestId('points-秒办件情况').textContent(),
    (text) => text === '2.00',
  );
}

/** Waits until the charts' canvases hold still (ECharts animates its first paint on the canvas). */
async function untilChartsStill(page: Page): Promise<void> {
  let previous = '';
  await until(
    'the charts to hold still',
    async () => {
      const now = await page
        .locator('canvas')
        .evaluateAll((canvases) => canvases.map((canvas) => (canvas as HTMLCanvasElement).toDataURL()).join());
      const still = now === previous;
      previous = now;
      return still;
    },
    (still) => still,
  );
}

const evaluationCard = (page: Page, name: RegExp) => page.getByTestId('workbench-evaluation').filter({ hasText: name });

describe('the workbench on a first run', () => {
  const app = freshApp();

  it('opens on a first-run card and starts from the samples: checklist, rubric, three districts, two evaluations', async () => {
    const { page } = app;
    await page.getByTestId('first-run').waitFor();
    await page.screenshot({ path: 'test/artifacts/18-first-run.png' });
    await page.getByTestId('start-sample').click();
    await page.getByText('已导入示例文件和评分细则，并为涧西区、西工区、老城区建立示例评价').waitFor();
    // The rubric evaluation opens, ready to score.
    await page.getByTestId('input-秒办件情况').first().waitFor();
  });
});

describe('the workbench', () => {
  const app = freshApp(givenSamples);

  it('shows each evaluation with every unit’s progress, and follows a score entered', async () => {
    const { page } = app;
    await openScreen(page, '工作台');
    const rubric = evaluationCard(page, /示例评价：办理建筑许可/);
    await rubric.waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    const total = Number(/0 \/ (\d+)/.exec((await rubric.locator('.ant-progress-indicator').first().textContent()) ?? '')?.[1]);
    expect(total % 3).toBe(0);
    expect(
      await evaluationCard(page, /示例督查/)
        .locator('.ant-progress-indicator')
        .first()
        .textContent(),
    ).toBe('0 / 159');
    expect(await rubric.locator('.ant-table-row').allTextContents()).toEqual([
      '涧西区0 / ' + total / 3,
      '西工区0 / ' + total / 3,
      '老城区0 / ' + total / 3,
    ]);

    await page.getByTestId('next-action').click();
    await page.getByTestId('inspector').fill('张督查');
    await page.getByTestId('input-秒办件情况').fill('1');
    await page.getByTestId('input-秒办件情况').press('Enter');
    await openScreen(page, '工作台');
    await expect
      .poll(() =>
        evaluationCard(page, /示例评价：办理建筑许可/)
          .locator('.ant-progress-indicator')
          .first()
          .textContent(),
      )
      .toBe(`1 / ${total}`);
    expect(await page.getByTestId('next-action').textContent()).toMatch(/^继续：.*（还剩 \d+ 项）$/);
    await page.screenshot({ path: 'test/artifacts/19-workbench.png', fullPage: true });
  });
});

describe('a finding from a scored cell', () => {
  const app = freshApp(givenScoredSamples);

  it('goes into the ledger in one click, prefilled, and the workbench counts it', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('finding-秒办件情况').click();
    await page.getByText(/^已记入整改台账（完成时限暂定\d{4}年\d{1,2}月\d{1,2}日前，可在台账中修改）$/).waitFor();
    await expect.poll(() => page.getByTestId('unit-scoring-table').getByText('已入台账').count()).toBe(1);
    await openScreen(page, '整改台账');
    const row = page.locator('.ant-table-row').filter({ hasText: '涧西区' }).first();
    // A long 问题描述 is clipped to two lines with 展开 (how much fits depends on the width): open it.
    const fullText = async () => {
      if ((await row.locator('.ant-typography-expand').count()) > 0) await row.locator('.ant-typography-expand').first().click();
      return row.textContent();
    };
    await expect.poll(fullText).toContain('“秒办件情况”得 2.00 分（满分 3.00 分）');
    await openScreen(page, '工作台');
    await expect.poll(() => page.getByTestId('workbench-ledger').textContent()).toContain('未完成1项');
  });
});

describe('evidence on a scored cell', () => {
  const app = freshApp(givenScoredSamples, { fakeCamera: true });

  it('takes a pasted screenshot, a dropped file and a camera photo, with thumbnails for pictures', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('view-switch').getByText('按单位录入').click();
    const cell = page.getByTestId('evidence-秒办件情况');
    await untilEvidenceCellOpen(cell);
    const png = readFileSync('build/icon.png').toString('base64');
    // Paste, as after a screenshot tool put a picture on the clipboard.
    await cell.evaluate((element, base64) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], '截图.png', { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, png);
    await cell.locator('img[alt="截图.png"]').waitFor();
    // Drop, from the file manager: stays with the cell, not taken for an import.
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['窗口受理登记表'], '登记表.txt', { type: 'text/plain' }));
      return data;
    });
    await cell.dispatchEvent('dragover', { dataTransfer: transfer });
    await cell.dispatchEvent('drop', { dataTransfer: transfer });
    await cell.getByText('登记表.txt').waitFor();
    expect(await page.getByTestId('import-review').count()).toBe(0);
    // The camera (Chromium's test picture here).
    await page.getByTestId('evidence-秒办件情况-camera').click();
    await expect.poll(() => page.getByTestId('camera-video').evaluate((video: HTMLVideoElement) => video.videoWidth)).toBeGreaterThan(0);
    await page.getByTestId('camera-shoot').click();
    await expect.poll(() => cell.locator('img[alt^="现场照片-"]').count()).toBe(1);
    expect(await page.getByTestId('drop-overlay').count()).toBe(0);
    await untilAnimationsEnd(page); // the dialog's closing animation, for the screenshot
    await page.screenshot({ path: 'test/artifacts/23-evidence.png' });
  });
});

describe('keyboard flow of the rubric form', () => {
  const app = freshApp(givenSamples);

  it('goes to the next indicator on ↓ or Enter and back on ↑, committing as it leaves', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('view-switch').getByText('按单位录入').click();
    const table = page.getByTestId('unit-scoring-table');
    const order = await table
      .locator('input[data-cell-input]:not([disabled])')
      .evaluateAll((inputs) =>
        inputs.map((input) => input.closest('[data-testid^="input-"]')?.getAttribute('data-testid') ?? input.getAttribute('data-testid')),
      );
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-testid^="input-"]')?.getAttribute('data-testid') ??
          document.activeElement?.getAttribute('data-testid'),
      );
    const at = order.indexOf('input-秒办件情况');
    expect(at).toBeGreaterThanOrEqual(0);
    await page.getByTestId('input-秒办件情况').click();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(order[at + 1]);
    await page.keyboard.type('1');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('input-秒办件情况');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(order[at + 1]);
    // Leaving the next cell committed its value: its points show.
    const next = order[at + 1]!.replace(/^input-/, '');
    await expect.poll(() => page.getByTestId(`points-${next}`).textContent()).toMatch(/^\d+\.\d{2}$/);
  });
});

describe('overview charts', () => {
  const app = freshApp(givenScoredSamples);

  it('draws ranking, distribution, heat map and radar with ECharts and saves a chart as PNG', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('view-switch').getByText('图表').click();
    for (const chart of ['chart-ranking', 'chart-distribution', 'chart-heatmap', 'chart-radar'])
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-ranking-png').click()]);
    expect(download.suggestedFilename()).toBe('示例评价：办理建筑许可-总分排名.png');
    const path = await download.path();
    expect([...readFileSync(path).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.getByTestId('radar-unit').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '西工区' }).click();
    await page.getByText('西工区 类别雷达图').waitFor();
    await untilChartsStill(page); // the charts' first paint, for the screenshot
    await page.screenshot({ path: 'test/artifacts/22-overview-charts.png', fullPage: true });
  });
});

describe('keyboard scoring of a checklist', () => {
  const app = freshApp(givenSamples);

  it('scores measures with 1–4, moves with ↑/↓ and N, filters, notes with Enter, and shows what is saved', async () => {
    const { page } = app;
    await showEvaluation(page, SAMPLE_INSPECTION);
    const table = page.getByTestId('assessment-table');
    const row = (index: number) => table.locator('tbody tr.ant-table-row').nth(index);
    const checked = (index: number) => row(index).locator('.ant-radio-button-wrapper-checked').textContent();
    await row(0).locator('td').nth(1).click();
    await page.keyboard.press('1');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2');
    await expect.poll(() => checked(0)).toBe('落实');
    await expect.poll(() => checked(1)).toBe('未落实');
    await expect.poll(() => checked(3)).toBe('部分落实');
    // After a status the next unscored measure is active (row 4); ↑↑ goes back to the one skipped.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('4');
    await expect.poll(() => checked(2)).toBe('不适用');
    // Active again on row 4, unscored; N passes it for the next unscored one.
    await page.keyboard.press('n');
    await page.keyboard.press('1');
    await expect.poll(() => checked(5)).toBe('落实');
    expect(await row(4).locator('.ant-radio-button-wrapper-checked').count()).toBe(0);
    await expect.poll(() => page.getByTestId('saved-state').textContent()).toMatch(/^已保存 \d{2}:\d{2}:\d{2} · 已评 5\/53$/);

    await page.getByTestId('assessment-filter').getByText('部分落实/未落实').click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(2);
    await row(0).locator('td').nth(1).click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('未见推行方案');
    await page.keyboard.press('Enter');
    await expect.poll(() => row(0).getByPlaceholder('问题或佐证说明').inputValue()).toBe('未见推行方案');
    await page.getByTestId('assessment-filter').getByText('有说明').click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: 'test/artifacts/21-keyboard-scoring.png' });
    await openScreen(page, '工作台');
    await expect
      .poll(() =>
        evaluationCard(page, /示例督查/)
          .locator('.ant-progress-indicator')
          .first()
          .textContent(),
      )
      .toBe('5 / 159');
  });
});

describe('global search', () => {
  const app = freshApp(givenSamples);

  it('finds an indicator by a Chinese phrase from the keyboard and opens its indicator system', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByTestId('search-input').locator('input').fill('秒办');
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.textContent()).toContain('秒办件情况');
    await untilAnimationsEnd(page); // the dialog's opening animation, for the screenshot
    await page.screenshot({ path: 'test/artifacts/20-search.png' });
    await page.getByTestId('search-input').locator('input').press('Enter');
    await expect.poll(() => page.locator('.ant-menu-item-selected').textContent()).toBe('指标体系');
    await page.getByText('秒办件情况').first().waitFor();
  });

  it('finds a measure by its owner and a document by its 文号, and opens the checklist', async () => {
    const { page } = app;
    await page.getByTestId('open-search').click();
    const input = page.getByTestId('search-input').locator('input');
    await input.fill('洛阳海关 口岸');
    await expect.poll(() => page.getByTestId('search-results').textContent()).toContain('推进口岸作业环节电子化');
    await input.fill('洛政办〔2021〕39号');
    await page.getByTestId('search-results').getByText('政策文件').first().click();
    await expect.poll(() => page.getByTestId('document-metadata').textContent()).toContain('洛政办〔2021〕39号');
  });
});
