// Closing an edit dialog (Esc, ×, 取消) with changes in it asks first, instead of dropping them.
import { App } from 'antd';
import { useCallback } from 'react';

import { t } from '../i18n';

/**
 * Input: whether the dialog holds unsaved edits (asked at the moment of closing) and what closing
 * does. Output: the handler for the dialog's onCancel: it closes at once when nothing was edited,
 * else asks "放弃未保存的修改？" and closes only when the user agrees.
 */
export function useDiscardGuard(isDirty: () => boolean, close: () => void): () => void {
  const { modal } = App.useApp();
  return useCallback(() => {
    if (!isDirty()) return close();
    modal.confirm({
      title: t('放弃未保存的修改？'),
      content: t('对话框中的修改还没有保存，关闭后会丢失。'),
      okText: t('放弃修改'),
      okButtonProps: { danger: true },
      cancelText: t('继续编辑'),
      onOk: close,
    });
  }, [isDirty, close, modal]);
}
