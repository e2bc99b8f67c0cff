// Files from outside meet the app as data only: evidence with HTML in it, or a name disguised by a
// bidi override, is stored typed by its bytes and safely named; opened in a tab it downloads and
// never renders as a page of the app's origin.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { download, freshApp, givenSamples, openScreen, storedRecords, untilEvidenceCellOpen } from './steps';

/** Drops files (name → bytes as text or numbers) on an element, as from the file manager. */
async function drop(page: Page, testId: string, files: Array<{ name: string; content: string | number[]; type: string }>): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list)
      data.items.add(
        new File([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)], file.name, { type: file.type }),
      );
    return data;
  }, files);
  const cell = page.getByTestId(testId);
  await untilEvidenceCellOpen(cell);
  await cell.dispatchEvent('dragover', { dataTransfer: transfer });
  await cell.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('evidence from outside', () => {
  const app = freshApp(givenSamples);

  it('stores HTML as octet-stream under a .bin name; opened in a new tab it downloads and its script never runs', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await page.getByTestId('view-switch').getByText('按单位录入').click();
    await page.getByTestId('inspector').fill('张督查');
    await page.getByTestId('input-秒办件情况').fill('1');
    await page.getByTestId('input-秒办件情况').press('Enter');
    const script = '<html><body><script>localStorage.setItem("pwned", "yes"); document.title = "pwned";</script>说明</body></html>';
    await drop(page, 'evidence-秒办件情况', [
      { name: '情况说明.html', content: script, type: 'text/html' },
      { name: '现场照片\u202egpj.exe', content: [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], type: 'image/jpeg' },
    ]);
    const cell = page.getByTestId('evidence-秒办件情况');
    await expect
      .poll(() => cell.getByTestId('evidence-file').evaluateAll((links) => links.map((link) => link.getAttribute('download')).sort()))
      .toEqual(['情况说明_html.bin', '现场照片gpj_exe.bin']);
    const stored = await page.evaluate(
      () =>
        new Promise<Array<{ name: string; type: string; blobType: string }>>((resolve) => {
          const request = indexedDB.open('kaoping');
          request.onsuccess = () => {
            const all = request.result.transaction('evidence').objectStore('evidence').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as Array<{ name: string; type: string; blob: Blob }>)
                  .map((entry) => ({ name: entry.name, type: entry.type, blobType: entry.blob.type }))
                  .sort((a, b) => a.name.localeCompare(b.name)),
              );
          };
        }),
    );
    expect(stored).toEqual([
      { name: '情况说明_html.bin', type: 'application/octet-stream', blobType: 'application/octet-stream' },
      { name: '现场照片gpj_exe.bin', type: 'image/jpeg', blobType: 'image/jpeg' },
    ]);

    const href = await cell.getByTestId('evidence-file').filter({ hasText: '情况说明_html.bin' }).getAttribute('href');
    expect(href).toMatch(/^blob:/);
    const tab = await page.context().newPage();
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.goto(href!).catch(() => null)]);
    // Named after the blob (no .html to open it by), and the tab stays blank: the script never ran.
    expect(download.suggestedFilename()).toBe(href!.split('/').at(-1));
    expect(await tab.title()).toBe('');
    await tab.close();
    expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();
  });
});

describe('a malformed record', () => {
  const app = freshApp(givenSamples);

  it('leaves the side menu working and names the record on the failed screen, offering the last backup', async () => {
    const { page } = app;
    await openScreen(page, '备份与恢复');
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('restore-backup').count()).toBe(1);
    // An indicator whose name is an object, written past the app (as an old or damaged store could hold it).
    const id = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('kaoping');
          request.onsuccess = () => {
            const store = request.result.transaction('indicatorSystems', 'readwrite').objectStore('indicatorSystems');
            const all = store.getAll();
            all.onsuccess = () => {
              const system = all.result[0] as { id: string; indicators: Array<{ name: unknown; role: string }> };
              system.indicators.find((indicator) => indicator.role !== 'category')!.name = { text: '质量' };
              store.put(system).onsuccess = () => resolve(system.id);
            };
          };
        }),
    );
    await openScreen(page, '指标体系');
    await page.getByTestId('screen-failure').waitFor();
    await expect.poll(() => page.getByTestId('broken-records').textContent()).toContain(`indicatorSystems · ${id} · indicators.`);
    await page.getByTestId('restore-last-backup').waitFor();
    await page.screenshot({ path: 'test/artifacts/hostile-screen-failure.png' });
    await openScreen(page, '被评价单位');
    await expect.poll(() => page.getByTestId('screen-failure').count()).toBe(0);
  });
});

describe('typing and pasting', () => {
  const app = freshApp();

  it('a unit name typed with a zero-width space and a NUL, or pasted with a bidi control, is stored clean and cannot pass as a second unit', async () => {
    const { page } = app;
    await openScreen(page, '被评价单位');
    const field = page.getByTestId('unit-name');
    await field.fill('洛\u200b龙\u0000区');
    await expect.poll(() => field.inputValue()).toBe('洛龙区');
    await page.getByTestId('add-unit').click();
    await expect.poll(() => field.inputValue()).toBe('');
    await field.focus();
    await page.evaluate(() => document.execCommand('insertText', false, '\u2067洛龙\u200d区\u2069'));
    await expect.poll(() => field.inputValue()).toBe('洛龙区');
    await page.getByTestId('add-unit').click();
    await page.getByText('已有名为“洛龙区”的单位。').waitFor();
    const names = (await storedRecords(page, 'units')).map((unit) => String(unit.name));
    expect(names.filter((name) => name.includes('龙'))).toEqual(['洛龙区']);
  });
});

describe("an export past Excel's cell limit", () => {
  const app = freshApp();

  it('a ledger item whose progress notes add up to over 32,767 characters exports with the cell shortened and marked, and a warning naming sheet and cell', async () => {
    const { page } = app;
    // Nine progress notes of 4,900 characters each: every one within its field's limit, together 44,000+ in one cell.
    const notes = Array.from({ length: 9 }, (_, index) => ({
      date: `2026-11-${String(index + 10)}`,
      note: `第${index + 1}次进展：`.padEnd(4900, '整'),
      by: '张督查',
      status: 'inProgress',
    }));
    await page.evaluate(
      (progress) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('kaoping');
          request.onsuccess = () => {
            const store = request.result.transaction('rectifications', 'readwrite').objectStore('rectifications');
            const item = {
              id: 'long-progress',
              unitId: 'u-long',
              unitName: '长文区',
              source: { evaluationId: 'e-long', indicatorId: 'm-long' },
              problem: '窗口排队时间长',
              target: '',
              measures: '增设窗口',
              responsibleUnits: ['长文区政务服务中心'],
              owner: '',
              deadline: null,
              status: 'inProgress',
              progress,
              closedOn: null,
              closedBy: null,
            };
            store.put(item).onsuccess = () => resolve();
          };
        }),
      notes,
    );
    // Written past Dexie, so the app's query cache does not know it: a reload reads it afresh.
    await page.reload();
    await openScreen(page, '整改台账');
    await page.getByText('窗口排队时间长').waitFor();
    const workbook = XLSX.read(await download(page, 'export-ledger'), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['整改台账']!, { header: 1, defval: '' });
    const rowIndex = rows.findIndex((row) => row.includes('窗口排队时间长'));
    const column = rows[rowIndex]!.findIndex((cell) => String(cell).startsWith('2026-11-10 第1次进展'));
    const cell = String(rows[rowIndex]![column]);
    const fullText = notes.map((entry) => `${entry.date} ${entry.note}`).join('\n');
    const fullLength = fullText.length;
    // The start of the notes and the marker, together exactly as long as a cell holds.
    const marker = `…（原文共${fullLength}字，超出Excel单元格上限，已截断）`;
    expect(cell.length).toBe(32_767);
    expect(cell).toBe(fullText.slice(0, 32_767 - marker.length) + marker);
    const address = XLSX.utils.encode_cell({ r: rowIndex, c: column });
    await expect
      .poll(() => page.getByTestId('export-warnings').textContent(), { timeout: 20_000 })
      .toBe(`工作表“整改台账”单元格 ${address}：文字共 ${fullLength} 字，超出 Excel 单元格上限（32767 字），已截断并在单元格中注明。`);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test/artifacts/export-warning-${width}.png` });
    }
  });
});
