// The built browser edition with a policy document of more than 10,000 checklist items imported
// through the window (reviewed, then saved): scrolling its 任务清单 tree (frame times).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { inBuiltApp } from './built-app';
import { syntheticPolicyText } from './synthetic-policy';
import { p95, scrollFor3s } from './ui-figures';

export type ChecklistScrollFigures = { items: number; scrollP95FrameMs: number; frames: number };

/** 2.5 MB of synthetic policy text: ~7,800 measures under their tasks and sections, > 10,000 items. */
const TEXT_BYTES = 2_500_000;

/** Null when Chromium or the built browser edition (out/web) is missing. */
export async function measureChecklistScroll(): Promise<ChecklistScrollFigures | null> {
  const path = join(mkdtempSync(join(tmpdir(), 'kaoping-checklist-bench-')), '重点任务清单.txt');
  writeFileSync(path, syntheticPolicyText(TEXT_BYTES));
  return inBuiltApp(async (page) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-button').first().click()]);
    await chooser.setFiles(path);
    await page.getByTestId('review-save').click();
    await page.getByTestId('checklist-table').getByRole('row').nth(1).waitFor();
    const counts = (await page.getByTestId('item-counts').textContent()) ?? '';
    const items =
      counts
        .match(/\d+/g)
        ?.map(Number)
        .reduce((sum, count) => sum + count, 0) ?? 0;
    const frameMs = (await page.evaluate(scrollFor3s('[data-testid="checklist-table"]', 0, 90))) as number[];
    return { items, scrollP95FrameMs: p95(frameMs), frames: frameMs.length };
  });
}
