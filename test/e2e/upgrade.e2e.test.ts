// A schema upgrade as a user meets it, in real Chromium: Kaoping finds its database left by an
// earlier version, backs the old data up, upgrades, and shows the data and the backup.
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { SCHEMA_VERSION } from '../../renderer/src/db/schema-history';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './app-session';

let session: AppSession;
let server: AppSession['server'];
let page: Page;

beforeAll(async () => {
  session = await openApp({ timeout: 15_000, open: false });
  ({ server, page } = session);
});

afterAll(async () => session?.close());

/** Leaves the app's database as Kaoping with schema `version` would have, before the app loads. */
async function seedOldDatabase(version: number, records: Record<string, unknown[]>): Promise<void> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'pages', 'old-database.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'oldKaoping',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  await page.route(`${server.url}blank`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto(`${server.url}blank`);
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

describe('opening a database left by an earlier version', () => {
  it('backs the old data up, upgrades, and keeps every unit and score', async () => {
    await seedOldDatabase(2, {
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
    });
    await page.goto(server.url);
    await page.getByRole('menuitem', { name: '被评价单位' }).click();
    await page.getByText('西工区').first().waitFor();
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    const row = page.getByTestId('backup-table').getByRole('row', { name: new RegExp(`数据库升级（v2→v${SCHEMA_VERSION}）前自动备份`) });
    await row.waitFor();
    await page.screenshot({ path: 'test/artifacts/12-upgrade-backup.png' });
    const stored = await page.evaluate(
      () =>
        new Promise<{ version: number; units: number; inputs: number }>((resolve) => {
          const open = indexedDB.open('kaoping');
          open.onsuccess = () => {
            const db = open.result;
            const transaction = db.transaction(['units', 'rubricInputs']);
            const units = transaction.objectStore('units').count();
            const inputs = transaction.objectStore('rubricInputs').count();
            transaction.oncomplete = () => resolve({ version: db.version, units: units.result, inputs: inputs.result });
          };
        }),
    );
    // Dexie stores version × 10 in IndexedDB.
    expect(stored).toEqual({ version: SCHEMA_VERSION * 10, units: 2, inputs: 1 });
  });
});
