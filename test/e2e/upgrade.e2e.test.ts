// A schema upgrade as a user meets it, in real Chromium: Kaoping finds its database left by an
// earlier version, backs the old data up, upgrades, and shows the data and the backup.
import { join } from 'node:path';

import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { SCHEMA_VERSION } from '../../renderer/src/db/schema-history';
import { freshApp, openScreen, storedRecords } from './steps';

/** Leaves the app's database as Kaoping with schema `version` would have, before the app at `url` loads. */
async function seedOldDatabase(page: Page, url: string, version: number, records: Record<string, unknown[]>): Promise<void> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'pages', 'old-database.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'oldKaoping',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  await page.route(`${url}blank`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(`${url}blank`);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  await page.evaluate(
    ({ version, records }) =>
      (
        globalThis as unknown as {
          oldKaoping: { createOldDatabase(name: string, version: number, records: Record<string, unknown[]>): Promise<void> };
        }
      ).oldKaoping.createOldDatabase('kaoping', version, records),
    { version, records },
  );
}

/** What Kaoping with schema 2 left: two units and one score. */
const SCHEMA_2_RECORDS = {
  units: [
    { id: 'unit-1', name: '涧西区', createdAt: '2026-01-05T08:00:00.000Z' },
    { id: 'unit-2', name: '西工区', createdAt: '2026-01-05T08:00:00.000Z' },
  ],
  rubricInputs: [
    {
      id: 'r|unit-1|i1',
      evaluationId: 'r',
      unitId: 'unit-1',
      indicatorId: 'i1',
      value: 3,
      note: '',
      inspector: '张三',
      updatedAt: '2026-01-09T08:00:00.000Z',
    },
  ],
};

describe('opening a database left by schema 2', () => {
  const app = freshApp(undefined, { prepare: (page, url) => seedOldDatabase(page, url, 2, SCHEMA_2_RECORDS) });

  it('backs the old data up, upgrades, and keeps every unit and score', async () => {
    const { page } = app;
    await openScreen(page, '被评价单位');
    await page.getByText('西工区').first().waitFor();
    await openScreen(page, '备份与恢复');
    const row = page.getByTestId('backup-table').getByRole('row', { name: new RegExp(`数据库升级（v2→v${SCHEMA_VERSION}）前自动备份`) });
    await row.waitFor();
    await page.screenshot({ path: 'test/artifacts/12-upgrade-backup.png' });
    // Dexie stores version × 10 in IndexedDB.
    expect(await page.evaluate(() => indexedDB.databases().then((all) => all.find((db) => db.name === 'kaoping')?.version))).toBe(
      SCHEMA_VERSION * 10,
    );
    expect((await storedRecords(page, 'units')).map((unit) => unit.name).sort()).toEqual(['涧西区', '西工区']);
    expect(await storedRecords(page, 'inputs')).toEqual([expect.objectContaining(SCHEMA_2_RECORDS.rubricInputs[0])]);
  });
});

const item = (id: string, parentId: string | null, kind: 'section' | 'measure', number: string, title: string, order: number) => ({
  id,
  documentId: 'doc-1',
  order,
  parentId,
  kind,
  number,
  title,
  text: kind === 'measure' ? `${title}，年底前完成。` : '',
  leadUnits: kind === 'measure' ? ['市商务局'] : [],
  responsibleUnits: [],
  supportingUnits: [],
  owner: null,
  deadline: null,
  source: { line: order + 1 },
});

/** What Kaoping with schema 6 left: a document of two measures, two units, a checklist inspection with a status of each kind and a finding in the ledger. */
const SCHEMA_6_RECORDS = {
  documents: [
    {
      id: 'doc-1',
      fingerprint: 'f6',
      title: '关于进一步优化口岸营商环境的若干措施',
      docNumber: null,
      url: null,
      issuer: null,
      issuedOn: null,
      printedOn: null,
      closingText: [],
      findings: [],
      unparsedLines: [],
      fileName: '口岸措施.txt',
      importedAt: '2026-01-05T08:00:00.000Z',
      itemCount: 3,
    },
  ],
  items: [
    item('sec-1', null, 'section', '一', '提升通关效率', 0),
    item('m-1', 'sec-1', 'measure', '1', '推行提前申报', 1),
    item('m-2', 'sec-1', 'measure', '2', '推行两步申报', 2),
  ],
  units: [
    { id: 'unit-1', name: '涧西区', createdAt: '2026-01-05T08:00:00.000Z' },
    { id: 'unit-2', name: '西工区', createdAt: '2026-01-05T08:00:00.000Z' },
  ],
  evaluations: [
    {
      id: 'c-1',
      name: '口岸措施督查',
      documentId: 'doc-1',
      unitIds: ['unit-1', 'unit-2'],
      tieRule: 'competition',
      createdAt: '2026-01-06T08:00:00.000Z',
    },
  ],
  assessments: [
    {
      id: 'c-1|unit-1|m-1',
      evaluationId: 'c-1',
      unitId: 'unit-1',
      itemId: 'm-1',
      status: 'implemented',
      note: '',
      updatedAt: '2026-01-07T08:00:00.000Z',
    },
    {
      id: 'c-1|unit-1|m-2',
      evaluationId: 'c-1',
      unitId: 'unit-1',
      itemId: 'm-2',
      status: 'partial',
      note: '仅线上',
      updatedAt: '2026-01-07T08:00:00.000Z',
    },
    {
      id: 'c-1|unit-2|m-1',
      evaluationId: 'c-1',
      unitId: 'unit-2',
      itemId: 'm-1',
      status: 'notImplemented',
      note: '',
      updatedAt: '2026-01-07T08:00:00.000Z',
    },
    {
      id: 'c-1|unit-2|m-2',
      evaluationId: 'c-1',
      unitId: 'unit-2',
      itemId: 'm-2',
      status: 'notApplicable',
      note: '无口岸',
      updatedAt: '2026-01-07T08:00:00.000Z',
    },
  ],
  rectifications: [
    {
      id: 'c-1|unit-2|m-1',
      evaluationId: 'c-1',
      unitId: 'unit-2',
      unitName: '西工区',
      sourceId: 'm-1',
      problem: '“推行提前申报”尚未落实',
      target: '',
      measures: '',
      responsibleUnits: ['市商务局'],
      owner: '',
      deadline: null,
      status: 'notStarted',
      progress: [],
      closedOn: null,
      closedBy: null,
    },
  ],
};

describe('opening a database left by schema 6 with a checklist inspection', () => {
  const app = freshApp(undefined, { prepare: (page, url) => seedOldDatabase(page, url, 6, SCHEMA_6_RECORDS) });

  it('backs the old data up, and shows the inspection with every status, note and ledger item as it was', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    // 涧西区: (1 + 0.5) / 2 = 75.00%; 西工区: 0 / (2 − 1) = 0.00%.
    await expect.poll(() => page.getByTestId('rate-涧西区').textContent()).toBe('75.00%');
    await expect.poll(() => page.getByTestId('rate-西工区').textContent()).toBe('0.00%');
    const rows = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row');
    await page.getByRole('tab', { name: '西工区' }).click();
    await expect
      .poll(() => Promise.all([0, 1].map((row) => rows.nth(row).locator('.ant-radio-button-wrapper-checked').textContent())))
      .toEqual(['未落实', '不适用']);
    await expect.poll(() => rows.nth(1).getByPlaceholder('问题或佐证说明').inputValue()).toBe('无口岸');
    expect((await storedRecords(page, 'inputs')).map((cell) => [cell.id, cell.value, cell.note, cell.inspector])).toEqual([
      ['c-1|unit-1|m-1', 2, '', ''],
      ['c-1|unit-1|m-2', 1, '仅线上', ''],
      ['c-1|unit-2|m-1', 0, '', ''],
      ['c-1|unit-2|m-2', null, '无口岸', ''],
    ]);
    expect((await storedRecords(page, 'rectifications')).map((entry) => entry.source)).toEqual([
      { evaluationId: 'c-1', indicatorId: 'm-1' },
    ]);
    await openScreen(page, '备份与恢复');
    await page
      .getByTestId('backup-table')
      .getByRole('row', { name: new RegExp(`数据库升级（v6→v${SCHEMA_VERSION}）前自动备份`) })
      .waitFor();
  });
});
