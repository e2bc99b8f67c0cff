// The origin migration in real Chromium: Kaoping served on two ports of 127.0.0.1 is two origins
// in one profile, as file:// and app://kaoping are in the desktop app. Data entered through the
// app's screens at the first origin is copied by migrateLegacyOrigin through blank pages of both
// origins, then the app opened at the second origin shows it — units, scores, the evidence file's
// bytes and the interface language.
import { readFileSync } from 'node:fs';

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { migrateLegacyOrigin, type OriginPage } from '../../electron/main/origin-migration';
import { launchProfile } from './chromium';
import { serveStatic } from './static-server';
import { givenLeadEvaluation, givenUnits, openScreen, scoreAs, storedRecords, untilEvidenceCellOpen } from './steps';

type Server = Awaited<ReturnType<typeof serveStatic>>;
/** One profile with the app served from two origins; `legacy` and `app` are pages once the beforeAll has run. */
type TwoOrigins = { context: BrowserContext; legacy: Server; app: Server; pages: Page[] };

/** An OriginPage over a playwright page (the app uses hidden windows, origin-pages.ts). */
const originPage = (page: Page): OriginPage => ({
  evaluate: <A, R>(fn: (arg: A) => Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown),
  close: () => page.close(),
});

/** Opens the app at `server` in a new page of the profile and waits until it has made its database. */
async function openAppAt(origins: TwoOrigins, server: Server): Promise<Page> {
  const page = await origins.context.newPage();
  origins.pages.push(page);
  page.setDefaultTimeout(30_000);
  await page.goto(server.url);
  await page.waitForFunction(async () => (await indexedDB.databases()).some((database) => database.name === 'kaoping'), undefined, {
    polling: 100,
  });
  return page;
}

/** Records per store of the database "kaoping" at the page's origin, counted here (not by the code under test). */
function recordCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('kaoping');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = transaction.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

/** The describe block's profile and its two origins, made in its beforeAll by `setUp`, closed in its afterAll (which fails on any page error). */
function twoOrigins(setUp: (origins: TwoOrigins) => Promise<void>): TwoOrigins {
  const origins = {} as TwoOrigins;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    origins.legacy = await serveStatic('out/web');
    origins.app = await serveStatic('out/web');
    origins.context = await launchProfile();
    origins.pages = [];
    origins.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
    await setUp(origins);
  });
  afterAll(async () => {
    await origins.context?.close();
    await Promise.all([origins.legacy?.close(), origins.app?.close()]);
    expect(pageErrors).toEqual([]);
  });
  return origins;
}

/** The evidence file: the app's icon (a real PNG, 8-bit bytes of every value). */
const EVIDENCE = readFileSync('build/icon.png');

/** Drops `file` on the evidence cell of 质量管理情况 and waits for its thumbnail. */
async function attachEvidence(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name, { type: 'image/png' }));
      return data;
    },
    { name, base64: bytes.toString('base64') },
  );
  const cell = page.getByTestId('evidence-质量管理情况');
  await untilEvidenceCellOpen(cell);
  await cell.dispatchEvent('dragover', { dataTransfer: transfer });
  await cell.dispatchEvent('drop', { dataTransfer: transfer });
  await cell.locator(`img[alt="${name}"]`).waitFor();
}

describe('data of the earlier origin, moved to the app origin', () => {
  let legacyPage: Page;
  const origins = twoOrigins(async (origins) => {
    legacyPage = await openAppAt(origins, origins.legacy);
    await givenLeadEvaluation(legacyPage, ['涧西区', '西工区']);
    await scoreAs(legacyPage, '组长', '涧西区', '质量管理情况', '3');
    await scoreAs(legacyPage, '组长', '西工区', '质量管理情况', '2');
    await attachEvidence(legacyPage, '现场照片.png', EVIDENCE);
    await legacyPage.getByTestId('language-switch').getByText('English').click();
    await legacyPage.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
  });

  it('copies every store, the scores, the evidence bytes and the language; the app shows them at its origin', async () => {
    const legacyCounts = await recordCounts(legacyPage);
    // The copy runs in blank pages of both origins, as in the desktop app's hidden windows.
    await legacyPage.goto(`${origins.legacy.url}blank.html`);
    const appPage = await origins.context.newPage();
    await appPage.goto(`${origins.app.url}blank.html`);
    const started = performance.now();
    const outcome = await migrateLegacyOrigin({ legacy: originPage(legacyPage), app: originPage(appPage) });
    const elapsed = Math.round(performance.now() - started);
    const records = Object.values(legacyCounts).reduce((sum, count) => sum + count, 0);
    console.info(
      `origin migration: ${records} records in ${Object.keys(legacyCounts).length} stores copied in ${elapsed} ms`,
      legacyCounts,
    );
    expect(outcome).toEqual({ outcome: 'copied', counts: legacyCounts });
    expect(legacyCounts).toMatchObject({ units: 2, inputs: 2, evidence: 1, indicatorSystems: 1, evaluations: 1 });
    expect(await recordCounts(appPage)).toEqual(legacyCounts);
    expect(await recordCounts(legacyPage)).toEqual(legacyCounts);

    await appPage.goto(origins.app.url);
    await appPage.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
    await expect.poll(() => appPage.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await openScreen(appPage, 'Evaluated units');
    const units = appPage.locator('.ant-list-item');
    await expect
      .poll(() => Promise.all([units.count(), units.filter({ hasText: '涧西区' }).count(), units.filter({ hasText: '西工区' }).count()]))
      .toEqual([2, 1, 1]);
    await openScreen(appPage, 'Evaluations');
    for (const [unit, points] of [
      ['涧西区', '3.00'],
      ['西工区', '2.00'],
    ] as const) {
      await appPage.getByTestId('rubric-unit-tabs').getByRole('tab', { name: unit }).click();
      await expect.poll(() => appPage.getByTestId('points-质量管理情况').textContent()).toBe(points);
    }
    // The file as the app offers it: its download link.
    const file = appPage.getByTestId('evidence-质量管理情况').getByTestId('evidence-file');
    await expect.poll(() => file.count()).toBe(1);
    const [saved] = await Promise.all([appPage.waitForEvent('download'), file.click()]);
    expect(saved.suggestedFilename()).toBe('现场照片.png');
    expect(readFileSync((await saved.path())!).equals(EVIDENCE)).toBe(true);
  });
});

describe('an app origin that already holds data', () => {
  let legacyPage: Page;
  let appPage: Page;
  const origins = twoOrigins(async (origins) => {
    legacyPage = await openAppAt(origins, origins.legacy);
    await givenUnits(legacyPage, ['涧西区']);
    await legacyPage.getByTestId('language-switch').getByText('English').click();
    await legacyPage.getByRole('menuitem', { name: 'Workbench', exact: true }).waitFor();
    appPage = await openAppAt(origins, origins.app);
    await givenUnits(appPage, ['老城区']);
  });

  it('keeps it: nothing is copied and neither origin changes', async () => {
    await legacyPage.goto(`${origins.legacy.url}blank.html`);
    await appPage.goto(`${origins.app.url}blank.html`);
    const before = { legacy: await recordCounts(legacyPage), app: await recordCounts(appPage) };
    expect(await migrateLegacyOrigin({ legacy: originPage(legacyPage), app: originPage(appPage) })).toEqual({
      outcome: 'kept',
      counts: {},
    });
    expect({ legacy: await recordCounts(legacyPage), app: await recordCounts(appPage) }).toEqual(before);
    expect((await storedRecords(appPage, 'units')).map((unit) => unit.name)).toEqual(['老城区']);
    expect((await storedRecords(legacyPage, 'units')).map((unit) => unit.name)).toEqual(['涧西区']);
    expect(await appPage.evaluate(() => localStorage.getItem('kaoping-language'))).toBeNull();
    await appPage.goto(origins.app.url);
    await expect.poll(() => appPage.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await openScreen(appPage, '被评价单位');
    await expect.poll(() => appPage.locator('.ant-list-item').allTextContents()).toEqual([expect.stringContaining('老城区')]);
  });
});

/** Every evidence file of the page's origin as id → size and an FNV-1a digest of its bytes, read from its IndexedDB. */
function evidenceDigests(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = indexedDB.open('kaoping');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('evidence').objectStore('evidence').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = async () => {
            request.result.close();
            const digests: Record<string, string> = {};
            for (const record of all.result as Array<{ id: string; blob: Blob }>) {
              const bytes = new Uint8Array(await record.blob.arrayBuffer());
              let hash = 0x811c9dc5;
              for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
              digests[record.id] = `${bytes.length}:${hash.toString(16)}:${record.blob.type}`;
            }
            resolve(digests);
          };
        };
      }),
  );
}

describe('a database larger than one batch', () => {
  const FILES = 12;
  const INPUTS = 5_000;
  let legacyPage: Page;
  const origins = twoOrigins(async (origins) => {
    legacyPage = await openAppAt(origins, origins.legacy);
    // Written straight into the app's database (as years of work would leave it): 12 files of 1 MB, 5 000 scores.
    await legacyPage.evaluate(
      ({ files, inputs }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('kaoping');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction(['evidence', 'inputs'], 'readwrite');
            for (let file = 0; file < files; file++) {
              const bytes = Uint8Array.from({ length: 1024 * 1024 }, (_, index) => (index * 7 + file * 13 + (index >> 11)) % 256);
              const id = `ev-${String(file).padStart(2, '0')}`;
              const blob = new Blob([bytes], { type: file % 2 ? 'image/jpeg' : 'application/pdf' });
              transaction.objectStore('evidence').put({
                id,
                inputId: `r|u${file}|i1`,
                evaluationId: 'r',
                name: `${id}.bin`,
                type: blob.type,
                size: blob.size,
                blob,
                addedAt: '2026-01-09T08:00:00.000Z',
                inspector: '张督查',
              });
            }
            for (let input = 0; input < inputs; input++)
              transaction.objectStore('inputs').put({
                id: `r|u${input % 50}|i${input}`,
                evaluationId: 'r',
                unitId: `u${input % 50}`,
                indicatorId: `i${input}`,
                value: input % 4,
                note: input % 9 ? '' : '现场核查',
                inspector: '张督查',
                updatedAt: new Date(Date.UTC(2026, 0, 1 + (input % 28))).toISOString(),
              });
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { files: FILES, inputs: INPUTS },
    );
  });

  // Playwright carries each batch through its protocol (seconds per 10 MB on a loaded machine): a generous timeout.
  it('copies it batch by batch (500 records or ~8 MB each): every record, every file byte for byte', { timeout: 300_000 }, async () => {
    const legacyDigests = await evidenceDigests(legacyPage);
    expect(Object.keys(legacyDigests)).toHaveLength(FILES);
    await legacyPage.goto(`${origins.legacy.url}blank.html`);
    const appPage = await origins.context.newPage();
    await appPage.goto(`${origins.app.url}blank.html`);
    const started = performance.now();
    // Batches written per store, counted on the way.
    const batches: Record<string, number> = {};
    const app = originPage(appPage);
    const counting: OriginPage = {
      evaluate: (fn, arg) => {
        const store = (arg as { store?: string } | undefined)?.store;
        if (fn.name === 'writeBatch' && store) batches[store] = (batches[store] ?? 0) + 1;
        return app.evaluate(fn, arg);
      },
      close: app.close,
    };
    const outcome = await migrateLegacyOrigin({ legacy: originPage(legacyPage), app: counting });
    const elapsed = Math.round(performance.now() - started);
    console.info(`origin migration: ${INPUTS} scores and ${FILES} files of 1 MB copied in ${elapsed} ms`, batches);
    expect(batches).toMatchObject({ inputs: INPUTS / 500, evidence: 2 });
    expect(outcome).toEqual({ outcome: 'copied', counts: expect.objectContaining({ evidence: FILES, inputs: INPUTS }) });
    expect(await recordCounts(appPage)).toEqual(await recordCounts(legacyPage));
    expect(await evidenceDigests(appPage)).toEqual(legacyDigests);
    expect(await storedRecords(appPage, 'inputs')).toEqual(await storedRecords(legacyPage, 'inputs'));
  });
});
