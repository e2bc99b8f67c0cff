import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { ImportError } from '#shared/read/import-error';

import { describeError, quotaMessage } from './describe-error';

describe('describeError', () => {
  it('reports the browser’s quota error in Chinese, bare or wrapped by Dexie', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeError(quota)).toBe(quotaMessage());
    expect(describeError(new Dexie.AbortError('Transaction aborted', quota))).toBe(quotaMessage());
  });

  it('passes our own messages through and names anything else', () => {
    expect(describeError(new ImportError('通知.docx', '文件为空，没有可导入的内容。'))).toBe(
      '无法导入“通知.docx”：文件为空，没有可导入的内容。',
    );
    expect(describeError('意外')).toBe('意外');
  });
});
