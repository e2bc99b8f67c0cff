// Official outputs and the ledger as an office uses them, from the bundled samples: the Word
// 整改报告 signed by the office and dated as chosen, its closing elements in GB/T 9704 order; the
// batch of reports; the 整改台账 with deadlines proposed from the finding and every field editable,
// and the report printing the ledger as edited. Each describe block has its own fresh profile.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { downloadSigned, freshApp, givenSamples, SAMPLE_INSPECTION, showEvaluation, until } from './steps';

const ARTIFACTS = 'test/artifacts/official-reports';

/** The samples, with four findings at 涧西区: its first four measures 部分落实, 未落实, 部分落实, 未落实 (keys 3 2 3 2). */
async function givenFourFindings(page: Page): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await givenSamples(page);
  await showEvaluation(page, SAMPLE_INSPECTION);
  await page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(0).locator('td').nth(1).click();
  for (const key of ['3', '2', '3', '2']) await page.keyboard.press(key);
  await until(
    'four measures scored',
    () => page.getByTestId('saved-state').textContent(),
    (text) => /已评 4\/53$/.test(text ?? ''),
  );
}

describe('a unit’s 整改报告 and the batch, from the samples', () => {
  const app = freshApp(givenFourFindings);

  it('exports the unit’s 整改报告 signed by the office on the chosen date, in GB/T 9704 order', async () => {
    const { page } = app;
    const bytes = await downloadSigned(page, 'export-word', { issuer: '洛阳市涧西区人民政府', date: '2026-11-23' });
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    const order = ['特此报告。', '附件：整改台账', '洛阳市涧西区人民政府', '2026年11月23日', '\n附件\n', '整改台账', '序号'].map((marker) =>
      text.lastIndexOf(marker),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect((text.match(/^依据：/gm) ?? []).length).toBe(4);
  });

  it('exports the batch of unit reports dated as chosen, the date field alone being asked', async () => {
    const { page } = app;
    const zip = await downloadSigned(page, 'export-batch', { date: '2026-11-24' });
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual(['涧西区-整改报告.docx', '老城区-整改报告.docx', '西工区-整改报告.docx'].sort());
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(files['涧西区-整改报告.docx']!) })).value;
    expect(text).toMatch(/涧西区\s*2026年11月24日/);
  });
});

describe('the 整改台账, from the samples', () => {
  const app = freshApp(givenFourFindings);

  it('turns the findings into the ledger with deadlines after the finding, edits every field with history and checks a typed date; the report prints the ledger as edited', async () => {
    const { page } = app;
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
    await expect
      .poll(() => edits.textContent())
      .toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} .+ 修改完成时限：“\d{4}年\d{1,2}月\d{1,2}日前” → “2027年1月15日前”/);
    expect(await edits.textContent()).toContain('修改责任人：“” → “王科长”');
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(ARTIFACTS, 'ledger-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await showEvaluation(page, SAMPLE_INSPECTION);
    const bytes = await downloadSigned(page, 'export-word', { date: '2026-11-25' });
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text.match(/本月内出台告知承诺事项清单。/g)?.length).toBe(2);
    expect(text.match(/2027年1月15日前/g)?.length).toBe(2);
    expect(text).toContain('王科长');
  });
});
