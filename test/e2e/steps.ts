// Steps end-to-end tests share: choosing files, saving downloads, and bringing a fresh profile to
// a known state through the app's own screens (each test sets up its own data, so it can run alone).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

import { SEED, SEEDS_DIR } from '../fixtures/seeds';
import { type AppSession, openApp } from './app-session';

/** Seed 000, a municipal task list: 6 sections, 32 tasks, 53 measures. */
export const SEED_000 = join(SEEDS_DIR, SEED.luoyang2021);
/** Seed 004, a department rubric (评分细则) in Excel: 36 scored indicators, 100 points. */
export const SEED_RUBRIC = join(SEEDS_DIR, 'office', '004_办理建筑许可营商环境部门评分细则.xlsx');
/** Where screenshots and exported files of end-to-end tests land (git-ignored). */
export const ARTIFACTS = 'test/artifacts';

/** A describe block's own app: `page` once its beforeAll has run; `pageErrors` the uncaught errors seen. */
export type FreshApp = { readonly page: Page; readonly pageErrors: string[] };

/** Options of freshApp: a fake camera, and what to do to the page before the app opens. */
export type FreshAppOptions = { fakeCamera?: boolean; prepare?: (page: Page, url: string) => Promise<unknown> };

/**
 * Gives the enclosing describe block a fresh profile and app of its own, brought to a known state
 * by `setUp` in its beforeAll (so each of its tests can run alone), closed in its afterAll, which
 * also fails on any uncaught error in the page. Reading `page` before the beforeAll throws.
 * `fakeCamera`: Chromium's test picture stands in for a camera; `prepare` runs before the app is
 * opened, given its URL (init scripts, routes, a database left by an earlier version).
 */
export function freshApp(setUp: (page: Page) => Promise<void> = async () => undefined, options: FreshAppOptions = {}): FreshApp {
  let session: AppSession | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await openApp(options);
    session.page.on('pageerror', (error) => pageErrors.push(error.message));
    await setUp(session.page);
  });
  afterAll(async () => {
    await session?.close();
    expect(pageErrors).toEqual([]);
  });
  return {
    get page(): Page {
      if (!session) throw new Error('freshApp: the page is there once the beforeAll has run');
      return session.page;
    },
    pageErrors,
  };
}

/**
 * Polls `read` every 100 ms until `accept` takes its value (at most 20 s, as expect.poll in tests;
 * set-up steps run in hooks, where expect.poll cannot). Throws naming `what` and the last value.
 */
export async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after 20 s`);
}

/** The records of `table` in the app's IndexedDB (database "kaoping"), read from the page. */
export function storedRecords(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('kaoping');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Record<string, unknown>>);
            request.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/**
 * Waits until an evidence cell takes files: once its input is stored (before that, a drop or a
 * paste on it is ignored, or goes to the window's import).
 */
export async function untilEvidenceCellOpen(cell: Locator): Promise<void> {
  await until(
    'the evidence cell enabled',
    () => cell.getAttribute('tabindex'),
    (tabindex) => tabindex === '0',
  );
}

/** Opens a screen from the side menu. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name }).click();
}

/** A file made in the test: its name and bytes. */
export type MadeFile = { name: string; buffer: Buffer };

/**
 * Chooses `file` (a path, or a file made in the test) in the file dialog that the button
 * `buttonTestId` opens; a path is offered under `name` when given.
 */
export async function chooseFile(
  page: Page,
  file: string | MadeFile,
  options: { name?: string; buttonTestId?: string } = {},
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(options.buttonTestId ?? 'import-button').click();
  const made = typeof file === 'string' ? (options.name ? { name: options.name, buffer: readFileSync(file) } : undefined) : file;
  await (await chooser).setFiles(made ? { ...made, mimeType: 'application/octet-stream' } : (file as string));
}

/** Clicks the export `testId`, saves the download under ARTIFACTS and returns its bytes. */
export async function download(page: Page, testId: string): Promise<Buffer> {
  // The screen settles first: a click while a panel still moves can miss its button under load.
  await untilAnimationsEnd(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

/** What the signing dialog of a Word export is given: the 署名 and the 成文日期 (YYYY-MM-DD). */
export type Signing = { issuer?: string; date?: string };

/**
 * Opens a Word export's signing dialog, keeps today's 成文日期 and the proposed 署名 unless
 * `signing` gives them (a string is the 署名), and saves the download (batches run in a worker:
 * slow on a loaded machine).
 */
export async function downloadSigned(page: Page, testId: string, signing: string | Signing = {}): Promise<Buffer> {
  const { issuer, date } = typeof signing === 'string' ? { issuer: signing, date: undefined } : signing;
  await page.getByTestId(testId).click();
  // The dialog settles before it is filled in and confirmed: a click while it still opens can be lost under load.
  await page.locator('#signing-export').waitFor();
  await untilAnimationsEnd(page);
  if (issuer) await page.getByTestId('signing-issuer').fill(issuer);
  if (date) {
    await page.getByTestId('signing-date').click();
    await page.getByTestId('signing-date').fill(date);
    await page.getByTestId('signing-date').press('Enter');
  }
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('#signing-export').click()]);
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

/**
 * Waits until no CSS animation or transition runs in the page (a dialog has finished opening or
 * closing), so a screenshot shows the settled screen; endless ones (a spinner) are not waited for.
 * Canvas charts draw outside this: see there.
 */
export async function untilAnimationsEnd(page: Page): Promise<void> {
  await until(
    'CSS animations to end',
    () =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity).length,
      ),
    (running) => running === 0,
  );
}

/**
 * Waits until no tooltip, popover or dropdown is open, the mouse moved out of the way first. Ant
 * Design hands Esc to the topmost open layer only, so a tooltip a resting mouse opened would take
 * the Esc meant for the dialog beneath it (as it would for a user).
 */
export async function untilNoPopupOpen(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const open =
    '.ant-tooltip:not(.ant-tooltip-hidden), .ant-popover:not(.ant-popover-hidden), .ant-select-dropdown:not(.ant-select-dropdown-hidden)';
  await until(
    'tooltips, popovers and dropdowns to close',
    () => page.locator(open).count(),
    (count) => count === 0,
  );
  await untilAnimationsEnd(page);
}

/** At 1366×768, the bundled samples: seed 000's checklist and a rubric, 涧西区、西工区、老城区 and an evaluation of each kind. */
export async function givenSamples(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('start-sample').click();
  await page.getByText('已导入示例文件和评分细则，并为涧西区、西工区、老城区建立示例评价').waitFor();
}

/** Imports seed 000 from 政策文件 and saves it after the review; ends on its checklist. */
export async function givenSeedDocument(page: Page): Promise<void> {
  await chooseFile(page, SEED_000);
  await page.getByTestId('review-save').click();
  await until(
    'item counts of seed 000',
    () => page.getByTestId('item-counts').textContent(),
    (text) => text === '章节 6 · 重点任务 32 · 改革举措 53',
  );
}

/** Adds `names` on 被评价单位, each awaited in the list. */
export async function givenUnits(page: Page, names: readonly string[]): Promise<void> {
  await openScreen(page, '被评价单位');
  for (const name of names) {
    await page.getByTestId('unit-name').fill(name);
    await page.getByTestId('add-unit').click();
    await until(
      `unit ${name} listed`,
      () => page.locator('.ant-list-item').filter({ hasText: name }).count(),
      (count) => count === 1,
    );
  }
}

/**
 * Opens the 新建评价 form on 评价批次 (shown at once when there is no evaluation yet, else behind
 * 新建评价) with `basis` (任务清单 or 指标体系) chosen.
 */
export async function newEvaluationForm(page: Page, basis: '任务清单' | '指标体系'): Promise<Locator> {
  await openScreen(page, '评价批次');
  const form = page.getByTestId('new-evaluation-form');
  const create = page.getByTestId('new-evaluation');
  await form.or(create).first().waitFor();
  if (!(await form.isVisible())) await create.click();
  await form.getByTestId('evaluation-basis').getByText(basis, { exact: true }).click();
  return form;
}

/** The sample inspection over 洛政办〔2021〕39号 and the sample rubric evaluation, by the names the samples give them. */
export const SAMPLE_INSPECTION = '示例督查';
export const SAMPLE_RUBRIC_EVALUATION = '示例评价';

/** Opens 评价批次 (`menu`: its name in the interface language) on the evaluation whose name starts with `name`. */
export async function showEvaluation(page: Page, name: string, menu = '评价批次'): Promise<void> {
  await openScreen(page, menu);
  const select = page.getByTestId('evaluation-select');
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
  await until(
    `evaluation ${name} shown`,
    () => select.textContent(),
    (text) => (text ?? '').includes(name),
  );
}

/** Creates a 清单督查 over `units` of the only document stored; ends on its 53 rows. */
export async function givenChecklistEvaluation(page: Page, units: readonly string[]): Promise<void> {
  const form = await newEvaluationForm(page, '任务清单');
  for (const unit of units) await form.getByLabel(unit).check();
  await page.getByTestId('create-evaluation').click();
  await until(
    'rows of the new inspection',
    () => page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').count(),
    (count) => count === 53,
  );
}

/** Chooses `label` for the measure in `row` of `unit`'s tab and waits until it shows as chosen. */
export async function setStatus(page: Page, unit: string, row: number, label: string): Promise<void> {
  await page.getByRole('tab', { name: unit }).click();
  const cells = page.getByTestId('assessment-table').locator('tbody tr.ant-table-row').nth(row);
  await cells.getByText(label, { exact: true }).click();
  await until(
    `${unit} row ${row} ${label}`,
    () => cells.locator('.ant-radio-button-wrapper-checked').textContent(),
    (text) => text === label,
  );
}

/** Imports seed 004's rubric on 指标体系 and waits for its summary. */
export async function givenSeedRubric(page: Page): Promise<void> {
  await openScreen(page, '指标体系');
  await chooseFile(page, SEED_RUBRIC, { buttonTestId: 'import-rubric' });
  await until(
    'summary of rubric 004',
    () => page.getByTestId('rubric-summary').textContent(),
    (text) => (text ?? '').includes('基础分合计 100.00 分 · 36 项计分指标'),
  );
}

/** Creates a 指标评分 over `units` of the only indicator system stored, with 张督查 as inspector. */
export async function givenRubricEvaluation(page: Page, units: readonly string[]): Promise<void> {
  const form = await newEvaluationForm(page, '指标体系');
  for (const unit of units) await form.getByLabel(unit).check();
  await page.getByTestId('create-evaluation').click();
  await page.getByTestId('inspector').fill('张督查');
  await until(
    'the scoring form',
    () => page.getByTestId('unit-scoring-table').count(),
    (count) => count === 1,
  );
}

// — import, exchange and language steps —

/**
 * Drags `files` over the window and drops them, as from the desktop's file manager; waits for the
 * drop overlay to show (screenshot under ARTIFACTS as `screenshot` when given) and to go.
 */
export async function dropFiles(page: Page, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, screenshot?: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (entries) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of entries)
        transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name));
      return transfer;
    },
    files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') })),
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.getByTestId('drop-overlay').waitFor();
  if (screenshot) await page.screenshot({ path: join(ARTIFACTS, screenshot) });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
}

/**
 * Chooses the package at `path` with the button `buttonTestId` (default: the empty 评价批次 screen's),
 * merges it in the merge dialog and closes the dialog; returns the outcome the dialog showed.
 */
/** Clicks 合并 in the merge dialog once it has finished opening (a click while it opens can be lost under load). */
export async function confirmMerge(page: Page): Promise<void> {
  await page.getByTestId('merge-package-confirm').waitFor();
  await untilAnimationsEnd(page);
  await page.getByTestId('merge-package-confirm').click();
}

export async function mergePackageFile(page: Page, path: string, buttonTestId = 'import-package-empty'): Promise<string> {
  await chooseFile(page, path, { buttonTestId });
  await confirmMerge(page);
  const outcome = page.getByTestId('merge-package-outcome');
  const error = page.getByTestId('merge-package-error');
  // A large package merges in batches: slow on a loaded machine.
  try {
    await outcome.or(error).waitFor({ timeout: 60_000 });
  } catch (timeout) {
    await page.screenshot({ path: join(ARTIFACTS, 'merge-package-timeout.png') });
    throw new Error(`merging ${path}: no outcome after 60 s; the dialog shows ${await page.locator('.ant-modal').allTextContents()}`, {
      cause: timeout,
    });
  }
  if ((await error.count()) > 0) throw new Error(`merging ${path} failed: ${await error.textContent()}`);
  const text = (await outcome.textContent()) ?? '';
  await page.getByTestId('merge-package-close').click();
  await page.getByTestId('merge-package-dialog').waitFor({ state: 'detached' });
  return text;
}

/** Clicks the export `testId` and saves the download at `path` (its folder made when missing); returns `path`. */
export async function downloadAs(page: Page, testId: string, path: string): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  await file.saveAs(path);
  return path;
}

/**
 * Further fresh profiles for the enclosing describe block (other offices), each opened on demand
 * by `open` and all closed in its afterAll, which also fails on any uncaught error in their pages.
 */
export function moreProfiles(): { open(): Promise<Page> } {
  const sessions: AppSession[] = [];
  const pageErrors: string[] = [];
  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
    expect(pageErrors).toEqual([]);
  });
  return {
    async open() {
      const session = await openApp();
      sessions.push(session);
      session.page.on('pageerror', (error) => pageErrors.push(error.message));
      return session.page;
    },
  };
}

/**
 * A 指标评分 of `units` over seed 004's rubric, prepared by a lead office through the screens
 * (units added, the rubric imported, the evaluation created) with `inspector` entered; ends on its form.
 */
export async function givenLeadEvaluation(page: Page, units: readonly string[], inspector = '组长'): Promise<void> {
  await givenUnits(page, units);
  await givenSeedRubric(page);
  await givenRubricEvaluation(page, units);
  await page.getByTestId('inspector').fill(inspector);
}

/** On the 指标评分 form, `inspector` enters `value` for `indicator` at `unit` and waits for its points (a manual rule: the value). */
export async function scoreAs(page: Page, inspector: string, unit: string, indicator: string, value: string): Promise<void> {
  await page.getByTestId('inspector').fill(inspector);
  await page.getByTestId('rubric-unit-tabs').getByRole('tab', { name: unit }).click();
  await page.getByTestId(`input-${indicator}`).fill(value);
  await page.getByTestId(`input-${indicator}`).press('Enter');
  await until(
    `${unit} · ${indicator} scored ${value}`,
    () => page.getByTestId(`points-${indicator}`).textContent(),
    (text) => text === Number(value).toFixed(2),
  );
}
