// The merge dialog in real Chromium: a package's sizes, sender and declared scope shown before
// anything is written; a progress bar that moves while the records are written; the outcome after.
// Sets up its own data (a synthetic package written to a temporary folder) and runs alone.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { syntheticEvaluationPackage } from '../fixtures/synthetic-package';
import { chooseFile, confirmMerge, freshApp, openScreen } from './steps';

const ARTIFACTS = 'test/artifacts/screens';
const UNITS = Array.from({ length: 50 }, (_, index) => `合并区${index + 1}`);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Records every value the merge progress bar shows, as it changes (the merge is too quick to sample by polling). */
function recordProgress(page: Page): Promise<unknown> {
  return page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector(
        '[data-testid="merge-package-progress"] [role="progressbar"], [data-testid="merge-package-progress"][role="progressbar"]',
      );
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen.at(-1) !== value) seen.push(value);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** A package by 张三 of one evaluation over UNITS and 80 indicators, with three 200 KB photos; built by the app's writer. */
async function givenPackage(): Promise<{ path: string; inputCount: number }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const built = await syntheticEvaluationPackage('2026年度合并演示评价', 80, UNITS, 'evaluation', {
    photos: 3,
    photoBytes: 200 * 1024,
    createdBy: '张三',
  });
  const path = join(mkdtempSync(join(tmpdir(), 'kaoping-merge-')), '张三-合并演示.kaoping');
  writeFileSync(path, built.bytes);
  return { path, inputCount: built.inputCount };
}

describe('merging a package through the merge dialog', () => {
  const app = freshApp(undefined, { prepare: recordProgress });

  it('shows records per table, evidence bytes, the declared sender and scope before merging, then the progress and outcome', async () => {
    const { page } = app;
    const { path, inputCount } = await givenPackage();
    const dialog = page.getByTestId('merge-package-dialog');
    await openScreen(page, '评价批次');
    await chooseFile(page, path, { buttonTestId: 'import-package-empty' });

    const records = 1 + UNITS.length + 1 + inputCount + 3;
    await expect
      .poll(() => dialog.getByTestId('merge-package-totals').textContent())
      .toBe(`共 ${records.toLocaleString()} 条记录；佐证材料 3 个，共 600.0 KB`);
    await expect
      .poll(() => dialog.getByTestId('merge-package-sizes').locator('tbody tr').allTextContents())
      .toEqual(['被评价单位50', '评价批次1', `评分${inputCount.toLocaleString()}`, '指标体系1', '佐证材料3']);
    await expect
      .poll(() => dialog.getByTestId('merge-package-declaration').textContent())
      .toBe('发送方（据包声明）张三生成时间2026-11-23 10:00声明的范围整次评价：2026年度合并演示评价');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => page.getByTestId('merge-package-confirm').isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `merge-dialog-${size.width}x${size.height}.png`) });
    }

    await confirmMerge(page);
    await expect
      .poll(() => dialog.getByTestId('merge-package-written').textContent(), { timeout: 120_000 })
      .toBe(`已处理 ${records.toLocaleString()} / ${records.toLocaleString()} 条记录`);
    // The summary counts every record added, the evidence files among them.
    await expect
      .poll(() => dialog.getByTestId('merge-package-outcome').textContent())
      .toBe(`已合并“张三-合并演示.kaoping”：新增 ${records} 项（含佐证材料 3 件），更新 0 项，未变 0 项`);
    // The bar moved through values between empty and full while the records were written.
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.at(-1)).toBe(100);
    expect(seen.some((value) => value > 0 && value < 100)).toBe(true);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => page.getByTestId('merge-package-close').isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `merge-dialog-done-${size.width}x${size.height}.png`) });
    }
    await page.getByTestId('merge-package-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByTestId(`total-${UNITS[0]}`).count()).toBe(1);
  });
});
