// The import review tells the truth about what was read: a file with one planted defect per check
// (a title that is the issuer, a unit list glued to a measure's text, web markup in a deadline, a
// deadline that is no time, owners from a stated convention) is never called clean; the banner counts
// each kind, each warning selects its item, and the convention is shown as one line.
// Each describe block has its own fresh profile with the file open in the review.
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { chooseFile, freshApp } from './steps';

const PLANTED = join(import.meta.dirname, '..', 'fixtures', 'layouts', 'review', 'planted-defects.txt');

/** At 1366×768, the file with planted defects chosen on 政策文件 and open in the review, nothing saved. */
async function givenPlantedDefectsInReview(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await chooseFile(page, PLANTED);
  await page.getByTestId('import-review').waitFor();
}

const count = (page: Page, kind: string) => page.getByTestId(`review-count-${kind}`).textContent();

describe('the import review on a file with planted defects', () => {
  const app = freshApp(givenPlantedDefectsInReview);

  it('counts each planted defect by kind and never says all is well', async () => {
    const { page } = app;
    await expect.poll(() => count(page, 'titleIsIssuer')).toBe('标题可疑 1');
    expect(await count(page, 'ownerTail')).toBe('正文含单位 1');
    expect(await count(page, 'markup')).toBe('网页残留 1');
    expect(await count(page, 'deadlineText')).toBe('时限可疑 1');
    expect(await count(page, 'inferred')).toBe('推定 4');
    expect(await page.getByText('未发现需要核对的问题', { exact: false }).count()).toBe(0);
    expect(await page.getByTestId('review-conventions').textContent()).toBe('已按文件说明：排在第一位的为牵头单位');
    expect(await page.getByTestId('review-counts').textContent()).toBe(
      '章节 1 · 重点任务 0 · 改革举措 5 · 其中 4 条的责任单位或时限为推定',
    );
    await page.screenshot({ path: 'test/artifacts/import-review-truth-1366.png' });
  });
});

describe('a warning of the import review', () => {
  const app = freshApp(givenPlantedDefectsInReview);

  it('selects the item a warning points to', async () => {
    const { page } = app;
    await page.getByText('需要核对 9 处（点击定位）').click();
    await page.getByText('第 2 条的正文以“市财政局、市”结尾，像是未识别的责任单位').click();
    await expect.poll(() => page.getByTestId('source-excerpt').textContent()).toContain('规范中介服务收费');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test/artifacts/import-review-truth-1920.png' });
  });
});
