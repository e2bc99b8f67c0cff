// Every interface string goes through t() and is in both locale files, with the same placeholders;
// English carries Chinese only where the Chinese key quotes it (examples, document numbers).
import { fileURLToPath } from 'node:url';

import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { scanRendererMessages } from '../../../test/helpers/renderer-messages';
import { setLanguage, t } from '.';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

const rendererRoot = fileURLToPath(new URL('..', import.meta.url));
const messages = scanRendererMessages(rendererRoot);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const cjkRuns = (text: string) => text.match(/[\u4e00-\u9fff〔〕]+/g) ?? [];

describe('locale files', () => {
  it('shows no Chinese text that bypasses t()', () => {
    expect(messages.untranslated).toEqual([]);
  });

  it('holds exactly the keys the renderer uses, in both languages', () => {
    const used = [...messages.keys.keys()].sort();
    expect(used.length).toBeGreaterThan(400);
    expect(Object.keys(zhCN).sort()).toEqual(used);
    expect(Object.keys(enUS).sort()).toEqual(used);
  });

  it('keeps each message’s placeholders and translates its Chinese', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(enUS as Record<string, string>)) {
      if (placeholders(english).join() !== placeholders(key).join()) problems.push(`placeholders differ: ${key} → ${english}`);
      if (english.trim() === '') problems.push(`empty: ${key}`);
      for (const run of cjkRuns(english)) if (!key.includes(run)) problems.push(`untranslated “${run}”: ${key} → ${english}`);
    }
    for (const [key, chinese] of Object.entries(zhCN as Record<string, string>))
      if (placeholders(chinese).join() !== placeholders(key).join()) problems.push(`zh placeholders differ: ${key}`);
    expect(problems).toEqual([]);
  });

  it('switches messages and date formats between zh-CN and en-US', () => {
    const day = () => dayjs('2026-11-23'); // a dayjs value keeps the locale it was made in
    try {
      setLanguage('en-US');
      expect(t('已导入“{{title}}”，共 {{items}} 条', { title: 'X', items: 3 })).toBe('Imported “X”, 3 items');
      expect(day().format(t('YYYY年M月D日 dddd'))).toBe('Monday, 23 November 2026');
      setLanguage('zh-CN');
      expect(t('已导入“{{title}}”，共 {{items}} 条', { title: 'X', items: 3 })).toBe('已导入“X”，共 3 条');
      expect(day().format(t('YYYY年M月D日 dddd'))).toBe('2026年11月23日 星期一');
    } finally {
      setLanguage('zh-CN');
    }
  });
});
