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
    expect(await storedRecords(page, 'rubricInputs')).toEqual([expect.objectContaining(SCHEMA_2_RECORDS.rubricInputs[0])]);
  });
});
