// The built browser edition with a 500 × 300 evaluation loaded (merged from a .kaoping package, as
// an office would): scrolling the 总览表 grid (frame times) and the JavaScript heap it needs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { syntheticEvaluationPackage } from '../test/fixtures/synthetic-package';
import { inBuiltApp } from './built-app';

export type UiFigures = { scrollP95FrameMs: number; frames: number; heapMb: number };

/**
 * Scrolls the element `selector` finds by (dx, dy) px every frame for 3 s; the frame intervals in
 * ms. Plain JavaScript: it runs in the page as written (no build helpers).
 */
export const scrollFor3s = (selector: string, dx: number, dy: number) => `new Promise((resolve) => {
  const holder = document.querySelector(${JSON.stringify(selector)});
  const deltas = [];
  let last = performance.now();
  const end = last + 3000;
  function step(now) {
    deltas.push(now - last);
    last = now;
    holder.scrollTop += ${dy};
    holder.scrollLeft += ${dx};
    if (now < end) requestAnimationFrame(step);
    else resolve(deltas.slice(2));
  }
  requestAnimationFrame(step);
})`;

/** The 95th percentile of frame intervals, ms to one decimal. */
export function p95(frameMs: readonly number[]): number {
  const sorted = [...frameMs].sort((a, b) => a - b);
  return Math.round(10 * sorted[Math.floor(0.95 * (sorted.length - 1))]!) / 10;
}

const UNITS = 500;
const INDICATORS = 300;

/** Null when Chromium or the built browser edition (out/web) is missing. */
export async function measureUi(): Promise<UiFigures | null> {
  const { bytes } = await syntheticEvaluationPackage(
    '界面基准评价',
    INDICATORS,
    Array.from({ length: UNITS }, (_, index) => `单位${index + 1}`),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'kaoping-ui-bench-')), '界面基准评价.kaoping');
  writeFileSync(path, bytes);
  return inBuiltApp(async (page) => {
    await page.getByRole('menuitem', { name: '评价批次' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-package-empty').click()]);
    await chooser.setFiles(path);
    // The merge dialog shows what the package holds; 合并 once it has settled, then close it.
    await page.getByTestId('merge-package-confirm').waitFor();
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    );
    await page.getByTestId('merge-package-confirm').click();
    await page.getByTestId('merge-package-outcome').waitFor();
    await page.getByTestId('merge-package-close').click();
    await page.getByTestId('merge-package-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('view-switch').getByText('总览表（单位 × 指标）').click();
    await page.getByTestId('score-grid').getByRole('gridcell').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // Scroll down through the rows and across the columns, a step every frame, for 3 s.
    const frameMs = (await page.evaluate(scrollFor3s('[data-testid="score-grid"]', 60, 90))) as number[];
    return { scrollP95FrameMs: p95(frameMs), frames: frameMs.length, heapMb: Math.round(usedSize / 1024 / 1024) };
  });
}
