// The rule editor in 指标体系, in real Chromium: a rubric whose one rule the reader cannot fully read
// shows 待核对 with the unread text; starting an evaluation says so and links there; a person
// composes the rule from terms, 试算 gives the expected points, a bad number is refused at its field,
// the rule is marked 已核对, and the exported 评分表 still prints the official 评分标准.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { chooseFile, download, freshApp, givenUnits, newEvaluationForm, openScreen, until, untilNoPopupOpen } from './steps';

const SHOTS = 'test/artifacts/rule-editor';
const FLAGGED = '每发现一例问题扣0.5分，最多扣2分；整改不到位的另按情节轻重扣0.3分';
const UNREAD = '整改不到位的另按情节轻重扣0.3分';
/** The rule read back once the unread deduction is composed as a second term. */
const COMPOSED = '（1）基础分3分，问题每次扣0.5分，最多扣2分；（2）整改不到位每次扣0.3分。';

/** A two-indicator 评分细则 written here: one rule read completely, one the reader flags. */
function rubricWorkbook(): Buffer {
  const rows = [
    ['一级指标', '二级指标', '分值', '评分标准'],
    ['整改落实', '问题整改', 3, FLAGGED],
    ['整改落实', '办件时效', 2, '基础分2分，每逾期一件扣0.5分，扣完为止'],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '评分细则');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const editor = (page: Page) => page.getByTestId('rule-editor');
const stateOf = (page: Page) => page.getByTestId('rule-state-问题整改').textContent();

/** At 1366×768, the rubric above imported on 指标体系; waits until the flagged rule shows 待核对. */
async function givenFlaggedRubric(page: Page): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await openScreen(page, '指标体系');
  await chooseFile(page, { name: '整改评分细则.xlsx', buffer: rubricWorkbook() }, { buttonTestId: 'import-rubric' });
  await until(
    'the flagged rule',
    () => stateOf(page),
    (state) => state === '待核对',
  );
}

/** The flagged rubric and two units to evaluate, 东城区 and 西城区. */
async function givenFlaggedRubricAndUnits(page: Page): Promise<void> {
  await givenFlaggedRubric(page);
  await givenUnits(page, ['东城区', '西城区']);
}

/** Chooses the term kind 按次加减分 in the open editor, until the list marks it selected. */
async function chooseCountedTerm(page: Page): Promise<void> {
  // An option clicked mid-animation on a loaded machine may not be taken: choose until it is.
  const kindChosen = () => page.locator('.ant-select-item-option-selected').filter({ hasText: /^按次加减分$/ });
  await until(
    'the term kind 按次加减分 chosen',
    async () => {
      if ((await kindChosen().count()) > 0) return true;
      await editor(page).getByTestId('term-kind').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: /^按次加减分$/ })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      return (await kindChosen().count()) > 0;
    },
    (chosen) => chosen,
  );
}

/** Adds a second term to the open editor: 按次加减分, 扣分. Returns the term's form. */
async function addDeductionTerm(page: Page): Promise<Locator> {
  await chooseCountedTerm(page);
  await editor(page).getByTestId('add-term').click();
  const second = editor(page).getByTestId('term-1');
  await second.getByTestId(/field-term-\d+\.sign$/).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: /^扣分$/ })
    .click();
  return second;
}

/**
 * The flagged rubric and its units, the list filtered to 待核对 (as the notice on 指标评分 leaves
 * it), and the editor of 问题整改 open with the unread deduction composed: 整改不到位每次扣0.3分.
 */
async function givenComposedRule(page: Page): Promise<void> {
  await givenFlaggedRubricAndUnits(page);
  await openScreen(page, '指标体系');
  await page.getByTestId('only-to-review').click();
  await until(
    'only 待核对 shown',
    () => page.getByTestId('only-to-review').getAttribute('aria-checked'),
    (checked) => checked === 'true',
  );
  await page.getByTestId('edit-rule-问题整改').click();
  const second = await addDeductionTerm(page);
  await second.getByTestId(/field-term-\d+\.rates\.0\.per$/).fill('0.3');
  await second.getByTestId(/field-term-\d+\.rates\.0\.label$/).fill('整改不到位');
  await until(
    'the composed rule read back',
    () => editor(page).getByTestId('editor-read-back').textContent(),
    (text) => text === COMPOSED,
  );
}

describe('a rubric with a rule the reader cannot fully read', () => {
  const app = freshApp((page) => page.setViewportSize({ width: 1366, height: 768 }));

  it('shows the flagged indicator as 待核对 with the unread part of its official text', async () => {
    const { page } = app;
    await openScreen(page, '指标体系');
    await chooseFile(page, { name: '整改评分细则.xlsx', buffer: rubricWorkbook() }, { buttonTestId: 'import-rubric' });
    await expect.poll(() => stateOf(page)).toBe('待核对');
    await expect.poll(() => page.getByTestId('rule-cell-问题整改').getByTestId('unread-text').textContent()).toBe(UNREAD);
    await expect.poll(() => page.getByTestId('official-text-问题整改').textContent()).toBe(FLAGGED);
    await expect.poll(() => page.getByTestId('rule-state-办件时效').textContent()).toBe('已读');
    await expect.poll(() => page.getByTestId('read-back-办件时效').textContent()).toBe('基础分2分，每次扣0.5分。');
  });
});

describe('starting an evaluation on a rubric with a flagged rule', () => {
  const app = freshApp(givenFlaggedRubricAndUnits);

  it('says how many indicators are 待核对 and links to them', async () => {
    const { page } = app;
    await openScreen(page, '评价批次');
    await expect.poll(() => page.getByTestId('to-review-notice').textContent()).toContain('该指标体系有 1 项指标的计分规则待核对');
    await page.getByTestId('show-to-review').click();
    await expect.poll(() => page.locator('.ant-menu-item-selected').textContent()).toBe('指标体系');
    await expect.poll(() => page.getByTestId('only-to-review').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => page.getByTestId('rule-cell-办件时效').count()).toBe(0);
    await expect.poll(() => stateOf(page)).toBe('待核对');
  });
});

describe('the rule editor on the flagged rule', () => {
  const app = freshApp(givenFlaggedRubric);

  it('composes the rule with terms, refuses a bad number at its field, and 试算 gives the expected points', async () => {
    const { page } = app;
    await page.getByTestId('edit-rule-问题整改').click();
    await expect.poll(() => editor(page).getByTestId('editor-official-text').textContent()).toBe(FLAGGED);
    await expect.poll(() => editor(page).getByTestId('unread-text').textContent()).toBe(UNREAD);
    await expect.poll(() => editor(page).getByTestId('editor-read-back').textContent()).toBe('基础分3分，问题每次扣0.5分，最多扣2分。');
    // Add the deduction the reader left unread: 0.3 per case of 整改不到位.
    const second = await addDeductionTerm(page);
    const per = second.getByTestId(/field-term-\d+\.rates\.0\.per$/);
    await per.fill('0.125');
    await expect.poll(() => second.locator('.ant-form-item-explain-error').textContent()).toBe('分数最多两位小数');
    await expect.poll(() => editor(page).getByTestId('save-rule').isDisabled()).toBe(true);
    await per.fill('0.3');
    await second.getByTestId(/field-term-\d+\.rates\.0\.label$/).fill('整改不到位');
    await expect.poll(() => editor(page).getByTestId('save-rule').isDisabled()).toBe(false);
    await expect.poll(() => editor(page).getByTestId('editor-read-back').textContent()).toBe(COMPOSED);
    // 试算: 2 cases found (−1), 1 not rectified (−0.3) → 1.70.
    await editor(page).getByTestId('trial-0-次数').fill('2');
    await editor(page).getByTestId('trial-0-次数2').fill('1');
    await expect.poll(() => editor(page).getByTestId('trial-points-0').textContent()).toBe('1.70');
    await editor(page).getByTestId('trial-0-次数2').fill('1.5');
    await expect
      .poll(() => editor(page).getByTestId('trial-box').locator('.ant-form-item-explain-error').textContent())
      .toBe('须为不小于 0 的整数');
    await expect.poll(() => editor(page).getByTestId('trial-points-0').count()).toBe(0);
    await editor(page).getByTestId('trial-0-次数2').fill('9');
    await expect.poll(() => editor(page).getByTestId('trial-points-0').textContent()).toBe('0.00');
    await page.screenshot({ path: join(SHOTS, 'editor-1366x768-zh-CN.png') });
  });
});

describe('the rule editor with unsaved edits', () => {
  const app = freshApp(givenComposedRule);

  it('Esc asks before discarding the edits', async () => {
    const { page } = app;
    await editor(page).getByTestId('trial-0-次数').fill('2');
    await editor(page).getByTestId('trial-0-次数2').fill('9');
    await expect.poll(() => editor(page).getByTestId('trial-points-0').textContent()).toBe('0.00');
    // Pressed in the field just typed in, as a user would, with no tooltip or dropdown above the dialog.
    await untilNoPopupOpen(page);
    await editor(page).getByTestId('trial-0-次数2').press('Escape');
    const confirm = page.locator('.ant-modal-confirm');
    await expect.poll(() => confirm.locator('.ant-modal-confirm-title').textContent()).toBe('放弃未保存的修改？');
    await confirm.getByRole('button', { name: '继续编辑' }).click();
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(() => editor(page).getByTestId('trial-points-0').textContent()).toBe('0.00');
    await expect.poll(() => editor(page).getByTestId('editor-read-back').textContent()).toBe(COMPOSED);
  });
});

describe('marking a composed rule 已核对', () => {
  const app = freshApp(givenComposedRule);

  it('marks the rule 已核对; the official text stays and the exported 评分表 prints it', async () => {
    const { page } = app;
    await editor(page).getByTestId('mark-reviewed').click();
    await editor(page).getByTestId('reviewer').fill('王核对');
    await editor(page).getByTestId('save-rule').click();
    await expect.poll(() => editor(page).count()).toBe(0);
    // The filtered list (only 待核对) is now empty; all indicators show their states.
    await expect.poll(() => page.getByTestId('rule-cell-问题整改').count()).toBe(0);
    await page.getByTestId('only-to-review').click();
    await expect.poll(() => stateOf(page)).toBe('已核对');
    await expect.poll(() => page.getByTestId('official-text-问题整改').textContent()).toBe(FLAGGED);
    await expect.poll(() => page.getByTestId('rule-cell-问题整改').getByTestId('unread-text').count()).toBe(0);
    await expect.poll(() => page.getByTestId('read-back-问题整改').textContent()).toBe(COMPOSED);
    await expect.poll(() => page.getByTestId('rule-state-办件时效').textContent()).toBe('已读');

    const form = await newEvaluationForm(page, '指标体系');
    await expect.poll(() => page.getByTestId('to-review-notice').count()).toBe(0);
    for (const unit of ['东城区', '西城区']) await form.getByLabel(unit).check();
    await page.getByTestId('create-evaluation').click();
    const workbook = XLSX.read(await download(page, 'export-rubric-excel'), { type: 'buffer' });
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['评分表-东城区']!, { header: 1, defval: null });
    const row = sheet.find((cells) => cells[2] === '问题整改');
    expect(row?.[4]).toBe(FLAGGED);
  });
});
