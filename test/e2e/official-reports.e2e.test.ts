// Official outputs and the ledger as an office uses them, from the bundled samples: the Word
// 整改报告 signed by the office and dated as chosen, its closing elements in GB/T 9704 order; the
// batch of reports; the 整改台账 with deadlines proposed from the finding and every field editable.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './app-session';

const ARTIFACTS = 'test/artifacts/official-reports';
let session: AppSession;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await openApp();
  ({ page } = session);
  await page.setViewportSize({ width: 1366, height: 768 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await session?.close();
  expect(pageErrors).toEqual([]);
});

/** Opens a Word export's signing dialog, lets `fill` choose 署名 and date, and saves the download (batches run in a worker: slow on a loaded machine). */
async function exportSigned(testId: string, fill: () => Promise<void>): Promise<Buffer> {
  await page.getByTestId(testId).click();
  await fill();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('#signing-export').click()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

describe('official reports and the ledger, from the samples', () => {
  it('scores four findings and exports the unit’s 整改报告 signed by the office on the chosen date, in GB/T 9704 order', async () => {
    await page.getByTestId('start-sample').click();
    await page.getByText('已导入示例文件和评分细则，并为涧西区、西工区、老城区建立示例评价').waitFor();
    await page.getByRole('menuitem', { name: '清单督查' }).click();
    const table = page.getByTestId('assessment-table');
    const row = (index: number) => table.locator('tbody tr.ant-table-row').nth(index);
    await row(0).locator('td').nth(1).click();
    for (const key of ['3', '2', '3', '2']) await page.keyboard.press(key);
    await expect.poll(() => page.getByTestId('saved-state').textContent()).toMatch(/已评 4\/53$/);
    const bytes = await exportSigned('export-word', async () => {
      await page.getByTestId('signing-issuer').fill('洛阳市涧西区人民政府');
      await page.getByTestId('signing-date').click();
      await page.getByTestId('signing-date').fill('2026-11-23');
      await page.getByTestId('signing-date').press('Enter');
    });
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    const order = ['特此报告。', '附件：整改台账', '洛阳市涧西区人民政府', '2026年11月23日', '\n附件\n', '整改台账', '序号'].map((marker) => text.lastIndexOf(marker));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect((text.match(/^依据：/gm) ?? []).length).toBe(4);
  });

  it('exports the batch of unit reports dated as chosen, the date field alone being asked', async () => {
    const zip = await exportSigned('export-batch', async () => {
      await page.getByTestId('signing-date').click();
      await page.getByTestId('signing-date').fill('2026-11-24');
      await page.getByTestId('signing-date').press('Enter');
    });
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual(['涧西区-整改报告.docx', '老城区-整改报告.docx', '西工区-整改报告.docx'].sort());
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(files['涧西区-整改报告.docx']!) })).value;
    expect(text).toMatch(/涧西区\s*2026年11月24日/);
  });

  it('turns the findings into the ledger with deadlines after the finding, edits every field with history and checks a typed date', async () => {
    await page.getByTestId('to-ledger').click();
    const table = page.getByTestId('ledger-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 30_000 }).toBe(4);
    await expect.poll(() => table.locator('.ant-tag', { hasText: '逾期' }).count()).toBe(0);
    await table.getByRole('button', { name: '编辑' }).first().click();
    const editor = page.getByTestId('rectification-editor');
    await editor.getByLabel('整改措施').fill('本月内出台告知承诺事项清单。');
    await editor.getByLabel('责任人').fill('王科长');
    await page.getByTestId('rectification-deadline').fill('2026-13-01');
    await page.locator('#save-rectification').click();
    await expect.poll(() => editor.textContent()).toContain('完成时限“2026-13-01”不是存在的日期，请检查年月日。');
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-editor-1366.png') });
    await page.getByTestId('rectification-deadline').fill('2027年1月15日前');
    await page.locator('#save-rectification').click();
    await expect.poll(() => page.getByTestId('rectification-editor').count()).toBe(0);
    await expect.poll(() => table.textContent()).toContain('2027年1月15日前');
    await table.locator('.ant-table-row-expand-icon').first().click();
    const edits = page.getByTestId('rectification-edits').first();
    await expect.poll(() => edits.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} .+ 修改完成时限：“\d{4}年\d{1,2}月\d{1,2}日前” → “2027年1月15日前”/);
    expect(await edits.textContent()).toContain('修改责任人：“” → “王科长”');
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
